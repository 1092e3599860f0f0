using System.Text;

namespace Halsoportal.Search.Analysis;

/// <summary>
/// The bundled Swedish word lists: the compound dictionary (with linking forms such as "hälso"
/// and "barna"), the words that protect against false sub-words, and the domain stemmer overrides.
/// Read once from embedded resources and validated on first use.
/// </summary>
internal static class SwedishWordLists
{
    /// <summary>Words and linking forms that <see cref="SwedishCompoundWordFilter"/> looks for inside compounds.</summary>
    public static IReadOnlyList<string> CompoundWords { get; } = ReadWords("Halsoportal.Search.Analysis.compound-words.txt");

    /// <summary>Words that no sub-word may partly overlap ("standard" keeps "tand" out of "standardglas").</summary>
    public static IReadOnlyList<string> ProtectedWords { get; } = ReadWords("Halsoportal.Search.Analysis.protected-words.txt");

    /// <summary>Inflected form → stem, applied before the light stemmer.</summary>
    public static IReadOnlyDictionary<string, string> StemmerOverrides { get; } = ReadOverrides("Halsoportal.Search.Analysis.stemmer-overrides.txt");

    private static List<string> ReadWords(string resource)
    {
        var words = new List<string>();
        foreach (var line in EmbeddedText.ReadLines(resource))
        {
            var word = line.Normalize(NormalizationForm.FormC).ToLowerInvariant();
            if (word.Length is < SwedishAnalysis.MinSubwordSize or > SwedishAnalysis.MaxSubwordSize || word.Any(char.IsWhiteSpace))
            {
                throw new InvalidDataException($"{resource}: \"{line}\" must be one word of {SwedishAnalysis.MinSubwordSize}–{SwedishAnalysis.MaxSubwordSize} letters.");
            }

            words.Add(word);
        }

        return words;
    }

    private static Dictionary<string, string> ReadOverrides(string resource)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedText.ReadLines(resource))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new InvalidDataException($"{resource}: \"{line}\" must look like \"stam: form form ...\".");
            }

            var stem = line[..colon].Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
            var forms = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var raw in forms.Prepend(stem))
            {
                var form = raw.Normalize(NormalizationForm.FormC).ToLowerInvariant();
                if (map.TryGetValue(form, out var existing) && existing != stem)
                {
                    // Two stems for one form would make the result depend on line order.
                    throw new InvalidDataException($"{resource}: \"{form}\" is listed under both \"{existing}\" and \"{stem}\".");
                }

                map[form] = stem;
            }
        }

        return map;
    }
}
