using System.Text;
using Halsoportal.Content.Editing.Diff;

namespace Halsoportal.Content.Tests.Editing;

public sealed class TextDiffTests
{
    private static readonly string[] Pieces =
    [
        "hälsa", "sömn", "och", "att", "Vårdcentralen", "röka", "snusa", "1177", "é", "e\u0301", "Ö",
        " ", "  ", "\t", "\n", "\n\n", "\r\n", ".", ",", "!", "?", "–", "-", "\"", "»", "😀", "👍🏽", "#", "*", "[", "](",
    ];

    [Fact]
    public void Compute_RandomEdits_RejoinExactly()
    {
        var random = new Random(20250611);
        for (var i = 0; i < 400; i++)
        {
            var before = RandomText(random, random.Next(0, 60));
            var after = random.Next(4) == 0 ? RandomText(random, random.Next(0, 60)) : Mutate(random, before);

            AssertWellFormed(before, after, TextDiff.Compute(before, after));
        }
    }

    [Fact]
    public void Compute_RandomEditsWithTinyBudget_StillRejoinExactly()
    {
        // A spent budget takes the coarse path (replace what is left); it must stay exact.
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var before = RandomText(random, random.Next(0, 80));
            var after = Mutate(random, before);

            AssertWellFormed(before, after, TextDiff.Compute(before, after, budgetSteps: random.Next(1, 50)));
        }
    }

    [Fact]
    public void Compute_RandomCharacters_RejoinExactly()
    {
        // Any UTF-16, including lone surrogates: exactness must not depend on well-formed input.
        var random = new Random(42);
        for (var i = 0; i < 200; i++)
        {
            var before = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0, 0xFFFF))]);
            var after = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0, 0xFFFF))]);

            var segments = TextDiff.Compute(before, after);

            Assert.Equal(before, TextDiff.OldText(segments));
            Assert.Equal(after, TextDiff.NewText(segments));
        }
    }

    [Fact]
    public void Compute_OneWordChanged_MarksOnlyThatWord()
    {
        var segments = TextDiff.Compute("Sluta röka i dag.", "Sluta snusa i dag.");

        Assert.Equal(
            [
                new DiffSegment(DiffKind.Unchanged, "Sluta "),
                new DiffSegment(DiffKind.Removed, "röka"),
                new DiffSegment(DiffKind.Added, "snusa"),
                new DiffSegment(DiffKind.Unchanged, " i dag."),
            ],
            segments);
    }

    [Fact]
    public void Compute_PhraseChanged_KeepsTheSpaceInsideTheChange()
    {
        var segments = TextDiff.Compute("Ring din vårdcentral i dag.", "Ring 1177 Vårdguiden i dag.");

        Assert.Equal(
            [
                new DiffSegment(DiffKind.Unchanged, "Ring "),
                new DiffSegment(DiffKind.Removed, "din vårdcentral"),
                new DiffSegment(DiffKind.Added, "1177 Vårdguiden"),
                new DiffSegment(DiffKind.Unchanged, " i dag."),
            ],
            segments);
    }

    [Fact]
    public void Compute_PunctuationAdded_IsItsOwnToken()
    {
        var segments = TextDiff.Compute("Välkommen till oss", "Välkommen till oss!");

        Assert.Equal([new DiffSegment(DiffKind.Unchanged, "Välkommen till oss"), new DiffSegment(DiffKind.Added, "!")], segments);
    }

    [Fact]
    public void Compute_RewrittenSentence_ShowsOldThenNewWhole()
    {
        var segments = TextDiff.Compute("Du kan få hjälp på vårdcentralen.", "Ring 1177 om du behöver råd.");

        Assert.Equal(
            [
                new DiffSegment(DiffKind.Removed, "Du kan få hjälp på vårdcentralen."),
                new DiffSegment(DiffKind.Added, "Ring 1177 om du behöver råd."),
            ],
            segments);
    }

    [Fact]
    public void Compute_MovedParagraph_ReadsAsWholeParagraphs()
    {
        const string before = "Sömn är viktigt.\n\nGå och lägg dig i tid.\n\nUndvik skärmar på kvällen.\n";
        const string after = "Gå och lägg dig i tid.\n\nUndvik skärmar på kvällen.\n\nSömn är viktigt.\n";

        var segments = TextDiff.Compute(before, after);

        Assert.Contains(segments, s => s.Kind == DiffKind.Removed && s.Text.Contains("Sömn är viktigt.", StringComparison.Ordinal));
        Assert.Contains(segments, s => s.Kind == DiffKind.Added && s.Text.Contains("Sömn är viktigt.", StringComparison.Ordinal));
        Assert.DoesNotContain(segments, s => s.Kind != DiffKind.Unchanged && s.Text.Contains("Undvik", StringComparison.Ordinal));
        AssertWellFormed(before, after, segments);
    }

    [Fact]
    public void Compute_OneLineChangedInParagraphs_LeavesOtherLinesAlone()
    {
        const string before = "## Så går det till\n\nDu ringer till vårdcentralen.\n\n- promenader\n- simning\n";
        const string after = "## Så går det till\n\nDu ringer eller skriver till vårdcentralen.\n\n- promenader\n- simning\n";

        var changed = Assert.Single(TextDiff.Compute(before, after), s => s.Kind != DiffKind.Unchanged);

        // " eller skriver" and "eller skriver " are equally short; either reads well.
        Assert.Equal((DiffKind.Added, "eller skriver"), (changed.Kind, changed.Text.Trim()));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("Samma text.", "Samma text.", 1)]
    public void Compute_SameText_IsAllUnchanged(string before, string after, int count)
    {
        var segments = TextDiff.Compute(before, after);

        Assert.Equal(count, segments.Count);
        Assert.All(segments, s => Assert.Equal(DiffKind.Unchanged, s.Kind));
    }

    [Fact]
    public void Compute_FromEmpty_IsOneAddition() =>
        Assert.Equal([new DiffSegment(DiffKind.Added, "Ny text.\n")], TextDiff.Compute("", "Ny text.\n"));

    [Fact]
    public void Compute_ToEmpty_IsOneRemoval() =>
        Assert.Equal([new DiffSegment(DiffKind.Removed, "Gammal text.")], TextDiff.Compute("Gammal text.", ""));

    [Fact]
    public void Compute_EmojiAndCombiningAccents_AreNeverCut()
    {
        // 😀 and 😁 share their first UTF-16 unit; "é" as e + U+0301 must stay one piece.
        const string before = "Kaffe\u0301 med 😀 i dag";
        const string after = "Kaffe\u0300 med 😁 i dag";

        var segments = TextDiff.Compute(before, after);

        AssertWellFormed(before, after, segments);
        Assert.Contains(new DiffSegment(DiffKind.Removed, "Kaffe\u0301"), segments);
        Assert.Contains(new DiffSegment(DiffKind.Removed, "😀"), segments);
        Assert.Contains(new DiffSegment(DiffKind.Added, "😁"), segments);
    }

    [Fact]
    public void Compute_LargeTextWithOneWordChanged_FindsTheWord()
    {
        // About 200 KB, once in lines and once as one long line. Not timed: it has to finish, and
        // the guard keeps the work to O(N) here.
        foreach (var separator in new[] { "\n", " " })
        {
            var before = LargeText(separator);
            var index = before.IndexOf("kvällen", before.Length / 2, StringComparison.Ordinal);
            var after = string.Concat(before.AsSpan(0, index), "natten", before.AsSpan(index + "kvällen".Length));

            var segments = TextDiff.Compute(before, after);

            AssertWellFormed(before, after, segments);
            Assert.Equal(
                [new DiffSegment(DiffKind.Removed, "kvällen"), new DiffSegment(DiffKind.Added, "natten")],
                segments.Where(s => s.Kind != DiffKind.Unchanged));
        }
    }

    [Fact]
    public void Compute_LargeUnrelatedTexts_Finish()
    {
        // Worst case for Myers (D ≈ N): the budget stops the search and the rest shows as replaced.
        var random = new Random(3);
        var before = RandomText(random, 60_000);
        var after = RandomText(random, 60_000);

        AssertWellFormed(before, after, TextDiff.Compute(before, after));
    }

    private static string LargeText(string separator)
    {
        string[] sentences =
        [
            "Sömn är viktigt för hälsan.", "Gå och lägg dig i tid.", "Undvik skärmar på kvällen.",
            "Rör på dig varje dag.", "Ät frukost.", "Ring 1177 om du behöver råd.",
        ];
        var text = new StringBuilder();
        for (var i = 0; text.Length < 200_000; i++)
        {
            text.Append(sentences[i % sentences.Length]).Append(i % 7 == 6 ? separator : " ");
        }

        return text.ToString();
    }

    private static string RandomText(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    private static string Mutate(Random random, string text)
    {
        var result = text;
        for (var edits = random.Next(0, 6); edits > 0; edits--)
        {
            var at = random.Next(result.Length + 1);
            // Cut only between UTF-16 pairs, so the mutation itself does not split an emoji.
            while (at > 0 && at < result.Length && char.IsLowSurrogate(result[at]))
            {
                at--;
            }

            var length = Math.Min(random.Next(0, 12), result.Length - at);
            while (at + length < result.Length && char.IsLowSurrogate(result[at + length]))
            {
                length++;
            }

            result = random.Next(3) switch
            {
                0 => result.Insert(at, RandomText(random, random.Next(1, 4))),
                1 => result.Remove(at, length),
                _ => string.Concat(result.AsSpan(0, at), RandomText(random, random.Next(1, 4)), result.AsSpan(at + length)),
            };
        }

        return result;
    }

    private static void AssertWellFormed(string before, string after, IReadOnlyList<DiffSegment> segments)
    {
        Assert.Equal(before, TextDiff.OldText(segments));
        Assert.Equal(after, TextDiff.NewText(segments));
        for (var i = 0; i < segments.Count; i++)
        {
            Assert.NotEqual("", segments[i].Text);
            Assert.False(HasLoneSurrogate(segments[i].Text), "A segment cuts a surrogate pair.");
            if (i > 0)
            {
                Assert.NotEqual(segments[i - 1].Kind, segments[i].Kind);
                // Within a run of changes the removed text comes first.
                Assert.False(segments[i - 1].Kind == DiffKind.Added && segments[i].Kind == DiffKind.Removed);
            }
        }
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
