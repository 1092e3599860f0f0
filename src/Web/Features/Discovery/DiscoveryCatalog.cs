using System.Linq.Expressions;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Storage;
using Halsoportal.Content.Taxonomy;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Dialog;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Web.Features.Discovery;

/// <summary>One text of a listed article.</summary>
public sealed record ListedText(string Language, bool IsEasyRead, string Title, string Ingress);

/// <summary>A published article as sitemaps and feeds see it.</summary>
public sealed record ListedArticle(
    int Id,
    string Slug,
    ArticleScope Scope,
    IReadOnlyList<string> KommunCodes,
    IReadOnlyList<string> TopicSlugs,
    IReadOnlyList<ListedText> Texts,
    DateTime PublishedAt,
    DateTime UpdatedAt,
    string ResponsibleUnit)
{
    /// <summary>The Swedish standard text every article has.</summary>
    public ListedText Standard => Texts.First(t => t.Language == ArticleText.Swedish && !t.IsEasyRead);

    /// <summary>The lättläst text, when there is one (the article page shows only Swedish texts).</summary>
    public ListedText? EasyRead => Texts.FirstOrDefault(t => t.Language == ArticleText.Swedish && t.IsEasyRead);

    /// <summary>The article's address in <paramref name="kommunSlug"/>, or at /artikel/ for national and regional articles.</summary>
    public string Path(string? kommunSlug, bool easyRead = false) =>
        Shared.Format.ArticleUrl(Slug, Scope == ArticleScope.Kommuner ? kommunSlug : null, easyRead);

    /// <summary>The translations (standard texts in other languages than Swedish) that have an address on the site.</summary>
    public IEnumerable<ListedText> Translations =>
        Texts.Where(t => !t.IsEasyRead && Halsoportal.Content.Languages.SiteLanguages.IsTranslation(t.Language));

    /// <summary>The address of a text in <paramref name="language"/> (Swedish standard or a translation).</summary>
    public string Path(string? kommunSlug, string language) =>
        Shared.Format.ArticleUrl(Slug, Scope == ArticleScope.Kommuner ? kommunSlug : null, language);
}

/// <summary>A published contact point.</summary>
public sealed record ListedContactPoint(string Path, DateTime UpdatedAt);

/// <summary>A dialog residents can open, and whether its results are public.</summary>
/// <param name="Survey">The Swedish survey.</param>
/// <param name="ResultsPublished">The public results page shows results.</param>
/// <param name="ResultsFrom">From when it does.</param>
/// <param name="Languages">The complete translations with an address on the site (the dialog's pages exist in them), in the site's order.</param>
public sealed record ListedDialog(Survey Survey, bool ResultsPublished, DateTime ResultsFrom, IReadOnlyList<string> Languages);

/// <summary>A site page (om, integritet, tillgänglighetsredogörelse) and the versions residents can open.</summary>
public sealed record ListedPage(string Slug, DateOnly Updated, IReadOnlyList<ArticleVersionRef> Versions);

/// <summary>
/// What residents can open right now, read through the same rules the pages use
/// (<see cref="ArticleVisibility"/>, published contact points, <see cref="DialogStage"/>):
/// sitemaps and feeds never list a page that would answer 404.
/// </summary>
public sealed class DiscoveryCatalog(ContentDbContext db, SurveyService surveys, TimeProvider time)
{
    /// <summary>The site pages the public route answers (SitePages/SitePage.cshtml).</summary>
    public static readonly IReadOnlyList<string> SitePageSlugs = ["om", "integritet", "tillganglighetsredogorelse"];

    public DateTime Now { get; } = time.GetUtcNow().UtcDateTime;

    /// <summary>Published articles shown without a kommun: national and regional.</summary>
    public Task<IReadOnlyList<ListedArticle>> ArticlesWithoutKommunAsync(CancellationToken cancellationToken) =>
        ArticlesAsync(ArticleVisibility.IsVisibleWithoutKommun(), cancellationToken);

    /// <summary>Published articles shown in <paramref name="kommun"/>: national, its region's and its own.</summary>
    public Task<IReadOnlyList<ListedArticle>> ArticlesInAsync(KommunRef kommun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        return ArticlesAsync(ArticleVisibility.IsVisibleIn(kommun.Code, kommun.RegionCode), cancellationToken);
    }

    /// <summary>The topics, in display order.</summary>
    public async Task<IReadOnlyList<TermRef>> TopicsAsync(CancellationToken cancellationToken) =>
        await db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == TaxonomyKind.Topic).OrderBy(t => t.SortOrder)
            .Select(t => new TermRef(t.Slug, t.Name, t.Description)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ListedContactPoint>> ContactPointsAsync(KommunRef kommun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        var rows = await db.ContactPoints.AsNoTracking()
            .Where(c => c.PublishedData != null && c.KommunCode == kommun.Code)
            .Select(c => new { c.Slug, c.UpdatedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Slug, StringComparer.Ordinal).Select(r => new ListedContactPoint($"/{kommun.Slug}/kontakt/{r.Slug}", r.UpdatedAt))];
    }

    /// <summary>The kommun's dialogs that have opened, newest first.</summary>
    public async Task<IReadOnlyList<ListedDialog>> DialogsAsync(KommunRef kommun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        // With questions and translations, in one go: whether results are public and which translations are complete need them.
        return [.. DialogStage.Public(await surveys.ListAsync(kommun.Code, cancellationToken), Now)
            .Select(s => new ListedDialog(s, DialogStage.ResultsPublished(s, Now), DialogStage.ResultsFrom(s),
                [.. DialogLanguages.Choices(s, "", null).Skip(1).Select(c => c.Language)]))];
    }

    /// <summary>The minority languages of the förvaltningsområden the kommun is in (codes).</summary>
    public Task<IReadOnlyList<string>> AreaLanguagesAsync(KommunRef kommun, CancellationToken cancellationToken) =>
        new TranslationIndex(db, time).AreaLanguagesAsync(kommun, cancellationToken);

    public async Task<IReadOnlyList<ListedPage>> PagesAsync(CancellationToken cancellationToken)
    {
        var pages = await db.Pages.AsNoTracking().Where(p => SitePageSlugs.Contains(p.Slug))
            .Select(p => new { p.Slug, p.Updated, Texts = p.Texts.Select(t => new ArticleVersionRef(t.Language, t.IsEasyRead)).ToList() })
            .ToListAsync(cancellationToken);
        return [.. pages.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new ListedPage(
            p.Slug,
            p.Updated,
            ArticleVersionRef.Ordered([new(ArticleText.Swedish, false), .. (Halsoportal.Content.Pages.Page.WithVariants.Contains(p.Slug) ? p.Texts : [])])))];
    }

    private async Task<IReadOnlyList<ListedArticle>> ArticlesAsync(Expression<Func<Article, bool>> visible, CancellationToken cancellationToken)
    {
        var rows = await db.Articles.AsNoTracking()
            .Where(ArticleVisibility.IsPublished(Now))
            .Where(visible)
            .Select(a => new
            {
                a.Id,
                a.Slug,
                a.Scope,
                Kommuner = a.Kommuner.Select(k => k.Code).ToList(),
                Topics = a.Terms.Where(t => t.Kind == TaxonomyKind.Topic).Select(t => t.Slug).ToList(),
                Texts = a.Texts.Select(t => new ListedText(t.Language, t.IsEasyRead, t.Title, t.Ingress)).ToList(),
                a.PublishedAt,
                a.UpdatedAt,
                a.ResponsibleUnit,
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new ListedArticle(r.Id, r.Slug, r.Scope, r.Kommuner, r.Topics, r.Texts, r.PublishedAt!.Value, r.UpdatedAt, r.ResponsibleUnit))
            .OrderByDescending(a => a.UpdatedAt)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)];
    }
}
