using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Halsoportal.Web.Features.Api;

/// <summary>
/// Plain text from the allow-listed HTML that <see cref="Content.Rendering.MarkdownRenderer"/>
/// makes, for integrators who show text without markup (SMS, screen widgets, voice): blocks
/// (paragraphs, headings, quotes, lists, tables) are separated by a blank line, list items are
/// lines of their own ("– " or "1. ", nested items indented), table cells are joined by " | ",
/// a link keeps its address in brackets, and runs of white space become one space. Text that an
/// author typed looking like a tag (the page shows it escaped) is left out, so the plain text never
/// carries markup into whatever shows it.
/// </summary>
public static partial class HtmlText
{
    private static readonly HtmlParser Parser = new();

    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = Parser.ParseDocument($"<body>{html}</body>");
        var writer = new Writer();
        writer.Children(document.Body!, listDepth: 0);
        return writer.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"</?[a-zA-Z!?][^<>]*>")]
    private static partial Regex TagLike();

    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private int _pendingBreaks;
        private bool _afterMarker;

        public void Children(INode node, int listDepth)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        Write(text.Data);
                        break;
                    case IElement element:
                        Element(element, listDepth);
                        break;
                }
            }
        }

        public override string ToString() =>
            string.Join('\n', TagLike().Replace(_text.ToString(), "").Split('\n').Select(line => line.TrimEnd())).Trim();

        private void Element(IElement element, int listDepth)
        {
            switch (element.LocalName)
            {
                case "br":
                    Break(1);
                    break;
                case "ul" or "ol":
                    Break(listDepth == 0 ? 2 : 1);
                    Items(element, listDepth + 1);
                    Break(listDepth == 0 ? 2 : 1);
                    break;
                case "tr":
                    Break(1);
                    Cells(element, listDepth);
                    Break(1);
                    break;
                case "a":
                    Link(element, listDepth);
                    break;
                case "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "div" or "table":
                    // Inside a list item a paragraph is the item's own text, not a new block.
                    Break(listDepth == 0 ? 2 : 1);
                    Children(element, listDepth);
                    Break(listDepth == 0 ? 2 : 1);
                    break;
                default:
                    Children(element, listDepth);
                    break;
            }
        }

        private void Items(IElement list, int depth)
        {
            var number = 0;
            foreach (var item in list.Children.Where(c => c.LocalName == "li"))
            {
                number++;
                Break(1);
                Flush();
                _text.Append(' ', (depth - 1) * 2).Append(list.LocalName == "ol" ? $"{number}. " : "– ");
                _afterMarker = true;
                Children(item, depth);
                _afterMarker = false;
                Break(1);
            }
        }

        private void Cells(IElement row, int listDepth)
        {
            var first = true;
            foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
            {
                if (!first)
                {
                    Write(" | ", collapse: false);
                }

                first = false;
                Children(cell, listDepth);
            }
        }

        private void Link(IElement link, int listDepth)
        {
            Children(link, listDepth);
            var href = link.GetAttribute("href");
            if (!string.IsNullOrWhiteSpace(href) && !string.Equals(href.Trim(), link.TextContent.Trim(), StringComparison.Ordinal))
            {
                Write($" ({href.Trim()})", collapse: false);
            }
        }

        private void Break(int count)
        {
            if (!_afterMarker && _text.Length > 0)
            {
                _pendingBreaks = Math.Max(_pendingBreaks, count);
            }
        }

        private void Flush()
        {
            if (_pendingBreaks > 0 && _text.Length > 0)
            {
                _text.Append('\n', _pendingBreaks);
            }

            _pendingBreaks = 0;
        }

        private void Write(string raw, bool collapse = true)
        {
            var text = collapse ? WhiteSpace().Replace(TagLike().Replace(raw, ""), " ") : raw;
            var atLineStart = _pendingBreaks > 0 || _text.Length == 0 || _text[^1] == '\n' || (_afterMarker && _text[^1] == ' ');
            if (atLineStart || (_text.Length > 0 && _text[^1] == ' '))
            {
                text = text.TrimStart();
            }

            if (text.Length == 0)
            {
                return;
            }

            Flush();
            _text.Append(text);
            _afterMarker = false;
        }
    }
}
