using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Halsoportal.Search.Querying;

/// <summary>A matched stretch of stored text: character offsets and which query term matched.</summary>
internal readonly record struct MatchSpan(int Start, int End, int Term);

/// <summary>
/// Highlighting without the Highlighter package: read the offsets that the text fields index
/// (postings with offsets) for the query's terms in one document, then cut and mark the text.
/// </summary>
internal static class SnippetBuilder
{
    private const char Ellipsis = '…';
    private const int MaxSpans = 256;

    /// <summary>Where <paramref name="terms"/> occur in <paramref name="field"/> of one document.</summary>
    public static void CollectSpans(AtomicReader reader, int doc, string field, IReadOnlyList<string> terms, int termIdOffset, List<MatchSpan> spans)
    {
        if (terms.Count == 0 || spans.Count >= MaxSpans)
        {
            return;
        }

        var fieldTerms = reader.GetTerms(field);
        if (fieldTerms is null || !fieldTerms.HasOffsets)
        {
            return;
        }

        var termsEnum = fieldTerms.GetEnumerator();
        DocsAndPositionsEnum? postings = null;
        for (var t = 0; t < terms.Count; t++)
        {
            if (!termsEnum.SeekExact(new BytesRef(terms[t])))
            {
                continue;
            }

            postings = termsEnum.DocsAndPositions(null, postings, DocsAndPositionsFlags.OFFSETS);
            if (postings is null || postings.Advance(doc) != doc)
            {
                continue;
            }

            var freq = postings.Freq;
            for (var i = 0; i < freq && spans.Count < MaxSpans; i++)
            {
                postings.NextPosition();
                if (postings.StartOffset >= 0 && postings.EndOffset > postings.StartOffset)
                {
                    spans.Add(new MatchSpan(postings.StartOffset, postings.EndOffset, termIdOffset + t));
                }
            }
        }
    }

    /// <summary>The whole text, encoded, with every span marked.</summary>
    public static string MarkAll(string text, List<MatchSpan> spans)
    {
        var merged = Merge(spans, text.Length);
        return Render(text, 0, text.Length, merged);
    }

    /// <summary>
    /// About <paramref name="length"/> characters around the stretch with the most distinct matched
    /// terms, encoded and marked; null when nothing matched.
    /// </summary>
    public static string? Best(string text, List<MatchSpan> spans, int length)
    {
        var merged = Merge(spans, text.Length);
        if (merged.Count == 0)
        {
            return null;
        }

        var anchor = 0;
        var bestScore = -1;
        for (var i = 0; i < merged.Count; i++)
        {
            var windowEnd = merged[i].Start + length;
            var distinct = new HashSet<int>();
            var count = 0;
            for (var j = i; j < merged.Count && merged[j].End <= windowEnd; j++)
            {
                distinct.Add(merged[j].Term);
                count++;
            }

            var score = (distinct.Count * 1000) + count;
            if (score > bestScore)
            {
                bestScore = score;
                anchor = i;
            }
        }

        var (start, end) = Window(text, merged[anchor].Start, merged[anchor].End, length);
        return Render(text, start, end, merged);
    }

    /// <summary>The start of <paramref name="text"/>, encoded, cut at a word boundary.</summary>
    public static string Plain(string text, int length)
    {
        if (text.Length <= length)
        {
            return HtmlText.Encode(text.Trim());
        }

        var end = text.LastIndexOf(' ', length);
        if (end < length / 2)
        {
            end = length;
        }

        return HtmlText.Encode(text[..end].TrimEnd()) + Ellipsis;
    }

    private static (int Start, int End) Window(string text, int matchStart, int matchEnd, int length)
    {
        if (text.Length <= length)
        {
            return (0, text.Length);
        }

        // Some context before the first match, starting at a word.
        var lead = Math.Min(length / 4, 60);
        var start = Math.Max(0, matchStart - lead);
        var sentence = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, matchStart - 1), matchStart - start);
        if (sentence >= 0 && sentence + 1 < matchStart)
        {
            start = sentence + 1;
        }
        else
        {
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && matchStart - start < lead + 20)
            {
                start--;
            }
        }

        var end = Math.Min(text.Length, Math.Max(start + length, matchEnd));
        if (end == text.Length)
        {
            // Near the end: use the room before the match instead, starting at a word.
            start = Math.Max(0, Math.Min(start, end - length));
            while (start > 0 && start < matchStart && !char.IsWhiteSpace(text[start - 1]))
            {
                start++;
            }
        }
        else
        {
            var wordEnd = end;
            while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]) && wordEnd - end < 20)
            {
                wordEnd++;
            }

            end = wordEnd;
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return (start, end);
    }

    private static string Render(string text, int start, int end, List<MatchSpan> merged)
    {
        var builder = new StringBuilder((end - start) + 64);
        if (start > 0)
        {
            builder.Append(Ellipsis);
        }

        var position = start;
        foreach (var span in merged)
        {
            if (span.End <= start || span.Start < position)
            {
                continue;
            }

            if (span.Start >= end)
            {
                break;
            }

            HtmlText.Append(builder, text.AsSpan(position, span.Start - position));
            builder.Append("<mark>");
            var spanEnd = Math.Min(span.End, text.Length);
            HtmlText.Append(builder, text.AsSpan(span.Start, spanEnd - span.Start));
            builder.Append("</mark>");
            position = spanEnd;
            end = Math.Max(end, spanEnd);
        }

        if (position < end)
        {
            HtmlText.Append(builder, text.AsSpan(position, end - position).TrimEnd());
        }

        if (end < text.Length)
        {
            builder.Append(Ellipsis);
        }

        return builder.ToString();
    }

    /// <summary>Sorted, non-overlapping spans inside the text (the main and folded fields report the same word twice).</summary>
    private static List<MatchSpan> Merge(List<MatchSpan> spans, int textLength)
    {
        var merged = new List<MatchSpan>(spans.Count);
        foreach (var span in spans.Where(s => s.End <= textLength).OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = Math.Max(last.End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
