using Halsoportal.Search.Analysis;

namespace Halsoportal.Search.Synonyms;

/// <summary>
/// Synonym groups compiled for matching against a query's words: every expression is split into
/// lower-cased words the same way queries are, and looked up by its word sequence. An expression
/// written in mixed case ("FaR") only matches when typed that way or in capitals ("FAR"), so an
/// abbreviation whose lower-case form is an everyday word ("far") does not hijack that word.
/// Typed without å/ä/ö, an expression still matches ("vardcentral" → vårdcentral, hälsocentral, vc).
/// </summary>
internal sealed class SynonymTable
{
    /// <summary>Expressions longer than this many words are ignored.</summary>
    public const int MaxExpressionWords = 6;

    private readonly Dictionary<string, List<Entry>> _entries = new(StringComparer.Ordinal);

    /// <summary>The same entries under keys without å/ä/ö, for queries typed without them.</summary>
    private readonly Dictionary<string, List<Entry>> _foldedEntries = new(StringComparer.Ordinal);

    public SynonymTable(IEnumerable<SynonymGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        foreach (var group in groups)
        {
            var expressions = (group?.Expressions ?? [])
                .Where(e => !string.IsNullOrWhiteSpace(e))
                .Select(e => (Text: e.Trim(), Words: SwedishAnalysis.SplitWords(e).Select(w => w.Text).ToArray()))
                .Where(e => e.Words.Length is > 0 and <= MaxExpressionWords)
                .DistinctBy(e => Join(e.Words))
                .ToList();
            foreach (var (text, words) in expressions)
            {
                var key = Join(words);
                var alternatives = expressions.Where(e => Join(e.Words) != key).Select(e => e.Words).ToList();
                if (alternatives.Count == 0)
                {
                    continue;
                }

                if (!_entries.TryGetValue(key, out var list))
                {
                    list = [];
                    _entries[key] = list;
                }

                var entry = new Entry(IsMixedCase(text) ? [text, text.ToUpperInvariant()] : null, alternatives);
                list.Add(entry);
                var folded = SwedishAnalysis.Fold(key);
                if (folded != key)
                {
                    if (!_foldedEntries.TryGetValue(folded, out var foldedList))
                    {
                        foldedList = [];
                        _foldedEntries[folded] = foldedList;
                    }

                    foldedList.Add(entry with { Alternatives = [words, .. alternatives] });
                }
            }
        }
    }

    /// <summary>
    /// The longest expression that starts at word <paramref name="start"/>: its length in words and
    /// the alternatives (each a word sequence). Length 0 when nothing matches.
    /// </summary>
    /// <param name="words">The query's words, lower-cased.</param>
    /// <param name="typed">The same words as typed (original case), for mixed-case abbreviations.</param>
    /// <param name="start">Index of the first word to try.</param>
    public (int Length, IReadOnlyList<string[]> Alternatives) Match(IReadOnlyList<string> words, IReadOnlyList<string> typed, int start)
    {
        for (var length = Math.Min(MaxExpressionWords, words.Count - start); length > 0; length--)
        {
            var key = string.Join(' ', words.Skip(start).Take(length));
            if (!_entries.TryGetValue(key, out var entries) && !(key.All(char.IsAscii) && _foldedEntries.TryGetValue(key, out entries)))
            {
                continue;
            }

            var asTyped = string.Join(' ', typed.Skip(start).Take(length));
            var alternatives = entries
                .Where(e => e.CaseSensitiveForms is null || e.CaseSensitiveForms.Contains(asTyped, StringComparer.Ordinal))
                .SelectMany(e => e.Alternatives)
                .DistinctBy(Join)
                .ToList();
            if (alternatives.Count > 0)
            {
                return (length, alternatives);
            }
        }

        return (0, []);
    }

    private static bool IsMixedCase(string text) => text.Any(char.IsUpper) && text.Any(char.IsLower);

    private static string Join(string[] words) => string.Join(' ', words);

    private sealed record Entry(string[]? CaseSensitiveForms, List<string[]> Alternatives);
}
