using System.Runtime.CompilerServices;
using Halsoportal.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace Halsoportal.Search.Querying;

/// <summary>
/// Multiplies each hit's score by how local the item is: the resident's kommun first, then the
/// region, national items unchanged. Runs after the scope filter, so a kommun-level hit is always
/// one of the resident's kommun.
/// </summary>
/// <remarks>
/// Every scored hit needs its level, so a segment's levels are read once into one byte per
/// document and cached per segment core (released with it). The index never updates doc values in
/// place, so a core's levels never change.
/// </remarks>
internal sealed class ScopeBoostQuery(Query subQuery, float kommunBoost, float regionBoost) : CustomScoreQuery(subQuery)
{
    private static readonly ConditionalWeakTable<object, byte[]> LevelsByCore = [];

    private readonly float _kommunBoost = kommunBoost;
    private readonly float _regionBoost = regionBoost;

    public override string Name => "scope";

    protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) =>
        new ScopeScoreProvider(context, Levels(context.AtomicReader), _kommunBoost, _regionBoost);

    public override bool Equals(object? obj) =>
        obj is ScopeBoostQuery other && base.Equals(other) && other._kommunBoost == _kommunBoost && other._regionBoost == _regionBoost;

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), _kommunBoost, _regionBoost);

    /// <summary>Each document's <see cref="SearchScopeLevel"/> (0 for a value that is none); null when the segment has no levels.</summary>
    internal static byte[]? Levels(AtomicReader reader)
    {
        if (LevelsByCore.TryGetValue(reader.CoreCacheKey, out var cached))
        {
            return cached.Length == 0 ? null : cached;
        }

        var values = reader.GetNumericDocValues(SearchFields.ScopeLevel);
        var levels = values is null ? [] : new byte[reader.MaxDoc];
        for (var doc = 0; doc < levels.Length; doc++)
        {
            var level = values!.Get(doc);
            levels[doc] = level is >= 0 and <= byte.MaxValue ? (byte)level : (byte)0;
        }

        levels = LevelsByCore.GetValue(reader.CoreCacheKey, _ => levels);
        return levels.Length == 0 ? null : levels;
    }

    private sealed class ScopeScoreProvider(AtomicReaderContext context, byte[]? levels, float kommunBoost, float regionBoost)
        : CustomScoreProvider(context)
    {
        public override float CustomScore(int doc, float subQueryScore, float valSrcScore)
        {
            var level = levels is null ? (byte)SearchScopeLevel.National : levels[doc];
            return level switch
            {
                (byte)SearchScopeLevel.Kommun => subQueryScore * kommunBoost,
                (byte)SearchScopeLevel.Region => subQueryScore * regionBoost,
                _ => subQueryScore,
            };
        }
    }
}
