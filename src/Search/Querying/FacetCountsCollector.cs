using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Halsoportal.Search.Querying;

/// <summary>
/// Counts facet values per segment for a few fields, run next to the top-N collector in the same
/// pass (<see cref="MultiCollector"/>). Reads each segment's ordinals from the decoded
/// <see cref="FacetOrdinals"/>, so a hit costs a few array reads per field; ordinals are per
/// segment, so counts are turned into strings when the segment is done.
/// </summary>
internal sealed class FacetCountsCollector : ICollector
{
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _totals;
    private readonly FacetOrdinals?[] _ordinals;
    private readonly int[]?[] _counts;

    public FacetCountsCollector(params string[] fields)
    {
        _fields = fields;
        _totals = [.. fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _ordinals = new FacetOrdinals?[fields.Length];
        _counts = new int[]?[fields.Length];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Counting needs no scores.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < _fields.Length; i++)
        {
            var ordinals = FacetOrdinals.For(context.AtomicReader, _fields[i]);
            _ordinals[i] = ordinals.Values.Length == 0 ? null : ordinals;
            _counts[i] = ordinals.Values.Length == 0 ? null : new int[ordinals.Values.Length];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _ordinals.Length; i++)
        {
            var ordinals = _ordinals[i];
            if (ordinals is null)
            {
                continue;
            }

            var counts = _counts[i]!;
            if (ordinals.Single is { } single)
            {
                var ord = single[doc];
                if (ord >= 0)
                {
                    counts[ord]++;
                }

                continue;
            }

            var all = ordinals.Ordinals!;
            var end = ordinals.Starts![doc + 1];
            for (var j = ordinals.Starts[doc]; j < end; j++)
            {
                counts[all[j]]++;
            }
        }
    }

    /// <summary>Counts for field <paramref name="index"/>, highest first, then by value.</summary>
    public IReadOnlyList<FacetCount> Counts(int index)
    {
        FlushSegment();
        return [.. _totals[index]
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new FacetCount(pair.Key, pair.Value))];
    }

    private void FlushSegment()
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            var ordinals = _ordinals[i];
            var counts = _counts[i];
            if (ordinals is null || counts is null)
            {
                continue;
            }

            var totals = _totals[i];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    var key = ordinals.Values[ord];
                    totals[key] = totals.GetValueOrDefault(key) + counts[ord];
                }
            }

            _ordinals[i] = null;
            _counts[i] = null;
        }
    }
}
