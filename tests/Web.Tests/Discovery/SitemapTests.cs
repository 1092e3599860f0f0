using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Storage;
using Halsoportal.Content.Taxonomy;
using Halsoportal.Content.Languages;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Discovery;

/// <summary>The sitemap index and its sitemaps: every URL residents can open, and nothing else.</summary>
public sealed class SitemapTests(DiscoverySite fixture) : IClassFixture<DiscoverySite>, IAsyncLifetime
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private readonly HttpClient _client = fixture.Client;

    private string _origin = "";

    public async Task InitializeAsync() => _origin = await SiteOrigin.GetAsync(_client);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Index_ListsTheSiteAndEveryKommun_WithAbsoluteUrls()
    {
        var index = await GetXmlAsync("/sitemap.xml");

        Assert.Equal(Sm + "sitemapindex", index.Root!.Name);
        var locs = index.Root.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value).ToList();
        Assert.Equal(291, locs.Count);
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.Contains($"{_origin}/sitemap/webbplats.xml", locs);
        Assert.Contains($"{_origin}/sitemap/sundsvall.xml", locs);
        Assert.Contains($"{_origin}/sitemap/haabo.xml", locs);
        Assert.All(locs, l => Assert.StartsWith($"{_origin}/sitemap/", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sitemaps_ListExactlyThePublishedUrls_WithValidLastmod()
    {
        var listed = await ListAllAsync();

        var expected = await ExpectedAsync();
        Assert.Equal(listed.Count, listed.Select(u => u.Loc).Distinct().Count());
        var missing = expected.Except(listed.Select(u => u.Loc)).Order(StringComparer.Ordinal).ToList();
        var extra = listed.Select(u => u.Loc).Except(expected).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0, $"missing: {string.Join(", ", missing)}\nextra: {string.Join(", ", extra)}");
        Assert.All(listed, u => Assert.True(
            DateTimeOffset.TryParseExact(u.LastMod, ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssZ"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            && date <= DiscoverySite.Now, $"{u.Loc}: lastmod {u.LastMod}"));
    }

    [Fact]
    public async Task EveryListedUrl_AnswersOk()
    {
        var listed = await ListAllAsync();

        var failures = new List<string>();
        foreach (var url in listed)
        {
            var response = await _client.GetAsync(new Uri(url.Loc));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{url.Loc} {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
        Assert.Empty(fixture.Site.Problems);
    }

    [Fact]
    public async Task Sundsvall_ListsItsDialogsOnlyOnceOpen_AndResultsOnlyOncePublished()
    {
        var urls = (await UrlSetAsync("/sitemap/sundsvall.xml")).Select(u => u.Loc).ToList();

        Assert.Contains($"{_origin}/sundsvall/dialog", urls);
        Assert.Contains($"{_origin}/sundsvall/dialog/{fixture.OpenDialog.Slug}", urls);
        Assert.Contains($"{_origin}/sundsvall/dialog/{fixture.DialogWithResults.Slug}/resultat", urls);
        Assert.Contains($"{_origin}/sundsvall/dialog/{fixture.DialogResultsLater.Slug}", urls);
        Assert.DoesNotContain($"{_origin}/sundsvall/dialog/{fixture.DialogResultsLater.Slug}/resultat", urls);
        Assert.DoesNotContain($"{_origin}/sundsvall/dialog/{fixture.OpenDialog.Slug}/resultat", urls);
        Assert.DoesNotContain(urls, u => u.Contains(fixture.FutureDialog.Slug, StringComparison.Ordinal));
        Assert.DoesNotContain(urls, u => u.EndsWith("/svara", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sundsvall_ListsATranslatedDialogsPagesInEachLanguage_WithHreflangAlternates()
    {
        var urls = await UrlSetAsync("/sitemap/sundsvall.xml");
        var dialog = $"{_origin}/sundsvall/dialog/{fixture.DialogWithResults.Slug}";

        // The dialog page and its results page, each in Swedish and Finnish, every one naming both versions.
        foreach (var path in new[] { dialog, $"{dialog}/resultat" })
        {
            foreach (var loc in new[] { path, $"{path}/fi" })
            {
                var listed = Assert.Single(urls, u => u.Loc == loc);
                Assert.Equal([("sv", path), ("fi", $"{path}/fi")], listed.Alternates);
            }
        }

        // A dialog in Swedish only names no versions, and no language of it is listed.
        var open = Assert.Single(urls, u => u.Loc == $"{_origin}/sundsvall/dialog/{fixture.OpenDialog.Slug}");
        Assert.Empty(open.Alternates);
        Assert.DoesNotContain(urls, u => u.Loc.StartsWith($"{_origin}/sundsvall/dialog/{fixture.OpenDialog.Slug}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Articles_DraftAndScheduledAreAbsent_LocalAtKommunNationalAtArtikel_LattlastSeparate()
    {
        var all = await ListAllAsync();
        var locs = all.Select(u => u.Loc).ToList();

        Assert.DoesNotContain(locs, l => l.Contains(fixture.DraftSlug, StringComparison.Ordinal));
        Assert.DoesNotContain(locs, l => l.Contains(fixture.ScheduledSlug, StringComparison.Ordinal));
        Assert.Contains($"{_origin}/sundsvall/{fixture.ImageArticleSlug}", locs);
        Assert.Contains($"{_origin}/sundsvall/{fixture.ImageArticleSlug}/lattlast", locs);
        Assert.Contains($"{_origin}/artikel/friska-tander-och-en-frisk-mun-genom-livet", locs);
        Assert.DoesNotContain($"{_origin}/sundsvall/friska-tander-och-en-frisk-mun-genom-livet", locs);
        Assert.DoesNotContain($"{_origin}/artikel/motesplatser-mot-ensamhet-i-sundsvall", locs);

        // hreflang names languages: each text lists its language versions at its own reading level, itself included.
        var easy = all.Single(u => u.Loc == $"{_origin}/sundsvall/{fixture.ImageArticleSlug}/lattlast");
        Assert.Equal(("sv", easy.Loc), Assert.Single(easy.Alternates));
    }

    [Fact]
    public async Task PublishThenUnpublish_AppearsThenDisappears()
    {
        var slug = await fixture.PublishAsync(DiscoverySite.Draft("Stavgång för alla i Sundsvall"));
        var url = $"{_origin}/sundsvall/{slug}";
        Assert.Contains(url, (await UrlSetAsync("/sitemap/sundsvall.xml")).Select(u => u.Loc));

        var id = await fixture.InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().Articles.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync());
        var down = await fixture.InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().UnpublishAsync(fixture.Publisher, id, CancellationToken.None));

        Assert.Equal(EditStatus.Done, down.Status);
        Assert.DoesNotContain(url, (await UrlSetAsync("/sitemap/sundsvall.xml")).Select(u => u.Loc));
        Assert.DoesNotContain(url, (await ListAllAsync()).Select(u => u.Loc));
    }

    [Theory]
    [InlineData("/sitemap/finns-inte.xml")]
    [InlineData("/sitemap/sundsvall.json")]
    public async Task UnknownSitemap_IsNotFound(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private sealed record Listed(string Loc, string LastMod, IReadOnlyList<(string Language, string Href)> Alternates);

    private async Task<XDocument> GetXmlAsync(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<List<Listed>> UrlSetAsync(string path)
    {
        var set = await GetXmlAsync(path);
        Assert.Equal(Sm + "urlset", set.Root!.Name);
        return [.. set.Root.Elements(Sm + "url").Select(u => new Listed(
            u.Element(Sm + "loc")!.Value,
            u.Element(Sm + "lastmod")!.Value,
            [.. u.Elements(Xhtml + "link").Select(l => (l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value))]))];
    }

    private async Task<List<Listed>> ListAllAsync()
    {
        var index = await GetXmlAsync("/sitemap.xml");
        var all = new List<Listed>();
        foreach (var loc in index.Root!.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value))
        {
            all.AddRange(await UrlSetAsync(new Uri(loc).AbsolutePath));
        }

        return all;
    }

    /// <summary>
    /// The expected URLs, straight from the databases with the rules written out again: published
    /// means PublishedAt at or before now; a dialog is public once open; results once published.
    /// </summary>
    private async Task<HashSet<string>> ExpectedAsync()
    {
        var now = DiscoverySite.Now.UtcDateTime;
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var kommuner = await db.Kommuner.AsNoTracking().ToListAsync();
        var topics = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == TaxonomyKind.Topic).Select(t => new { t.Id, t.Slug }).ToListAsync();
        var articles = await db.Articles.AsNoTracking().Include(a => a.Kommuner).Include(a => a.Terms).Include(a => a.Texts).ToListAsync();
        var published = articles.Where(a => a.PublishedAt is { } at && at <= now).ToList();
        var urls = new HashSet<string>(StringComparer.Ordinal) { "/", "/amne", "/om", "/integritet", "/tillganglighetsredogorelse", "/oppna-data", "/oppna-data/api" };

        // The site pages' lättläst texts and translations (om and integritet have such addresses).
        var pageTexts = await db.PageTexts.AsNoTracking()
            .Join(db.Pages.Where(p => p.Slug == "om" || p.Slug == "integritet"), t => t.PageId, p => p.Id, (t, p) => new { p.Slug, t.Language, t.IsEasyRead })
            .ToListAsync();
        urls.UnionWith(pageTexts.Select(t => t.IsEasyRead ? $"/{t.Slug}/lattlast" : $"/{t.Slug}/{t.Language}"));

        // Swedish, lättläst when there is one, and each translation at …/{language}.
        IEnumerable<string> ArticlePaths(Article a, string prefix) =>
        [
            $"{prefix}/{a.Slug}",
            .. a.Texts.Any(t => t.IsEasyRead) ? [$"{prefix}/{a.Slug}/lattlast"] : Array.Empty<string>(),
            .. a.Texts.Where(t => t.Language != "sv").Select(t => $"{prefix}/{a.Slug}/{t.Language}"),
        ];
        void AddTopics(IEnumerable<Article> visible, string prefix)
        {
            foreach (var topic in topics.Where(t => visible.Any(a => a.Terms.Any(term => term.Id == t.Id))))
            {
                urls.Add($"{prefix}/amne/{topic.Slug}");
            }
        }

        var withoutKommun = published.Where(a => a.Scope != ArticleScope.Kommuner).ToList();
        urls.UnionWith(withoutKommun.SelectMany(a => ArticlePaths(a, "/artikel")));
        AddTopics(withoutKommun, "");

        var points = await db.ContactPoints.AsNoTracking().Where(c => c.PublishedData != null).Select(c => new { c.KommunCode, c.Slug }).ToListAsync();
        var dialogDb = scope.ServiceProvider.GetRequiredService<DialogDbContext>();
        var surveys = await dialogDb.Surveys.AsNoTracking().Include(s => s.Kommuner).Include(s => s.Questions).ThenInclude(q => q.Options)
            .Include(s => s.Translations).AsSplitQuery().ToListAsync();
        foreach (var kommun in kommuner)
        {
            urls.Add($"/{kommun.Slug}");
            if (published.Any(a => a.Texts.Any(t => t.Language == "sv" && t.IsEasyRead)
                && (a.Scope == ArticleScope.National || (a.Scope == ArticleScope.Region && a.RegionCode == kommun.RegionCode) || a.Kommuner.Any(k => k.Code == kommun.Code))))
            {
                urls.Add($"/{kommun.Slug}/lattlast");
            }

            var own = published.Where(a => a.Scope == ArticleScope.Kommuner && a.Kommuner.Any(k => k.Code == kommun.Code)).ToList();
            if (own.Count > 0)
            {
                urls.Add($"/{kommun.Slug}/amne");
                urls.UnionWith(own.SelectMany(a => ArticlePaths(a, $"/{kommun.Slug}")));
                AddTopics(published.Where(a => a.Scope == ArticleScope.National || (a.Scope == ArticleScope.Region && a.RegionCode == kommun.RegionCode)).Concat(own), $"/{kommun.Slug}");
            }

            var kommunPoints = points.Where(p => p.KommunCode == kommun.Code).ToList();
            if (kommunPoints.Count > 0)
            {
                urls.Add($"/{kommun.Slug}/kontakt");
                urls.UnionWith(kommunPoints.Select(p => $"/{kommun.Slug}/kontakt/{p.Slug}"));
            }

            var open = surveys.Where(s => s.Kommuner.Any(k => k.KommunCode == kommun.Code) && s.OpensAt <= now).ToList();
            if (open.Count > 0)
            {
                urls.Add($"/{kommun.Slug}/dialog");
                // Swedish and each complete translation of a site language at …/{language}, for the dialog and its results.
                IEnumerable<string> Versions(Survey s, string path) =>
                    [path, .. SurveyTranslations.CompleteLanguages(s).Where(SiteLanguages.IsTranslation).Select(l => $"{path}/{l}")];
                urls.UnionWith(open.SelectMany(s => Versions(s, $"/{kommun.Slug}/dialog/{s.Slug}")));
                urls.UnionWith(open
                    .Where(s => now >= new[] { s.ClosesAt, s.ResultsPublishedFrom ?? s.ClosesAt }.Max() && s.Questions.Any(q => q.PublishedInResults))
                    .SelectMany(s => Versions(s, $"/{kommun.Slug}/dialog/{s.Slug}/resultat")));
            }

            // The kommun in another language: the languages of its förvaltningsområden, of the texts shown in it and of its
            // dialogs' complete translations.
            var languages = MinorityLanguages.Required(kommun.MinorityLanguageAreas, kommun.SamiLanguages).Select(l => l.Code)
                .Concat(published
                    .Where(a => a.Scope == ArticleScope.National || (a.Scope == ArticleScope.Region && a.RegionCode == kommun.RegionCode) || a.Kommuner.Any(k => k.Code == kommun.Code))
                    .SelectMany(a => a.Texts.Select(t => t.Language)))
                .Concat(open.SelectMany(SurveyTranslations.CompleteLanguages))
                .Where(SiteLanguages.IsTranslation);
            urls.UnionWith(languages.Select(l => $"/{kommun.Slug}/sprak/{l}"));
        }

        return [.. urls.Select(u => _origin + u)];
    }
}
