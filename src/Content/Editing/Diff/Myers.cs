namespace Halsoportal.Content.Editing.Diff;

/// <summary>A run in an edit script: <see cref="Start"/> indexes the older sequence for Unchanged and Removed, the newer for Added.</summary>
internal readonly record struct Edit(DiffKind Kind, int Start, int Length);

/// <summary>
/// How much work a diff may still do, shared by every level of one diff. When it runs out the
/// remaining differences are reported as one removal and one addition: still exact, just coarse.
/// </summary>
internal sealed class DiffBudget(long steps)
{
    public long Remaining { get; private set; } = steps;

    public bool IsSpent => Remaining <= 0;

    public void Spend(long steps) => Remaining -= steps;

    /// <summary>Spends <paramref name="steps"/>; false when nothing is left.</summary>
    public bool TrySpend(long steps)
    {
        Spend(steps);
        return !IsSpent;
    }
}

/// <summary>
/// Myers' greedy O((N+M)·D) shortest edit script (Myers 1986, "An O(ND) difference algorithm"),
/// written from the paper: walk the furthest-reaching path on each diagonal for growing edit
/// distance D, keep each round's frontier, then trace the path back from the end. The common
/// prefix and suffix are taken off first, which covers most edits of a text (one changed word).
/// Memory grows with D², so the search stops when the budget or <see cref="MaxDistance"/> is hit
/// and reports what is left as replaced.
/// </summary>
internal static class Myers
{
    /// <summary>Beyond this many differing tokens the texts have little in common anyway.</summary>
    private const int MaxDistance = 4000;

    public static List<Edit> Diff(int[] older, int[] newer, DiffBudget budget)
    {
        var edits = new List<Edit>();
        int aLo = 0, bLo = 0, aHi = older.Length, bHi = newer.Length;
        while (aLo < aHi && bLo < bHi && older[aLo] == newer[bLo])
        {
            aLo++;
            bLo++;
        }

        var prefix = aLo;
        while (aHi > aLo && bHi > bLo && older[aHi - 1] == newer[bHi - 1])
        {
            aHi--;
            bHi--;
        }

        Add(edits, DiffKind.Unchanged, 0, prefix);
        var frontiers = Search(older, aLo, aHi, newer, bLo, bHi, budget);
        if (frontiers is null)
        {
            Add(edits, DiffKind.Removed, aLo, aHi - aLo);
            Add(edits, DiffKind.Added, bLo, bHi - bLo);
        }
        else
        {
            foreach (var edit in TraceBack(frontiers, aLo, aHi - aLo, bLo, bHi - bLo))
            {
                Add(edits, edit.Kind, edit.Start, edit.Length);
            }
        }

        Add(edits, DiffKind.Unchanged, aHi, older.Length - aHi);
        return edits;
    }

    /// <summary>
    /// The frontier after each edit distance d: for diagonal k = x − y (stored at k + d), the
    /// furthest x reached with d edits. Null when the budget runs out first.
    /// </summary>
    private static List<int[]>? Search(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi, DiffBudget budget)
    {
        int n = aHi - aLo, m = bHi - bLo;
        var frontiers = new List<int[]>();
        var previous = new[] { 0 };
        for (var d = 0; d <= Math.Min(n + m, MaxDistance); d++)
        {
            var current = new int[(2 * d) + 1];
            long work = 0;
            for (var k = -d; k <= d; k += 2)
            {
                // Come down from diagonal k+1 (an insertion) or across from k−1 (a deletion), whichever reached further.
                int x;
                if (d == 0)
                {
                    x = 0;
                }
                else if (k == -d || (k != d && previous[k - 1 + (d - 1)] < previous[k + 1 + (d - 1)]))
                {
                    x = previous[k + 1 + (d - 1)];
                }
                else
                {
                    x = previous[k - 1 + (d - 1)] + 1;
                }

                var y = x - k;
                var from = x;
                while (x < n && y < m && a[aLo + x] == b[bLo + y])
                {
                    x++;
                    y++;
                }

                work += x - from + 1;
                current[k + d] = x;
                if (x >= n && y >= m)
                {
                    frontiers.Add(current);
                    return frontiers;
                }
            }

            frontiers.Add(current);
            previous = current;
            if (!budget.TrySpend(work + current.Length))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Walks from (n, m) back to (0, 0) through the stored frontiers and returns the edits in order.</summary>
    private static List<Edit> TraceBack(List<int[]> frontiers, int aLo, int n, int bLo, int m)
    {
        var reversed = new List<Edit>();
        int x = n, y = m;
        for (var d = frontiers.Count - 1; d > 0; d--)
        {
            var previous = frontiers[d - 1];
            var k = x - y;
            var down = k == -d || (k != d && previous[k - 1 + (d - 1)] < previous[k + 1 + (d - 1)]);
            var prevK = down ? k + 1 : k - 1;
            var prevX = previous[prevK + (d - 1)];
            var prevY = prevX - prevK;

            // The snake after the edit: equal tokens from the edit's end to (x, y).
            var startX = down ? prevX : prevX + 1;
            var snake = x - startX;
            reversed.Add(new Edit(DiffKind.Unchanged, aLo + startX, snake));
            reversed.Add(down ? new Edit(DiffKind.Added, bLo + prevY, 1) : new Edit(DiffKind.Removed, aLo + prevX, 1));
            x = prevX;
            y = prevY;
        }

        // d = 0: only equal tokens from the start.
        reversed.Add(new Edit(DiffKind.Unchanged, aLo, x));
        reversed.Reverse();
        return reversed;
    }

    private static void Add(List<Edit> edits, DiffKind kind, int start, int length)
    {
        if (length == 0)
        {
            return;
        }

        if (edits.Count > 0 && edits[^1] is var last && last.Kind == kind && last.Start + last.Length == start)
        {
            edits[^1] = last with { Length = last.Length + length };
        }
        else
        {
            edits.Add(new Edit(kind, start, length));
        }
    }
}
