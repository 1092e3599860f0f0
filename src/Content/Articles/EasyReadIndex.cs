using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Storage;
using Halsoportal.Content.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Articles;

/// <summary>One lättläst text in the list: its own title and ingress, and where it comes from.</summary>
public sealed record EasyReadItem(string Slug, string Title, string Ingress, ArticleScope Scope, string? RegionOrganisation);

/// <summary>The lättläst texts about one topic; <see cref="Topic"/> is null for texts without a topic.</summary>
public sealed record EasyReadGroup(TermRef? Topic, IReadOnlyList<EasyReadItem> Items);

/// <summary>What a kommun's lättläst start page shows.</summary>
public sealed record EasyReadListing(KommunRef Kommun, IReadOnlyList<EasyReadGroup> Groups)
{
    /// <summary>Every text, once each.</summary>
    public int Count => Groups.Sum(g => g.Items.Count);
}

/// <summary>
/// Every published Swedish lättläst text shown in a kommun (its own, its region's and national
/// articles, through <see cref="ArticleVisibility"/>), grouped by topic for the kommun's
/// <c>/{kommun}/lattlast</c> page.
/// </summary>
public sealed class EasyReadIndex(ContentDbContext db, TimeProvider time)
{
    private sealed record Row(string Slug, ArticleScope Scope, string? RegionOrganisation, string Title, string Ingress, List<int> TopicIds);

    /// <summary>
    /// The kommun's lättläst texts. Each text is listed once, under its first topic in the
    /// vocabulary's order (a reader looks for a subject, and a text in three groups reads as three
    /// texts); topics come in that order too, and texts without a topic come last.
    /// </summary>
    public async Task<EasyReadListing> ForKommunAsync(KommunRef kommun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        var now = time.GetUtcNow().UtcDateTime;
        var topics = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == TaxonomyKind.Topic)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => new { t.Id, Ref = new TermRef(t.Slug, t.Name, t.Description) })
            .ToListAsync(cancellationToken);
        var rows = await db.Articles.AsNoTracking()
            .Where(ArticleVisibility.IsPublished(now))
            .Where(ArticleVisibility.IsVisibleIn(kommun.Code, kommun.RegionCode))
            .Where(a => a.Texts.Any(t => t.Language == ArticleText.Swedish && t.IsEasyRead))
            .Select(a => new Row(
                a.Slug,
                a.Scope,
                db.Regions.Where(r => r.Code == a.RegionCode).Select(r => r.OrganisationName).FirstOrDefault(),
                a.Texts.Where(t => t.Language == ArticleText.Swedish && t.IsEasyRead).Select(t => t.Title).First(),
                a.Texts.Where(t => t.Language == ArticleText.Swedish && t.IsEasyRead).Select(t => t.Ingress).First(),
                a.Terms.Where(t => t.Kind == TaxonomyKind.Topic).Select(t => t.Id).ToList()))
            .ToListAsync(cancellationToken);

        var order = topics.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i);
        int? FirstTopic(Row row) => row.TopicIds.Where(order.ContainsKey).Select(id => (int?)order[id]).Min();
        var groups = rows
            .GroupBy(FirstTopic)
            .OrderBy(g => g.Key ?? int.MaxValue)
            .Select(g => new EasyReadGroup(
                g.Key is { } index ? topics[index].Ref : null,
                [.. g.OrderBy(r => r.Title, SwedishText.Comparer).Select(r => new EasyReadItem(r.Slug, r.Title, r.Ingress, r.Scope, r.RegionOrganisation))]))
            .ToList();
        return new EasyReadListing(kommun, groups);
    }
}
