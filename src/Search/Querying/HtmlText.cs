using System.Text;

namespace Halsoportal.Search.Querying;

/// <summary>Minimal HTML encoding for text in element content and quoted attributes; å/ä/ö stay readable.</summary>
internal static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> encoded, with every run of white space as one space.</summary>
    public static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length == 0 || builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }
    }

    public static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }
}
