using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Halsoportal.Search.Querying;

/// <summary>
/// A filter whose matches are kept as one bit set per segment core, keyed by
/// <paramref name="key"/>. As a random-access filter (<see cref="FilteredQuery"/>) the scorers
/// skip non-matching documents while reading postings, instead of leap-frogging a conjunction with
/// the filter's own postings on every candidate ("sv" matches every document; the resident's
/// scope is a disjunction of three dense terms).
/// </summary>
/// <param name="key">Identifies <paramref name="query"/>: equal keys must mean equal matches.</param>
/// <param name="query">What to match; scores are ignored.</param>
/// <remarks>
/// The bit sets ignore deletes (live documents are applied per search), so they stay valid for
/// the core's lifetime and go away with it. A core keeps at most <see cref="MaxKeysPerSegment"/>
/// of them (one per language and resident scope in practice); beyond that the bits are computed
/// per search.
/// </remarks>
internal sealed class CachedSegmentFilter(string key, Query query) : Filter
{
    /// <summary>Bounds the cache when callers send many distinct scopes (each set costs maxDoc / 8 bytes).</summary>
    internal const int MaxKeysPerSegment = 512;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, FixedBitSet>> Cache = [];

    private readonly string _key = key;
    private readonly Query _query = query;

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var perKey = Cache.GetValue(context.AtomicReader.CoreCacheKey, static _ => new ConcurrentDictionary<string, FixedBitSet>(StringComparer.Ordinal));
        if (!perKey.TryGetValue(_key, out var bits))
        {
            bits = Matches(context);
            if (perKey.Count < MaxKeysPerSegment)
            {
                bits = perKey.GetOrAdd(_key, bits);
            }
        }

        return BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
    }

    public override bool Equals(object? obj) => obj is CachedSegmentFilter other && other._key == _key;

    public override int GetHashCode() => _key.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => $"cached({_key})";

    private FixedBitSet Matches(AtomicReaderContext context)
    {
        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        var iterator = new QueryWrapperFilter(_query).GetDocIdSet(context, acceptDocs: null)?.GetIterator();
        if (iterator is not null)
        {
            bits.Or(iterator);
        }

        return bits;
    }
}
