using System.Text;

namespace Halsoportal.Search.Querying;

/// <summary>Cleans what a resident typed before anything else looks at it.</summary>
internal static class QueryText
{
    /// <summary>
    /// Drops control characters and lone surrogates, applies NFC, collapses white space and cuts
    /// at <paramref name="maxLength"/> (at a word boundary when there is one).
    /// </summary>
    public static (string Text, bool Shortened) Normalise(string? input, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ("", false);
        }

        // Bound the work before cleaning: a 10 000-character query is mostly thrown away anyway.
        var shortened = false;
        var limit = maxLength * 2;
        if (input.Length > limit)
        {
            var cut = char.IsHighSurrogate(input[limit - 1]) ? limit - 1 : limit;
            input = input[..cut];
            shortened = true;
        }

        var builder = new StringBuilder(input.Length);
        var lastWasSpace = true;
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                builder.Append(c).Append(input[++i]);
                lastWasSpace = false;
            }
            else if (char.IsSurrogate(c))
            {
                // A lone surrogate is not text (and would make Normalize throw).
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }
            }
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                // Soft hyphens and zero-width characters: invisible, and they split words.
            }
            else
            {
                builder.Append(c);
                lastWasSpace = false;
            }
        }

        var text = builder.ToString().Normalize(NormalizationForm.FormC).Trim();
        if (text.Length > maxLength)
        {
            var cut = text.LastIndexOf(' ', maxLength);
            if (cut < maxLength / 2)
            {
                cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
            }

            text = text[..cut].TrimEnd();
            shortened = true;
        }

        return (text, shortened);
    }
}
