using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Halsoportal.Search.Querying;

/// <summary>
/// Counts sorted-set doc-value ordinals per segment for a few facet fields, run next to the
/// top-N collector in the same pass (<see cref="MultiCollector"/>). Ordinals are per segment, so
/// counts are turned into strings when the segment is done.
/// </summary>
internal sealed class FacetCountsCollector : ICollector
{
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _totals;
    private readonly SortedSetDocValues?[] _values;
    private readonly int[]?[] _counts;

    public FacetCountsCollector(params string[] fields)
    {
        _fields = fields;
        _totals = [.. fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _values = new SortedSetDocValues?[fields.Length];
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
            var values = context.AtomicReader.GetSortedSetDocValues(_fields[i]);
            _values[i] = values;
            _counts[i] = values is null ? null : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            var values = _values[i];
            if (values is null)
            {
                continue;
            }

            var counts = _counts[i]!;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ord]++;
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
        var bytes = new BytesRef();
        for (var i = 0; i < _fields.Length; i++)
        {
            var values = _values[i];
            var counts = _counts[i];
            if (values is null || counts is null)
            {
                continue;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, bytes);
                    var key = bytes.Utf8ToString();
                    _totals[i][key] = _totals[i].GetValueOrDefault(key) + counts[ord];
                }
            }

            _values[i] = null;
            _counts[i] = null;
        }
    }
}
