using System.Linq.Expressions;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Rendering;
using Halsoportal.Content.Storage;
using Halsoportal.Content.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Articles;

/// <summary>Reads published articles for residents, always through <see cref="ArticleVisibility"/>.</summary>
public sealed class ArticleService(ContentDbContext db, MarkdownRenderer renderer, TimeProvider time)
{
    private sealed record Row(
        string Slug,
        ArticleScope Scope,
        string? RegionCode,
        string? RegionOrganisation,
        bool IsFeatured,
        DateOnly LastReviewed,
        string Title,
        string Ingress,
        bool HasEasyRead,
        List<int> TermIds);

    /// <summary>The kommun's own, its region's and national articles, optionally for one life situation.</summary>
    public async Task<KommunStart> GetKommunStartAsync(KommunRef kommun, string? lifeSituation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        var terms = await TermsAsync(cancellationToken);
        var filter = Filter(terms, lifeSituation);
        var rows = await RowsAsync(ArticleVisibility.IsVisibleIn(kommun.Code, kommun.RegionCode), cancellationToken);
        var topics = terms.Where(t => t.Kind == TaxonomyKind.Topic)
            .Select(t => new TermCount(Ref(t), rows.Count(r => r.TermIds.Contains(t.Id))))
            .Where(c => c.Count > 0)
            .ToList();
        return new KommunStart(kommun, filter, Group(ApplyFilter(rows, terms, filter)), topics);
    }

    /// <summary>Articles about one topic: those visible in the kommun, or national and regional ones without a kommun.</summary>
    public async Task<TopicListing?> GetTopicAsync(string topicSlug, KommunRef? kommun, string? lifeSituation, CancellationToken cancellationToken)
    {
        var terms = await TermsAsync(cancellationToken);
        var topic = terms.FirstOrDefault(t => t.Kind == TaxonomyKind.Topic && t.Slug == topicSlug);
        if (topic is null)
        {
            return null;
        }

        var filter = Filter(terms, lifeSituation);
        var visible = kommun is null
            ? ArticleVisibility.IsVisibleWithoutKommun()
            : ArticleVisibility.IsVisibleIn(kommun.Code, kommun.RegionCode);
        var rows = (await RowsAsync(visible, cancellationToken)).Where(r => r.TermIds.Contains(topic.Id));
        return new TopicListing(Ref(topic), kommun, filter, Group(ApplyFilter(rows, terms, filter)));
    }

    /// <summary>All terms of one vocabulary in display order.</summary>
    public async Task<IReadOnlyList<TermRef>> GetTermsAsync(TaxonomyKind kind, CancellationToken cancellationToken) =>
        [.. (await GetVocabulariesAsync(cancellationToken))[kind]];

    /// <summary>Every vocabulary in display order, from one query.</summary>
    public async Task<ILookup<TaxonomyKind, TermRef>> GetVocabulariesAsync(CancellationToken cancellationToken) =>
        (await TermsAsync(cancellationToken)).ToLookup(t => t.Kind, Ref);

    /// <summary>Featured national and regional articles for the home page.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> GetFeaturedAsync(CancellationToken cancellationToken) =>
        [.. (await RowsAsync(ArticleVisibility.IsVisibleWithoutKommun(), cancellationToken)).Where(r => r.IsFeatured).Select(Summary)];

    /// <summary>
    /// One article, in a kommun or (national and regional articles only) without one. A local
    /// article asked for without a kommun says which kommun it belongs to.
    /// </summary>
    public Task<ArticleLookup> GetArticleAsync(string slug, KommunRef? kommun, bool easyRead, CancellationToken cancellationToken) =>
        GetArticleAsync(slug, kommun, ArticleText.Swedish, easyRead, cancellationToken);

    /// <summary>
    /// The article's text in <paramref name="language"/> (lättläst exists in Swedish only). When the
    /// article is shown here but has no such text, the lookup says <see cref="ArticleLookupStatus.TextMissing"/>
    /// and lists the versions it does have, so the page can offer them instead of a dead end.
    /// </summary>
    public async Task<ArticleLookup> GetArticleAsync(string slug, KommunRef? kommun, string language, bool easyRead, CancellationToken cancellationToken)
    {
        var query = db.Articles.AsNoTracking().Where(ArticleVisibility.IsPublished(Now)).Where(a => a.Slug == slug);
        if (kommun is not null)
        {
            query = query.Where(ArticleVisibility.IsVisibleIn(kommun.Code, kommun.RegionCode));
        }

        var article = await query
            .Include(a => a.Texts)
            .Include(a => a.Terms)
            .Include(a => a.Kommuner)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return new ArticleLookup(ArticleLookupStatus.NotFound);
        }

        if (kommun is null && article.Scope == ArticleScope.Kommuner)
        {
            var home = article.Kommuner.OrderBy(k => k.Name, SwedishText.Comparer).First();
            return new ArticleLookup(ArticleLookupStatus.BelongsToKommun, KommunSlug: home.Slug);
        }

        var versions = VersionsOf(article);
        var text = article.Texts.FirstOrDefault(t => t.Language == language && t.IsEasyRead == easyRead);
        if (text is null)
        {
            var swedish = article.Texts.FirstOrDefault(t => t.Language == ArticleText.Swedish && !t.IsEasyRead);
            return new ArticleLookup(ArticleLookupStatus.TextMissing, KommunSlug: null)
            {
                Missing = swedish is null ? null : new MissingText(article.Slug, swedish.Title, versions),
            };
        }

        var region = article.RegionCode is null ? null : await db.Regions.AsNoTracking().Where(r => r.Code == article.RegionCode).Select(r => r.OrganisationName).FirstAsync(cancellationToken);
        var image = article.ImageMediaId is { } imageId ? await db.MediaItems.AsNoTracking().FirstOrDefaultAsync(m => m.Id == imageId, cancellationToken) : null;
        var addition = kommun is null || article.Scope == ArticleScope.Kommuner ? null : await db.LocalAdditions.AsNoTracking()
            .Where(l => l.ArticleId == article.Id && l.KommunCode == kommun.Code && l.PublishedAt != null && l.PublishedAt <= Now)
            .FirstOrDefaultAsync(cancellationToken);
        return new ArticleLookup(ArticleLookupStatus.Found, new ArticleView(
            article.Slug,
            text.Title,
            text.Ingress,
            renderer.Render(text.Body),
            easyRead,
            article.Texts.Any(t => t.Language == ArticleText.Swedish && t.IsEasyRead),
            article.Scope,
            region,
            [.. article.Kommuner.Select(k => k.Name).Order(SwedishText.Comparer)],
            [.. article.Terms.Where(t => t.Kind == TaxonomyKind.Topic).OrderBy(t => t.SortOrder).Select(Ref)],
            [.. article.Terms.Where(t => t.Kind == TaxonomyKind.LifeSituation).OrderBy(t => t.SortOrder).Select(Ref)],
            article.LastReviewed,
            article.NextReview,
            article.ResponsibleUnit,
            image,
            addition is null || easyRead ? null : new LocalAdditionView(kommun!.Name, addition.Heading!, renderer.Render(addition.Body!), addition.LastReviewed, addition.NextReview))
        {
            PublishedAt = article.PublishedAt!.Value,
            UpdatedAt = article.UpdatedAt,
            Language = text.Language,
            Versions = versions,
        });
    }

    private static IReadOnlyList<ArticleVersionRef> VersionsOf(Article article) =>
        ArticleVersionRef.Ordered(article.Texts.Select(t => new ArticleVersionRef(t.Language, t.IsEasyRead)));

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task<List<TaxonomyTerm>> TermsAsync(CancellationToken cancellationToken) =>
        await db.TaxonomyTerms.AsNoTracking().Where(t => TaxonomyKinds.ForArticles.Contains(t.Kind)).OrderBy(t => t.Kind).ThenBy(t => t.SortOrder).ToListAsync(cancellationToken);

    private async Task<List<Row>> RowsAsync(Expression<Func<Article, bool>> visible, CancellationToken cancellationToken)
    {
        var rows = await db.Articles.AsNoTracking()
            .Where(ArticleVisibility.IsPublished(Now))
            .Where(visible)
            .Select(a => new Row(
                a.Slug,
                a.Scope,
                a.RegionCode,
                db.Regions.Where(r => r.Code == a.RegionCode).Select(r => r.OrganisationName).FirstOrDefault(),
                a.IsFeatured,
                a.LastReviewed,
                a.Texts.Where(t => t.Language == ArticleText.Swedish && !t.IsEasyRead).Select(t => t.Title).First(),
                a.Texts.Where(t => t.Language == ArticleText.Swedish && !t.IsEasyRead).Select(t => t.Ingress).First(),
                a.Texts.Any(t => t.IsEasyRead),
                a.Terms.Select(t => t.Id).ToList()))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.IsFeatured).ThenBy(r => r.Title, SwedishText.Comparer)];
    }

    private static LifeSituationFilter Filter(List<TaxonomyTerm> terms, string? requested)
    {
        var options = terms.Where(t => t.Kind == TaxonomyKind.LifeSituation).Select(Ref).ToList();
        if (string.IsNullOrWhiteSpace(requested))
        {
            return new LifeSituationFilter(options, null, null);
        }

        var selected = options.FirstOrDefault(o => o.Slug == requested);
        return new LifeSituationFilter(options, selected, selected is null ? requested : null);
    }

    private static IEnumerable<Row> ApplyFilter(IEnumerable<Row> rows, List<TaxonomyTerm> terms, LifeSituationFilter filter)
    {
        if (filter.Selected is null)
        {
            return rows;
        }

        var id = terms.First(t => t.Kind == TaxonomyKind.LifeSituation && t.Slug == filter.Selected.Slug).Id;
        return rows.Where(r => r.TermIds.Contains(id));
    }

    /// <summary>Own kommun first, then region, then national: the order residents read them in.</summary>
    private static List<ArticleGroup> Group(IEnumerable<Row> rows) =>
        [.. rows.GroupBy(r => (r.Scope, r.RegionOrganisation))
            .OrderByDescending(g => g.Key.Scope)
            .ThenBy(g => g.Key.RegionOrganisation, SwedishText.Comparer)
            .Select(g => new ArticleGroup(g.Key.Scope, g.Key.RegionOrganisation, [.. g.Select(Summary)]))];

    private static ArticleSummary Summary(Row r) =>
        new(r.Slug, r.Title, r.Ingress, r.Scope, r.RegionOrganisation, r.HasEasyRead, r.IsFeatured, r.LastReviewed);

    private static TermRef Ref(TaxonomyTerm t) => new(t.Slug, t.Name, t.Description);
}
