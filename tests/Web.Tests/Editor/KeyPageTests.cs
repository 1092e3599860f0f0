using System.Net;
using AngleSharp.Html.Parser;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.KeyPages;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>
/// Förvaltningsområden (region administrators, per kommun), nyckelsidor (the kommun's publishers),
/// the key-page dashboard, and the publish warning for a key page without lättläst.
/// </summary>
public sealed class KeyPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Harnosand = "2280";
    private const string Kramfors = "2282";
    private const string Solleftea = "2283";

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task<Kommun> KommunAsync(string code) =>
        InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().Kommuner.AsNoTracking().SingleAsync(k => k.Code == code));

    private Task<List<AuditEntry>> AuditAsync(string action, string kommunCode) =>
        InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == action && a.KommunCode == kommunCode).ToListAsync());

    /// <summary>A published article shown in the kommun, picked by whether it has a lättläst text.</summary>
    private Task<List<int>> VisibleArticlesAsync(string kommunCode, string regionCode, bool easyRead, ArticleScope scope) =>
        InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().Articles.AsNoTracking()
            .Where(a => a.PublishedAt != null && a.Scope == scope)
            .Where(ArticleVisibility.IsVisibleIn(kommunCode, regionCode))
            .Where(a => a.Texts.Any(t => t.IsEasyRead) == easyRead)
            // Only Swedish texts (the demo translates some articles), so the test's own translation is the only one.
            .Where(a => a.Texts.All(t => t.Language == ArticleText.Swedish))
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());

    [Fact]
    public async Task SeededMemberships_AreTheCheckedOnes()
    {
        var sundsvall = await KommunAsync("2281");
        var ornskoldsvik = await KommunAsync("2284");
        var ange = await KommunAsync("2260");

        Assert.Equal((MinorityLanguageAreas.Finnish | MinorityLanguageAreas.Sami, SamiLanguages.South), (sundsvall.MinorityLanguageAreas, sundsvall.SamiLanguages));
        Assert.Equal((MinorityLanguageAreas.Finnish | MinorityLanguageAreas.Sami, SamiLanguages.South), (ornskoldsvik.MinorityLanguageAreas, ornskoldsvik.SamiLanguages));
        Assert.Equal((MinorityLanguageAreas.None, SamiLanguages.None), (ange.MinorityLanguageAreas, ange.SamiLanguages));
        Assert.Equal(["fi", "sma"], MinorityLanguages.Required(sundsvall.MinorityLanguageAreas, sundsvall.SamiLanguages).Select(l => l.Code));
    }

    [Fact]
    public async Task MinorityLanguages_RegionAdmin_SetsThemForAKommunInTheLan_Audited()
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22", displayName: "Rut Region");
        var page = $"/redaktor/kommuner/{Kramfors}";

        var (_, form) = await admin.GetDocumentAsync(page);
        var saved = await admin.PostFormAsync(page, [new("Areas", "finska"), new("Areas", "meankieli"), new("Areas", "samiska"), new("SamiLanguages", "sma"), new("SamiLanguages", "smj")]);

        Assert.NotNull(form.QuerySelector("input[type=checkbox][name=Areas][value=samiska]"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var kramfors = await KommunAsync(Kramfors);
        Assert.Equal(MinorityLanguageAreas.Finnish | MinorityLanguageAreas.Meankieli | MinorityLanguageAreas.Sami, kramfors.MinorityLanguageAreas);
        Assert.Equal(SamiLanguages.South | SamiLanguages.Lule, kramfors.SamiLanguages);
        var entry = Assert.Single(await AuditAsync("kommun.minority-languages", Kramfors));
        Assert.Equal("Rut Region", entry.UserName);
        Assert.Equal("Kramfors: Inget → Finska, meänkieli och samiska (sydsamiska, lulesamiska)", entry.Detail);

        var (_, list) = await admin.GetDocumentAsync("/redaktor/kommuner");
        Assert.Contains("Finska, meänkieli och samiska (sydsamiska, lulesamiska)", list.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Kramfors", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);

        // Taking them all away is a change too.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, [])).StatusCode);
        Assert.Equal(MinorityLanguageAreas.None, (await KommunAsync(Kramfors)).MinorityLanguageAreas);
        Assert.Equal(2, (await AuditAsync("kommun.minority-languages", Kramfors)).Count);
    }

    public static TheoryData<string[], string[], string> InvalidChoices => new()
    {
        { ["samiska"], [], "Välj vilka samiska språk Sollefteå ska ha: nordsamiska, sydsamiska eller lulesamiska." },
        { ["finska"], ["se"], "Samiska språk gäller bara i förvaltningsområdet för samiska." },
        { ["klingonska"], [], "Välj förvaltningsområden bland finska, meänkieli och samiska." },
        { ["samiska"], ["ume"], "Välj samiska språk bland nordsamiska, sydsamiska och lulesamiska." },
    };

    [Theory]
    [MemberData(nameof(InvalidChoices))]
    public async Task MinorityLanguages_InvalidChoice_GetsASwedishErrorAndWritesNothing(string[] areas, string[] sami, string message)
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22");
        var before = await KommunAsync(Solleftea);

        var response = await admin.PostFormAsync($"/redaktor/kommuner/{Solleftea}", [.. areas.Select(a => KeyValuePair.Create("Areas", a)), .. sami.Select(s => KeyValuePair.Create("SamiLanguages", s))]);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Fel:", document.Title, StringComparison.Ordinal);
        var link = document.QuerySelector(".error-summary a")!;
        Assert.StartsWith(message, link.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector(link.GetAttribute("href")!));
        var after = await KommunAsync(Solleftea);
        Assert.Equal((before.MinorityLanguageAreas, before.SamiLanguages), (after.MinorityLanguageAreas, after.SamiLanguages));
        Assert.Empty(await AuditAsync("kommun.minority-languages", Solleftea));
    }

    [Fact]
    public async Task MinorityLanguages_OtherLansKommun_IsNotFound_AndPublishersAreForbidden()
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22");
        using var publisher = await EditorClient.SignInAsync(site, EditorRole.Publisher, kommunCode: Solleftea);

        var otherLan = await admin.PostFormAsync("/redaktor/kommuner/0680", [new("Areas", "finska")], formPage: "/redaktor/kommuner");
        var notAdmin = await publisher.PostFormAsync($"/redaktor/kommuner/{Solleftea}", [new("Areas", "finska")], formPage: "/redaktor");

        Assert.Equal(HttpStatusCode.NotFound, otherLan.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        Assert.Equal(MinorityLanguageAreas.None, (await KommunAsync("0680")).MinorityLanguageAreas);
        Assert.Equal(MinorityLanguageAreas.None, (await KommunAsync(Solleftea)).MinorityLanguageAreas);
    }

    [Fact]
    public async Task KeyPages_PublisherChoosesFromArticlesShownInTheKommun_RedaktorMayNot_Audited()
    {
        using var publisher = await EditorClient.SignInAsync(site, EditorRole.Publisher, kommunCode: Solleftea, displayName: "Pia Publicerare");
        using var redaktor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Solleftea);
        var page = $"/redaktor/nyckelsidor/{Solleftea}";
        var regional = (await VisibleArticlesAsync(Solleftea, "22", easyRead: false, ArticleScope.Region))[0];
        var jonkoping = (await VisibleArticlesAsync("0680", "06", easyRead: false, ArticleScope.Region))[0];
        var sundsvallOwn = await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().Articles.AsNoTracking()
            .Where(a => a.PublishedAt != null && a.Scope == ArticleScope.Kommuner && a.Kommuner.Any(k => k.Code == "2281") && !a.Kommuner.Any(k => k.Code == Solleftea))
            .Select(a => a.Id).FirstAsync());

        var (_, shown) = await publisher.GetDocumentAsync(page);
        var offered = shown.QuerySelectorAll("#ArticleId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(regional.ToString(System.Globalization.CultureInfo.InvariantCulture), offered);
        Assert.DoesNotContain(jonkoping.ToString(System.Globalization.CultureInfo.InvariantCulture), offered);

        var added = await publisher.PostFormAsync($"{page}?handler=add", [new("ArticleId", regional.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var again = await publisher.PostFormAsync($"{page}?handler=add", [new("ArticleId", regional.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var otherLan = await publisher.PostFormAsync($"{page}?handler=add", [new("ArticleId", jonkoping.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var otherKommun = await publisher.PostFormAsync($"{page}?handler=add", [new("ArticleId", sundsvallOwn.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var none = await publisher.PostFormAsync($"{page}?handler=add", []);
        var byRedaktor = await redaktor.PostFormAsync($"{page}?handler=add", [new("ArticleId", jonkoping.ToString(System.Globalization.CultureInfo.InvariantCulture))], formPage: "/redaktor");
        var elsewhere = await publisher.PostFormAsync("/redaktor/nyckelsidor/2281?handler=add", [new("ArticleId", regional.ToString(System.Globalization.CultureInfo.InvariantCulture))], formPage: page);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("är redan en nyckelsida för Sollefteå", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Välj en publicerad artikel som visas i Sollefteå.", await otherLan.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Välj en publicerad artikel som visas i Sollefteå.", await otherKommun.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Välj en artikel som ska bli nyckelsida.", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byRedaktor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        var rows = await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().KeyPages.AsNoTracking().ToListAsync());
        Assert.Equal(regional, Assert.Single(rows, r => r.KommunCode == Solleftea).ArticleId);
        Assert.DoesNotContain(rows, r => r.KommunCode == "2281");
        var entry = Assert.Single(await AuditAsync("kommun.keypage.add", Solleftea));
        Assert.Equal(("Pia Publicerare", regional.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.UserName, entry.ItemId));

        // The redaktör sees the list but no form; the publisher takes the page off again.
        var (_, asRedaktor) = await redaktor.GetDocumentAsync(page);
        Assert.Single(asRedaktor.QuerySelectorAll("table tbody tr"));
        Assert.Null(asRedaktor.QuerySelector("#ArticleId"));
        var removed = await publisher.PostFormAsync($"{page}?handler=remove", [new("articleId", regional.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain(await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().KeyPages.AsNoTracking().ToListAsync()), r => r.KommunCode == Solleftea);
        Assert.Single(await AuditAsync("kommun.keypage.remove", Solleftea));
    }

    [Fact]
    public async Task Dashboard_CountsMissingLattlastAndRequiredLanguages_PerKommun()
    {
        var admin = await TestEditors.CreateUserAsync(site.Services, "Rolf Region", (EditorRole.RegionAdmin, "22"));
        var setAreas = await InScopeAsync(sp => sp.GetRequiredService<KommunSettingsService>().SetMinorityLanguagesAsync(admin, Harnosand, ["finska", "samiska"], ["sma"], default));
        Assert.Equal(EditStatus.Done, setAreas.Status);
        var withEasyRead = (await VisibleArticlesAsync(Harnosand, "22", easyRead: true, ArticleScope.National))[0];
        var without = await VisibleArticlesAsync(Harnosand, "22", easyRead: false, ArticleScope.Region);
        foreach (var id in new[] { withEasyRead, without[0], without[1] })
        {
            Assert.Equal(EditStatus.Done, (await InScopeAsync(sp => sp.GetRequiredService<KeyPageService>().AddAsync(admin, Harnosand, id, default))).Status);
        }

        // A published Finnish version of one page, as the translations write them.
        await InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ContentDbContext>();
            db.ArticleTexts.Add(new ArticleText { ArticleId = without[0], Language = "fi", Title = "Liikuntaa reseptillä", Ingress = "Ingressi.", Body = "Teksti." });
            return await db.SaveChangesAsync();
        });

        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Harnosand);
        var (response, page) = await editor.GetDocumentAsync($"/redaktor/nyckelsidor/{Harnosand}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = page.QuerySelector("[aria-labelledby=sammanfattning]")!.TextContent;
        Assert.Contains("2 av 3 nyckelsidor saknar lättläst.", summary, StringComparison.Ordinal);
        Assert.Contains("2 av 3 nyckelsidor saknar finska.", summary, StringComparison.Ordinal);
        Assert.Contains("3 av 3 nyckelsidor saknar sydsamiska.", summary, StringComparison.Ordinal);
        var headers = page.QuerySelectorAll("table thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Nyckelsida", "Lättläst", "Finska (fi)", "Sydsamiska (sma)"], headers);
        var cells = page.QuerySelectorAll("table tbody tr").Select(r => string.Join('|', r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()))).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Finns|Saknas|Saknas", "Saknas|Finns|Saknas", "Saknas|Saknas|Saknas"], cells);
        // A redaktör in Härnösand cannot edit the region's articles, so only what Härnösand owns is a link.
        Assert.Empty(page.QuerySelectorAll("table tbody th a"));
        Assert.NotNull(page.QuerySelector("div.table-scroll[role=region][aria-labelledby=nyckelsidor-tabell]"));

        var (_, overview) = await editor.GetDocumentAsync("/redaktor/nyckelsidor");
        var row = Assert.Single(overview.QuerySelectorAll("table tbody tr"));
        Assert.Contains("2 av 3 nyckelsidor saknar lättläst.", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Finska och samiska (sydsamiska)", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_AKeyPageWithoutLattlast_WarnsAndNeedsAReason_WhichIsAudited()
    {
        const string timra = "2262";
        var author = await TestEditors.CreateUserAsync(site.Services, "Tove Redaktör", (EditorRole.Publisher, timra));
        var articles = new TestArticles(site);
        var id = await articles.CreateAsync(author, TestArticles.Draft("Promenader längs Indalsälven", timra));
        await articles.PublishAsync(author, id);
        Assert.Equal(EditStatus.Done, (await InScopeAsync(sp => sp.GetRequiredService<KeyPageService>().AddAsync(author, timra, id, default))).Status);
        var version = await articles.SaveAsync(author, id, d => d with { Ingress = "Vi går tillsammans varje tisdag." });

        using var publisher = await EditorClient.SignInAsync(site, EditorRole.Publisher, kommunCode: timra, displayName: "Per Publicerare");
        var page = $"/redaktor/artiklar/{id}/publicering";
        var (_, shown) = await publisher.GetDocumentAsync(page);
        var refused = await publisher.PostFormAsync($"{page}?handler=publish", [new("Version", $"{version}")]);
        var refusedPage = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());

        Assert.Contains("Artikeln är en nyckelsida för Timrå men har ingen lättläst text.", shown.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(shown.QuerySelector("textarea#OverrideReason"));
        Assert.StartsWith("Fel:", refusedPage.Title, StringComparison.Ordinal);
        Assert.Contains("Artikeln är en nyckelsida men saknar lättläst text.", refusedPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().Articles.Where(a => a.Id == id).Select(a => a.PublishedVersion).SingleAsync()));

        var published = await publisher.PostFormAsync($"{page}?handler=publish", [new("Version", $"{version}"), new("OverrideReason", "Den lättlästa texten skrivs av Lättläst-gruppen nästa vecka.")]);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var overrides = await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == "article.checks.override" && a.ItemId == key).ToListAsync());
        var entry = Assert.Single(overrides);
        Assert.Equal("Per Publicerare", entry.UserName);
        Assert.Equal($"version {version}: KeyPageWithoutEasyRead. Skäl: Den lättlästa texten skrivs av Lättläst-gruppen nästa vecka.", entry.Detail);

        // With a lättläst text the warning is gone and no reason is asked for.
        var next = await articles.SaveAsync(author, id, d => d with { EasyReadTitle = "Gå en promenad", EasyReadIngress = "Vi går tillsammans.", EasyReadBody = "Vi går varje tisdag. Alla får vara med." });
        var plain = await publisher.PostFormAsync($"{page}?handler=publish", [new("Version", $"{next}")]);
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
        Assert.Single(await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == "article.checks.override" && a.ItemId == key).ToListAsync()));
    }
}
