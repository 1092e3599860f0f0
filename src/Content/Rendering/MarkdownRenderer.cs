using Ganss.Xss;
using Markdig;

namespace Halsoportal.Content.Rendering;

/// <summary>
/// Turns editor Markdown into HTML that holds only an allow-list of elements: headings, paragraphs,
/// lists, links, emphasis, block quotes and tables. Raw HTML in the Markdown is never passed on.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>Renders <paramref name="markdown"/> to safe HTML. Wide tables are wrapped in a labelled scroll region.</summary>
    public string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var html = _sanitizer.Sanitize(ToHtml(markdown));

        // WCAG 1.4.10: a table may scroll inside its own focusable, labelled region instead of the page.
        return html
            .Replace("<table>", "<div class=\"table-scroll\" role=\"region\" aria-label=\"Tabell\" tabindex=\"0\"><table>", StringComparison.Ordinal)
            .Replace("</table>", "</table></div>", StringComparison.Ordinal);
    }

    /// <summary>
    /// Markdig gives up on absurd nesting (lists about 64 deep) with an exception. Such text can
    /// never be published (a publish check blocks it), but a preview must not crash: it shows the
    /// text as plain paragraphs instead.
    /// </summary>
    private static string ToHtml(string markdown)
    {
        try
        {
            return Markdown.ToHtml(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            var paragraphs = markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return string.Concat(paragraphs.Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>"));
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "h2", "h3", "h4", "p", "ul", "ol", "li", "a", "em", "strong", "br", "blockquote",
                "table", "thead", "tbody", "tr", "th", "td", "code",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "scope" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "https", "http", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        return sanitizer;
    }

    /// <summary>
    /// Plain text of a Markdown fragment (for search and feeds), one line. Blocks stay apart: a
    /// heading or list item without closing punctuation is followed by " – ", so a snippet never
    /// reads "Så går det till Du pratar …".
    /// </summary>
    public static string ToPlainText(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        string plain;
        try
        {
            plain = Markdown.ToPlainText(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            plain = markdown;
        }

        var lines = plain
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (text.Length > 0)
            {
                text.Append(text[^1] is '.' or '!' or '?' or ':' or ';' or ',' ? " " : " – ");
            }

            text.Append(line);
        }

        return text.ToString();
    }
}
