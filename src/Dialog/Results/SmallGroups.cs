namespace Halsoportal.Dialog.Results;

/// <summary>
/// The suppression rule. Primary: a group with fewer respondents than the threshold is hidden
/// (an empty group too, so "färre än 5" never tells 0 from 1–4). Complementary: totals stay
/// visible, so the hidden groups together could be worked out as total minus the visible ones;
/// therefore, while the hidden groups together have at least one and fewer than threshold
/// respondents, the smallest visible group is hidden as well. What can be subtracted out is
/// then always a set of at least threshold people.
/// </summary>
public static class SmallGroups
{
    /// <summary>The default threshold.</summary>
    public const int DefaultThreshold = 5;

    /// <summary>Indexes of the groups (by size) to hide.</summary>
    public static IReadOnlySet<int> Suppressed(IReadOnlyList<int> sizes, int threshold)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var hidden = new HashSet<int>();
        var hiddenTotal = 0;
        for (var i = 0; i < sizes.Count; i++)
        {
            if (sizes[i] < threshold)
            {
                hidden.Add(i);
                hiddenTotal += sizes[i];
            }
        }

        while (hiddenTotal > 0 && hiddenTotal < threshold)
        {
            var next = -1;
            for (var i = 0; i < sizes.Count; i++)
            {
                if (!hidden.Contains(i) && (next < 0 || sizes[i] < sizes[next]))
                {
                    next = i;
                }
            }

            if (next < 0)
            {
                break;
            }

            hidden.Add(next);
            hiddenTotal += sizes[next];
        }

        return hidden;
    }
}
