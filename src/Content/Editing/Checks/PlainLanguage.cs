using System.Reflection;

namespace Halsoportal.Content.Editing.Checks;

/// <summary>
/// Klarspråk: sentences and words that are longer than a reader on a phone can take in, and
/// words from the office that have plain alternatives (Resources/klarsprak.txt). Lättläst texts
/// are held to tighter limits. Findings are warnings: an editor may publish anyway, but only with
/// a written reason.
/// </summary>
public static class PlainLanguage
{
    /// <summary>Words in a sentence above which a standard text gets a warning.</summary>
    public const int MaxSentenceWords = 30;

    /// <summary>The same for a lättläst text.</summary>
    public const int MaxEasyReadSentenceWords = 20;

    /// <summary>Letters in a word above which a standard text gets a warning (Swedish compounds are long; this is very long).</summary>
    public const int MaxWordLetters = 24;

    /// <summary>The same for a lättläst text, where a long compound is better split or explained.</summary>
    public const int MaxEasyReadWordLetters = 19;

    private const int MaxListed = 5;

    private static readonly char[] Punctuation = [.. ".,;:!?()[]{}\"'”’«»–-…"];

    private static readonly IReadOnlyList<(string[] Words, string Text, string Alternative)> Jargon = LoadJargon();

    /// <summary>
    /// Adds the plain-language findings for one text version (<paramref name="title"/>,
    /// <paramref name="ingress"/>, Markdown <paramref name="body"/>; <paramref name="easyRead"/> for
    /// lättläst) to <paramref name="findings"/>, pointing at <paramref name="field"/>.
    /// </summary>
    public static void Check(string? title, string? ingress, string? body, bool easyRead, string field, List<PublishCheckFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var sentences = Readability.Sentences(title, ingress, body);
        var maxWords = easyRead ? MaxEasyReadSentenceWords : MaxSentenceWords;
        var maxLetters = easyRead ? MaxEasyReadWordLetters : MaxWordLetters;
        var variant = easyRead ? "Den lättlästa texten" : "Texten";

        var tooLong = sentences.Where(s => s.Count > maxWords).ToList();
        if (tooLong.Count > 0)
        {
            var example = string.Join(' ', tooLong[0].Take(8));
            findings.Add(Warning(PublishCheckCode.LongSentence, field,
                $"{variant} har {Count(tooLong.Count, "en mening", "meningar")} med fler än {maxWords} ord, till exempel den som börjar ”{example} …” ({tooLong[0].Count} ord). Dela upp dem: en sak i varje mening."));
        }

        var longWords = sentences.SelectMany(s => s)
            .Select(w => w.Trim(Punctuation))
            .Where(w => w.Count(char.IsLetter) > maxLetters)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (longWords.Count > 0)
        {
            findings.Add(Warning(PublishCheckCode.LongWord, field,
                $"{variant} har {Count(longWords.Count, "ett mycket långt ord", "mycket långa ord")}: {Listed(longWords.Select(w => $"”{w}”"))}. Skriv om med flera ord{(easyRead ? " eller dela ordet med bindestreck" : "")}."));
        }

        var words = sentences.Select(s => s.Select(w => w.Trim(Punctuation.Where(c => c != '.').ToArray()).ToLower(SwedishText.Culture)).ToList()).ToList();
        var jargon = Jargon.Where(j => words.Any(sentence => Contains(sentence, j.Words))).ToList();
        if (jargon.Count > 0)
        {
            findings.Add(Warning(PublishCheckCode.Jargon, field,
                $"{variant} har ord som kan bytas mot enklare: {Listed(jargon.Select(j => $"”{j.Text}” (skriv {j.Alternative})"))}."));
        }
    }

    private static bool Contains(List<string> sentence, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= sentence.Count; i++)
        {
            var match = true;
            for (var k = 0; k < phrase.Length && match; k++)
            {
                // A sentence-ending full stop is not part of the word, except in abbreviations.
                var word = sentence[i + k];
                match = word == phrase[k] || (!phrase[k].EndsWith('.') && word.TrimEnd('.') == phrase[k]);
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    private static PublishCheckFinding Warning(PublishCheckCode code, string field, string message) =>
        new(code, PublishCheckSeverity.Warning, field, message);

    private static string Count(int n, string one, string many) => n == 1 ? one : $"{n} {many}";

    private static string Listed(IEnumerable<string> items)
    {
        var list = items.ToList();
        var shown = string.Join(", ", list.Take(MaxListed));
        return list.Count > MaxListed ? $"{shown} och {list.Count - MaxListed} till" : shown;
    }

    private static List<(string[] Words, string Text, string Alternative)> LoadJargon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Halsoportal.Content.Checks.klarsprak.txt")
            ?? throw new InvalidOperationException("The plain-language list is not embedded.");
        using var reader = new StreamReader(stream);
        var entries = new List<(string[], string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var (term, alternative) = line.Split('=', 2, StringSplitOptions.TrimEntries) switch
            {
                [var t, var a] when t.Length > 0 && a.Length > 0 => (t, a),
                _ => throw new InvalidOperationException($"Bad line in klarsprak.txt: {line}"),
            };
            entries.Add((term.ToLower(SwedishText.Culture).Split(' ', StringSplitOptions.RemoveEmptyEntries), term, alternative));
        }

        return entries;
    }
}
