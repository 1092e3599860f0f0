using System.Globalization;
using System.Text;

namespace Halsoportal.Content.Slugs;

/// <summary>
/// URL slugs as the public URLs use them: lower case, å/ä → a, ö → o, spaces → hyphen
/// ("Upplands Väsby" → "upplands-vasby"). Slugs are part of the public contract, so the rules
/// here never change for existing names.
/// </summary>
public static class Slug
{
    /// <summary>Path segments the site uses itself under <c>/</c> and <c>/{kommun}/</c>; no content may take them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "amne", "api", "artikel", "css", "dialog", "fel", "health", "img", "integritet", "js",
        "kontakt", "lattlast", "livssituation", "om", "redaktor", "sok", "sprak", "tillganglighetsredogorelse",
    };

    /// <summary>Makes a slug from a name or title. Returns an empty string when nothing usable is left.</summary>
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in Fold(text.Trim().ToLowerInvariant()))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                // Spaces, hyphens, punctuation and anything unknown all become one separator.
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The slug with Nordic transliteration (å → aa, ä → ae, ö → oe): the fallback when two names
    /// fold to the same slug ("Håbo" → "haabo" beside "Habo" → "habo").
    /// </summary>
    public static string FromTransliterated(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var expanded = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            expanded.Append(char.ToLowerInvariant(c) switch
            {
                'å' => "aa",
                'ä' => "ae",
                'ö' => "oe",
                _ => c.ToString(),
            });
        }

        return From(expanded.ToString());
    }

    /// <summary>
    /// Makes a slug that is not yet taken and not reserved: "traffpunkter", then "traffpunkter-2", …
    /// </summary>
    public static string Unique(string text, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(isTaken);
        var baseSlug = From(text);
        if (baseSlug.Length == 0)
        {
            baseSlug = "sida";
        }

        if (!Reserved.Contains(baseSlug) && !isTaken(baseSlug))
        {
            return baseSlug;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{baseSlug}-{n}";
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    private static IEnumerable<char> Fold(string lower)
    {
        foreach (var c in lower)
        {
            switch (c)
            {
                case 'å' or 'ä' or 'æ':
                    yield return 'a';
                    break;
                case 'ö' or 'ø':
                    yield return 'o';
                    break;
                case 'ß':
                    yield return 's';
                    yield return 's';
                    break;
                case var half when char.IsSurrogate(half):
                    // Half of an emoji or another character outside the BMP: no Latin base, and a half alone
                    // cannot be normalised (String.Normalize throws on it).
                    break;
                default:
                    // é → e, ü → u, … via decomposition; letters without a Latin base are dropped.
                    foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
                    {
                        if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                        {
                            yield return d;
                        }
                    }

                    break;
            }
        }
    }
}
