using Markdig.Syntax;

namespace Halsoportal.Content.Editing.Checks;

/// <summary>
/// LIX (läsbarhetsindex, Björnsson 1968) over an article's title, ingress and Markdown body.
/// </summary>
/// <remarks>
/// Counting rules, chosen to match how LIX is counted by hand:
/// <list type="bullet">
/// <item>A word is a run of characters between whitespace or "/" that holds at least one letter
/// (any script, so å, ä, ö and é are letters). "1177", "12 %" and "08.00" are not words;
/// "3:e" and "covid-19" are. Only letters count towards length: a long word has more than six.</item>
/// <item>A sentence ends at ".", "!", "?" or ":" at the end of a word (closing quotes and brackets
/// may follow), so "www.1177.se" and "10:30" do not end one but "t.ex. " does, as in a count by
/// hand. The end of a heading, paragraph, list item or table cell also ends a sentence, so a
/// heading without a full stop is a sentence. A sentence without words is not counted.</item>
/// <item>Code, URLs and image alt text are not read as running text and are skipped.</item>
/// <item>A body nested too deeply for the Markdown parser is left out (title and ingress still count).</item>
/// </list>
/// </remarks>
public static class Readability
{
    private const int LongWordLetters = 6;

    /// <summary>
    /// LIX for one text version. <paramref name="title"/> and <paramref name="ingress"/> are plain
    /// text (the site shows them as they are); <paramref name="bodyMarkdown"/> is Markdown. Returns
    /// null when there are no words to measure.
    /// </summary>
    public static LixResult? Measure(string? title, string? ingress, string? bodyMarkdown)
    {
        var counter = new Counter();
        counter.AddBlock(title);
        counter.AddBlock(ingress);
        // A body nested too deeply to parse cannot be shown either; the publish check reports it.
        if (!string.IsNullOrEmpty(bodyMarkdown) && EditorMarkdown.TryParse(bodyMarkdown) is { } document)
        {
            counter.AddBlocks(document);
        }

        return counter.Result();
    }

    /// <summary>
    /// The sentences of one text version, each as its words (as written, punctuation kept), by the
    /// same rules LIX counts them; the plain-language checks measure their length.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Sentences(string? title, string? ingress, string? bodyMarkdown)
    {
        var counter = new Counter(keepSentences: true);
        counter.AddBlock(title);
        counter.AddBlock(ingress);
        if (!string.IsNullOrEmpty(bodyMarkdown) && EditorMarkdown.TryParse(bodyMarkdown) is { } document)
        {
            counter.AddBlocks(document);
        }

        return counter.Sentences;
    }

    /// <summary>The Swedish description of a rounded LIX score.</summary>
    /// <remarks>
    /// The usual table ("under 25", "25–30", "30–40" … "över 60") shares its edges; on whole
    /// numbers we read each range as ending at its upper edge, so 30 is "Lättläst" — the same
    /// edge as the advice that a lättläst text should stay at 30 or below.
    /// </remarks>
    public static string Band(int score) => score switch
    {
        < 25 => "Mycket lättläst",
        <= 30 => "Lättläst",
        <= 40 => "Medelsvår",
        <= 50 => "Svår",
        <= 60 => "Mycket svår",
        _ => "Mycket svår, byråkratsvenska",
    };

    /// <summary>LIX from counts, rounded half away from zero as a score is rounded by hand.</summary>
    internal static int Score(int words, int longWords, int sentences)
    {
        var lix = ((double)words / sentences) + (100.0 * longWords / words);
        return (int)Math.Round(lix, MidpointRounding.AwayFromZero);
    }

    private sealed class Counter(bool keepSentences = false)
    {
        private readonly List<IReadOnlyList<string>> _kept = [];
        private List<string> _current = [];
        private int _words;
        private int _longWords;
        private int _sentences;
        private bool _sentenceHasWords;

        public void AddBlocks(ContainerBlock container)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    // Code is not prose, and reference definitions are only URLs.
                    case CodeBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                        break;
                    case LeafBlock { Inline: { } inline }:
                        AddBlock(EditorMarkdown.ReadableText(inline));
                        break;
                    case ContainerBlock child:
                        AddBlocks(child);
                        break;
                    default:
                        break;
                }
            }
        }

        /// <summary>Counts one block of plain text; its end ends a sentence.</summary>
        public void AddBlock(string? text)
        {
            if (text is not null)
            {
                var rest = text.AsSpan();
                while (!rest.IsEmpty)
                {
                    var start = 0;
                    while (start < rest.Length && char.IsWhiteSpace(rest[start]))
                    {
                        start++;
                    }

                    var end = start;
                    while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
                    {
                        end++;
                    }

                    if (end > start)
                    {
                        AddChunk(rest[start..end]);
                    }

                    rest = rest[end..];
                }
            }

            EndSentence();
        }

        public IReadOnlyList<IReadOnlyList<string>> Sentences => _kept;

        public LixResult? Result()
        {
            if (_words == 0)
            {
                return null;
            }

            var score = Score(_words, _longWords, _sentences);
            return new LixResult(score, _words, _longWords, _sentences, Band(score));
        }

        private void AddChunk(ReadOnlySpan<char> chunk)
        {
            // A URL in plain text (title, ingress) is not read as words; "och/eller" is two words.
            if (!IsUrl(chunk))
            {
                foreach (var range in chunk.Split('/'))
                {
                    AddWord(chunk[range]);
                }
            }

            var trimmed = chunk.TrimEnd(")]}\"'”’»");
            if (!trimmed.IsEmpty && trimmed[^1] is '.' or '!' or '?' or ':')
            {
                EndSentence();
            }
        }

        private void AddWord(ReadOnlySpan<char> word)
        {
            var letters = 0;
            foreach (var c in word)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                }
            }

            if (letters > 0)
            {
                if (keepSentences)
                {
                    _current.Add(word.ToString());
                }

                _words++;
                _sentenceHasWords = true;
                if (letters > LongWordLetters)
                {
                    _longWords++;
                }
            }
        }

        private static bool IsUrl(ReadOnlySpan<char> chunk) =>
            chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

        private void EndSentence()
        {
            if (_sentenceHasWords)
            {
                _sentences++;
                _sentenceHasWords = false;
                if (keepSentences)
                {
                    _kept.Add(_current);
                    _current = [];
                }
            }
        }
    }
}
