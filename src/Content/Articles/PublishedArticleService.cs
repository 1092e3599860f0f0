using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Media;
using Halsoportal.Content.Storage;
using Halsoportal.Content.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Articles;

/// <summary>
/// Which published articles to list. Every filter narrows the list; a list filter (topics, life
/// situations) matches an article that carries any of its values.
/// </summary>
public sealed record PublishedArticleFilter
{
    /// <summary>Visible to residents of this kommun: its own, its region's and national articles.</summary>
    public KommunRef? VisibleIn { get; init; }

    /// <summary>Belonging to this län: its regional articles and those of its kommuner (not national ones).</summary>
    public string? RegionCode { get; init; }

    public ArticleScope? Scope { get; init; }

    /// <summary>Topic slugs; any of them.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Life-situation slugs; any of them.</summary>
    public IReadOnlyList<string> LifeSituations { get; init; } = [];

    /// <summary>Only articles with a text in this language (BCP 47) and reading level.</summary>
    public string? Language { get; init; }

    /// <summary>Only articles with a lättläst text (in <see cref="Language"/>, Swedish when null).</summary>
    public bool EasyRead { get; init; }

    /// <summary>Only articles published or changed at or after this instant (UTC).</summary>
    public DateTime? UpdatedSinceUtc { get; init; }
}

/// <summary>One page of published articles, newest change first, and how many match in all.</summary>
public sealed record PublishedArticlePage(IReadOnlyList<Article> Articles, int TotalCount);

/// <summary>
/// Reads published articles by id and by filter for the delivery API, always through
/// <see cref="ArticleVisibility"/>. Articles come back untracked with their texts, terms and kommuner.
/// </summary>
public sealed class PublishedArticleService(ContentDbContext db, TimeProvider time)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Articles matching <paramref name="filter"/>, ordered by last change (newest first) and then
    /// id, so paging is stable while nothing is published in between.
    /// </summary>
    public async Task<PublishedArticlePage> ListAsync(PublishedArticleFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = Filtered(filter);
        var total = await query.CountAsync(cancellationToken);
        var ids = await query.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).Skip(skip).Take(take).Select(a => a.Id).ToListAsync(cancellationToken);
        var articles = await Loaded(db.Articles.Where(a => ids.Contains(a.Id))).ToListAsync(cancellationToken);
        return new PublishedArticlePage([.. articles.OrderBy(a => ids.IndexOf(a.Id))], total);
    }

    /// <summary>The published article with this id, or null (unknown, draft, scheduled or taken down).</summary>
    public async Task<Article?> FindAsync(int id, CancellationToken cancellationToken) =>
        await Loaded(db.Articles.Where(ArticleVisibility.IsPublished(Now)).Where(a => a.Id == id)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether the article is one that residents of <paramref name="kommun"/> see.</summary>
    public async Task<bool> IsVisibleInAsync(int id, KommunRef kommun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        return await db.Articles.Where(a => a.Id == id).Where(ArticleVisibility.IsVisibleIn(kommun.Code, kommun.RegionCode)).AnyAsync(cancellationToken);
    }

    /// <summary>The kommun's published lokalt tillägg to the article, or null.</summary>
    public async Task<LocalAddition?> LocalAdditionAsync(int articleId, string kommunCode, CancellationToken cancellationToken)
    {
        var now = Now;
        return await db.LocalAdditions.AsNoTracking()
            .Where(l => l.ArticleId == articleId && l.KommunCode == kommunCode && l.PublishedAt != null && l.PublishedAt <= now && l.Heading != null && l.Body != null)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The languages (BCP 47) that published articles have texts in, ordered.</summary>
    public async Task<IReadOnlyList<string>> LanguagesAsync(CancellationToken cancellationToken) =>
        await db.Articles.AsNoTracking().Where(ArticleVisibility.IsPublished(Now))
            .SelectMany(a => a.Texts.Select(t => t.Language)).Distinct().OrderBy(l => l).ToListAsync(cancellationToken);

    /// <summary>How many published articles carry each term, by term id.</summary>
    public async Task<IReadOnlyDictionary<int, int>> CountByTermAsync(CancellationToken cancellationToken)
    {
        var pairs = await db.Articles.AsNoTracking().Where(ArticleVisibility.IsPublished(Now))
            .SelectMany(a => a.Terms.Select(t => t.Id))
            .GroupBy(id => id)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return pairs.ToDictionary(p => p.Id, p => p.Count);
    }

    /// <summary>The terms of one vocabulary with their ids, in display order.</summary>
    public async Task<IReadOnlyList<TaxonomyTerm>> TermsAsync(TaxonomyKind kind, CancellationToken cancellationToken) =>
        await db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == kind).OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(cancellationToken);

    /// <summary>The media items with these ids.</summary>
    public async Task<IReadOnlyDictionary<int, MediaItem>> MediaAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<int, MediaItem>();
        }

        var items = await db.MediaItems.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        return items.ToDictionary(m => m.Id);
    }

    private IQueryable<Article> Filtered(PublishedArticleFilter filter)
    {
        var query = db.Articles.AsNoTracking().Where(ArticleVisibility.IsPublished(Now));
        if (filter.VisibleIn is { } kommun)
        {
            query = query.Where(ArticleVisibility.IsVisibleIn(kommun.Code, kommun.RegionCode));
        }

        if (filter.RegionCode is { } region)
        {
            query = query.Where(a => (a.Scope == ArticleScope.Region && a.RegionCode == region)
                || (a.Scope == ArticleScope.Kommuner && a.Kommuner.Any(k => k.RegionCode == region)));
        }

        if (filter.Scope is { } scope)
        {
            query = query.Where(a => a.Scope == scope);
        }

        if (filter.Topics.Count > 0)
        {
            var topics = filter.Topics.ToList();
            query = query.Where(a => a.Terms.Any(t => t.Kind == TaxonomyKind.Topic && topics.Contains(t.Slug)));
        }

        if (filter.LifeSituations.Count > 0)
        {
            var situations = filter.LifeSituations.ToList();
            query = query.Where(a => a.Terms.Any(t => t.Kind == TaxonomyKind.LifeSituation && situations.Contains(t.Slug)));
        }

        if (filter.Language is not null || filter.EasyRead)
        {
            var language = filter.Language ?? ArticleText.Swedish;
            var easyRead = filter.EasyRead;
            query = query.Where(a => a.Texts.Any(t => t.Language == language && t.IsEasyRead == easyRead));
        }

        if (filter.UpdatedSinceUtc is { } since)
        {
            query = query.Where(a => a.UpdatedAt >= since);
        }

        return query;
    }

    private static IQueryable<Article> Loaded(IQueryable<Article> articles) =>
        articles.AsNoTracking().Include(a => a.Texts).Include(a => a.Terms).Include(a => a.Kommuner).AsSplitQuery();
}
