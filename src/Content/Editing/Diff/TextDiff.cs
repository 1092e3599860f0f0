using System.Text;

namespace Halsoportal.Content.Editing.Diff;

/// <summary>
/// A word-level diff that an editor can read: tokens are words, runs of whitespace and single
/// punctuation marks, so joining the <see cref="DiffKind.Unchanged"/> and <see cref="DiffKind.Removed"/>
/// segments gives the older text back exactly, and <see cref="DiffKind.Unchanged"/> plus
/// <see cref="DiffKind.Added"/> the newer one.
/// </summary>
/// <remarks>
/// Lines are compared first and words only inside changed lines, so a paragraph that moved shows
/// as one paragraph removed and one added rather than as scattered word changes. A passage that
/// was rewritten (little left in common) is shown the same way. Myers' algorithm costs O((N+M)·D);
/// a budget of steps caps it, and what is left when the budget runs out is shown as replaced, so
/// two unrelated 200 KB texts still take milliseconds.
/// </remarks>
public static class TextDiff
{
    /// <summary>
    /// Steps of Myers' search per call: a few tens of milliseconds. Real edits need far less (a
    /// 20 KB body with a few hundred changed lines costs well under a million); only unrelated
    /// long texts reach it, and those read best as replaced anyway.
    /// </summary>
    internal const long DefaultBudget = 5_000_000;

    // Below this share of common text (not counting whitespace) a changed passage reads better as
    // the old text followed by the new than as a salad of "och", "att" and commas kept in place.
    private const double MinCommonShare = 0.3;

    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>; empty when both are empty.</summary>
    public static IReadOnlyList<DiffSegment> Compute(string before, string after) => Compute(before, after, DefaultBudget);

    /// <summary>The older text: <see cref="DiffKind.Unchanged"/> and <see cref="DiffKind.Removed"/> segments joined.</summary>
    public static string OldText(IEnumerable<DiffSegment> segments) =>
        string.Concat(segments.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text));

    /// <summary>The newer text: <see cref="DiffKind.Unchanged"/> and <see cref="DiffKind.Added"/> segments joined.</summary>
    public static string NewText(IEnumerable<DiffSegment> segments) =>
        string.Concat(segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text));

    /// <summary>As <see cref="Compute(string, string)"/> with a chosen budget, so tests can force the fallback.</summary>
    internal static IReadOnlyList<DiffSegment> Compute(string before, string after, long budgetSteps)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var output = new SegmentBuilder();
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            output.Add(DiffKind.Unchanged, before);
            return output.Build();
        }

        var budget = new DiffBudget(budgetSteps);
        var ids = new TokenIds();
        var oldLines = DiffTokenizer.Lines(before);
        var newLines = DiffTokenizer.Lines(after);
        var removed = new StringBuilder();
        var added = new StringBuilder();
        foreach (var edit in Myers.Diff(ids.Of(oldLines), ids.Of(newLines), budget))
        {
            switch (edit.Kind)
            {
                case DiffKind.Unchanged:
                    AddChangedLines(removed.ToString(), added.ToString(), output, ids, budget);
                    removed.Clear();
                    added.Clear();
                    output.Add(DiffKind.Unchanged, Join(oldLines, edit));
                    break;
                case DiffKind.Removed:
                    removed.Append(Join(oldLines, edit));
                    break;
                case DiffKind.Added:
                    added.Append(Join(newLines, edit));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown diff kind {edit.Kind}.");
            }
        }

        AddChangedLines(removed.ToString(), added.ToString(), output, ids, budget);
        return output.Build();
    }

    /// <summary>Words inside a run of changed lines.</summary>
    private static void AddChangedLines(string removed, string added, SegmentBuilder output, TokenIds ids, DiffBudget budget)
    {
        if (removed.Length == 0 || added.Length == 0)
        {
            output.Add(DiffKind.Removed, removed);
            output.Add(DiffKind.Added, added);
            return;
        }

        var oldWords = DiffTokenizer.Words(removed);
        var newWords = DiffTokenizer.Words(added);
        var pieces = new List<DiffSegment>();
        foreach (var edit in Myers.Diff(ids.Of(oldWords), ids.Of(newWords), budget))
        {
            pieces.Add(new DiffSegment(edit.Kind, Join(edit.Kind == DiffKind.Added ? newWords : oldWords, edit)));
        }

        pieces = AbsorbLoneWhitespace(pieces);
        if (!HasEnoughInCommon(pieces, removed, added))
        {
            output.Add(DiffKind.Removed, removed);
            output.Add(DiffKind.Added, added);
            return;
        }

        foreach (var piece in pieces)
        {
            output.Add(piece.Kind, piece.Text);
        }
    }

    /// <summary>
    /// A space kept between two changes ("[-röka-][+snusa+] [-och-][+eller+]") splits one edit in
    /// two; count it as removed and added instead, so the change reads as one phrase.
    /// </summary>
    private static List<DiffSegment> AbsorbLoneWhitespace(List<DiffSegment> pieces)
    {
        var result = new List<DiffSegment>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (piece.Kind == DiffKind.Unchanged
                && i > 0 && i < pieces.Count - 1
                && pieces[i - 1].Kind != DiffKind.Unchanged
                && pieces[i + 1].Kind != DiffKind.Unchanged
                && string.IsNullOrWhiteSpace(piece.Text))
            {
                result.Add(piece with { Kind = DiffKind.Removed });
                result.Add(piece with { Kind = DiffKind.Added });
            }
            else
            {
                result.Add(piece);
            }
        }

        return result;
    }

    private static bool HasEnoughInCommon(List<DiffSegment> pieces, string removed, string added)
    {
        var total = CountVisible(removed) + CountVisible(added);
        if (total == 0)
        {
            return true;
        }

        var common = pieces.Where(p => p.Kind == DiffKind.Unchanged).Sum(p => CountVisible(p.Text));
        return 2.0 * common / total >= MinCommonShare;
    }

    private static int CountVisible(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }

    private static string Join(List<string> tokens, Edit edit) =>
        string.Concat(tokens.GetRange(edit.Start, edit.Length));

    /// <summary>Gives equal tokens equal ids, so the diff compares integers.</summary>
    private sealed class TokenIds
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

        public int[] Of(List<string> tokens)
        {
            var result = new int[tokens.Count];
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!_ids.TryGetValue(tokens[i], out var id))
                {
                    id = _ids.Count;
                    _ids.Add(tokens[i], id);
                }

                result[i] = id;
            }

            return result;
        }
    }

    /// <summary>
    /// Collects segments: no empty ones, neighbours of the same kind merged, and within a run of
    /// changes the removed text before the added text.
    /// </summary>
    private sealed class SegmentBuilder
    {
        private readonly List<DiffSegment> _segments = [];
        private readonly StringBuilder _removed = new();
        private readonly StringBuilder _added = new();

        public void Add(DiffKind kind, string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            switch (kind)
            {
                case DiffKind.Removed:
                    _removed.Append(text);
                    break;
                case DiffKind.Added:
                    _added.Append(text);
                    break;
                default:
                    FlushChanges();
                    if (_segments.Count > 0 && _segments[^1].Kind == DiffKind.Unchanged)
                    {
                        _segments[^1] = new DiffSegment(DiffKind.Unchanged, _segments[^1].Text + text);
                    }
                    else
                    {
                        _segments.Add(new DiffSegment(DiffKind.Unchanged, text));
                    }

                    break;
            }
        }

        public List<DiffSegment> Build()
        {
            FlushChanges();
            return _segments;
        }

        private void FlushChanges()
        {
            if (_removed.Length > 0)
            {
                _segments.Add(new DiffSegment(DiffKind.Removed, _removed.ToString()));
                _removed.Clear();
            }

            if (_added.Length > 0)
            {
                _segments.Add(new DiffSegment(DiffKind.Added, _added.ToString()));
                _added.Clear();
            }
        }
    }
}
