using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Web.Features.Shared;

namespace Halsoportal.Web.Features.Discovery;

/// <summary>One language version of a sitemap URL (<c>xhtml:link rel="alternate" hreflang</c>).</summary>
public sealed record SitemapAlternate(string Language, string Path);

/// <summary>One <c>&lt;url&gt;</c>: a canonical path, when it last changed, and its language versions.</summary>
public sealed record SitemapUrl(string Path, DateTime LastModified, IReadOnlyList<SitemapAlternate> Alternates)
{
    public SitemapUrl(string path, DateTime lastModified)
        : this(path, lastModified, [])
    {
    }
}

/// <summary>
/// The URLs of the sitemaps: one for the site itself with national and regional content, one per
/// kommun with what is its own. Only canonical addresses (a national article is listed at
/// <c>/artikel/{slug}</c>, never under a kommun) and only pages that have something on them.
/// </summary>
public sealed class SitemapBuilder(DiscoveryCatalog catalog)
{
    /// <summary>The sitemap of the site itself: <c>/sitemap/{SiteName}.xml</c>. No kommun has this slug.</summary>
    public const string SiteName = "webbplats";

    /// <summary>Home, topics, national and regional articles, the site pages, open data and the API documentation.</summary>
    public async Task<IReadOnlyList<SitemapUrl>> SiteAsync(CancellationToken cancellationToken)
    {
        var articles = await catalog.ArticlesWithoutKommunAsync(cancellationToken);
        var newest = Newest(articles);
        // The open-data page and the API documentation describe what the content is made into, so they change with it.
        var urls = new List<SitemapUrl> { new("/", newest), new("/amne", newest), new("/oppna-data", newest), new("/oppna-data/api", newest) };
        urls.AddRange(await TopicsAsync(articles, null, cancellationToken));
        urls.AddRange(articles.SelectMany(a => ArticleUrls(a, null)));
        urls.AddRange((await catalog.PagesAsync(cancellationToken)).SelectMany(PageUrls));
        return urls;
    }

    /// <summary>
    /// A kommun's start page, always (every kommun has one); its lättläst start page when any lättläst
    /// text is shown there; its topic pages when it has content of its own (otherwise they repeat its
    /// region's); its own articles, contact points and dialogs.
    /// </summary>
    public async Task<IReadOnlyList<SitemapUrl>> KommunAsync(KommunRef kommun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        var visible = await catalog.ArticlesInAsync(kommun, cancellationToken);
        var own = visible.Where(a => a.Scope == ArticleScope.Kommuner).ToList();
        var urls = new List<SitemapUrl> { new($"/{kommun.Slug}", Newest(visible)) };
        // The lättläst start page lists every lättläst text shown in the kommun; with none it is only an empty state.
        var easyRead = visible.Where(a => a.EasyRead is not null).ToList();
        if (easyRead.Count > 0)
        {
            urls.Add(new(EasyRead.EasyReadPaths.Kommun(kommun.Slug), Newest(easyRead)));
        }

        if (own.Count > 0)
        {
            urls.Add(new($"/{kommun.Slug}/amne", Newest(visible)));
            urls.AddRange(await TopicsAsync(visible, kommun, cancellationToken));
            urls.AddRange(own.SelectMany(a => ArticleUrls(a, kommun.Slug)));
        }

        var points = await catalog.ContactPointsAsync(kommun, cancellationToken);
        if (points.Count > 0)
        {
            urls.Add(new($"/{kommun.Slug}/kontakt", points.Max(p => p.UpdatedAt)));
            urls.AddRange(points.Select(p => new SitemapUrl(p.Path, p.UpdatedAt)));
        }

        var dialogs = await catalog.DialogsAsync(kommun, cancellationToken);
        if (dialogs.Count > 0)
        {
            urls.Add(new($"/{kommun.Slug}/dialog", dialogs.Max(d => DialogChanged(d, catalog.Now))));
            foreach (var dialog in dialogs)
            {
                var path = $"/{kommun.Slug}/dialog/{dialog.Survey.Slug}";
                urls.AddRange(DialogUrls(path, dialog.Languages, DialogChanged(dialog, catalog.Now)));
                if (dialog.ResultsPublished)
                {
                    urls.AddRange(DialogUrls($"{path}/resultat", dialog.Languages, dialog.ResultsFrom));
                }
            }
        }

        // The kommun in other languages: the pages its language switch offers, by the same rule.
        var languages = Languages.KommunLanguages.Offered(
            await catalog.AreaLanguagesAsync(kommun, cancellationToken),
            visible.SelectMany(a => a.Translations.Select(t => t.Language)).Concat(dialogs.SelectMany(d => d.Languages)));
        urls.AddRange(languages.Select(l => new SitemapUrl(Languages.LanguagePaths.Kommun(kommun.Slug, l.Language.Code), Newest(visible))));

        return urls;
    }

    /// <summary>When a dialog's public page last changed: it opened, a timeline entry was dated, or its results came out.</summary>
    public static DateTime DialogChanged(ListedDialog dialog, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dates = dialog.Survey.Timeline.Select(t => t.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)).Where(d => d <= now)
            .Append(dialog.Survey.OpensAt);
        return (dialog.ResultsPublished ? dates.Append(dialog.ResultsFrom) : dates).Max();
    }

    // A dialog page and its translations (…/fi), each listing all of them as hreflang alternates, as articles do; a
    // dialog in Swedish only has none.
    private static IEnumerable<SitemapUrl> DialogUrls(string path, IReadOnlyList<string> languages, DateTime changed)
    {
        if (languages.Count == 0)
        {
            return [new SitemapUrl(path, changed)];
        }

        List<SitemapAlternate> alternates =
        [
            new(Halsoportal.Content.Languages.SiteLanguages.SwedishCode, path),
            .. languages.Select(l => new SitemapAlternate(l, $"{path}/{l}")),
        ];
        return alternates.Select(a => new SitemapUrl(a.Path, changed, alternates));
    }

    // A topic page is listed when it shows at least one article.
    private async Task<IEnumerable<SitemapUrl>> TopicsAsync(IReadOnlyList<ListedArticle> articles, KommunRef? kommun, CancellationToken cancellationToken) =>
        (await catalog.TopicsAsync(cancellationToken))
            .Select(t => (Topic: t, Articles: articles.Where(a => a.TopicSlugs.Contains(t.Slug)).ToList()))
            .Where(t => t.Articles.Count > 0)
            .Select(t => new SitemapUrl(Format.TopicUrl(t.Topic.Slug, kommun?.Slug), Newest(t.Articles)));

    // The standard text and the lättläst text are separate pages. hreflang names languages, and lättläst
    // is a reading level of Swedish, so each page lists the language versions at its own reading level
    // (the Swedish standard text and its translations list each other; lättläst stands alone).
    private static IEnumerable<SitemapUrl> ArticleUrls(ListedArticle article, string? kommunSlug) =>
        VersionUrls(
            [new(article.Standard.Language, article.Path(kommunSlug)), .. article.Translations.Select(t => new SitemapAlternate(t.Language, article.Path(kommunSlug, t.Language)))],
            article.EasyRead is null ? null : article.Path(kommunSlug, easyRead: true),
            article.UpdatedAt);

    // A site page's versions, the same way as an article's (only om and integritet have variant addresses).
    private static IEnumerable<SitemapUrl> PageUrls(ListedPage page) =>
        VersionUrls(
            [.. page.Versions.Where(v => !v.IsEasyRead).Select(v => new SitemapAlternate(v.Language, Format.SitePageUrl(page.Slug, v.Language)))],
            page.Versions.Any(v => v.IsEasyRead) ? Format.SitePageUrl(page.Slug, ArticleText.Swedish, easyRead: true) : null,
            page.Updated.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

    private static IEnumerable<SitemapUrl> VersionUrls(List<SitemapAlternate> languages, string? easyReadPath, DateTime modified)
    {
        foreach (var alternate in languages)
        {
            yield return new SitemapUrl(alternate.Path, modified, languages);
        }

        if (easyReadPath is not null)
        {
            yield return new SitemapUrl(easyReadPath, modified, [new(ArticleText.Swedish, easyReadPath)]);
        }
    }

    private static DateTime Newest(IReadOnlyCollection<ListedArticle> articles) =>
        articles.Count == 0 ? DateTime.UnixEpoch : articles.Max(a => a.UpdatedAt);
}
