using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Halsoportal.Content.Editing.Checks;

/// <summary>Parses editor Markdown the way the site renders it and reads text out of the syntax tree.</summary>
internal static class EditorMarkdown
{
    // Same extensions as Rendering/MarkdownRenderer: a check must see the links, headings and
    // tables a reader will see, and raw HTML is text there too. Keep the two in step.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    /// <summary>
    /// Parses <paramref name="markdown"/>, or returns null when Markdig refuses it for nesting
    /// deeper than its limit (about 64 lists or 128 block quotes inside each other).
    /// </summary>
    public static MarkdownDocument? TryParse(string markdown)
    {
        try
        {
            return Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's only ArgumentException for a non-null string is its depth limit.
            return null;
        }
    }

    /// <summary>
    /// The text a screen reader announces for <paramref name="container"/>: literal text, code,
    /// and the alt text of images (an image inside a link is the link's name).
    /// </summary>
    public static string AccessibleText(ContainerInline container)
    {
        var text = new StringBuilder();
        AppendAccessibleText(container, text);
        return text.ToString();
    }

    /// <summary>
    /// Text a reader reads, for readability scores: no code, no URLs, no image alt text. Skipped
    /// pieces leave a space so the words on either side stay apart.
    /// </summary>
    public static string ReadableText(ContainerInline container)
    {
        var text = new StringBuilder();
        AppendReadableText(container, text);
        return text.ToString();
    }

    private static void AppendAccessibleText(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline child:
                    AppendAccessibleText(child, text);
                    break;
                default:
                    break;
            }
        }
    }

    private static void AppendReadableText(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LinkInline { IsImage: true } or LinkInline { IsAutoLink: true } or AutolinkInline or CodeInline or LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline child:
                    AppendReadableText(child, text);
                    break;
                default:
                    break;
            }
        }
    }
}
