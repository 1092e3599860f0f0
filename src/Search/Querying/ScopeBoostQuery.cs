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
internal sealed class ScopeBoostQuery(Query subQuery, float kommunBoost, float regionBoost) : CustomScoreQuery(subQuery)
{
    private readonly float _kommunBoost = kommunBoost;
    private readonly float _regionBoost = regionBoost;

    public override string Name => "scope";

    protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) =>
        new ScopeScoreProvider(context, context.AtomicReader.GetNumericDocValues(SearchFields.ScopeLevel), _kommunBoost, _regionBoost);

    public override bool Equals(object? obj) =>
        obj is ScopeBoostQuery other && base.Equals(other) && other._kommunBoost == _kommunBoost && other._regionBoost == _regionBoost;

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), _kommunBoost, _regionBoost);

    private sealed class ScopeScoreProvider(AtomicReaderContext context, NumericDocValues? levels, float kommunBoost, float regionBoost)
        : CustomScoreProvider(context)
    {
        public override float CustomScore(int doc, float subQueryScore, float valSrcScore)
        {
            var level = levels?.Get(doc) ?? (long)SearchScopeLevel.National;
            return level switch
            {
                (long)SearchScopeLevel.Kommun => subQueryScore * kommunBoost,
                (long)SearchScopeLevel.Region => subQueryScore * regionBoost,
                _ => subQueryScore,
            };
        }
    }
}
