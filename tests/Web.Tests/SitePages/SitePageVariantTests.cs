using System.Net;
using AngleSharp.Dom;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Halsoportal.Web.Tests.Editor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.SitePages;

/// <summary>
/// The site's own pages in lättläst and other languages, through HTTP: the demo's lättläst /om and
/// /integritet and English and Finnish /om, the 404 for a language a page lacks, and an administrator
/// who writes, publishes and clears variants in the page editor.
/// </summary>
public sealed class SitePageVariantTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Origin = "http://localhost";

    private HttpClient Client { get; } = site.CreateSiteClient();

    [Fact]
    public async Task FinnishAbout_HasLangCanonicalHreflangAndASwitchWhoseEveryLinkWorks()
    {
        var page = await Html.GetOkAsync(Client, "/om/fi");

        Assert.Equal("fi", page.DocumentElement.GetAttribute("lang"));
        Assert.Null(page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Tietoa Hälsoportalista", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal($"{Origin}/om/fi", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        // The interface around the Finnish text is Swedish, and says so.
        Assert.Equal("sv", page.QuerySelector("header.site-header")!.GetAttribute("lang"));
        Assert.Equal("sv", page.QuerySelector("main article p.muted")!.GetAttribute("lang"));
        Assert.StartsWith("Senast uppdaterad", page.QuerySelector("main article p.muted")!.TextContent, StringComparison.Ordinal);

        var links = SwitchLinks(page);
        Assert.Equal(["Svenska", "Lättläst", "English", "Suomi"], links.Select(l => l.TextContent.Trim()));
        Assert.Equal(["/om", "/om/lattlast", "/om/en", "/om/fi"], links.Select(l => l.GetAttribute("href")));
        Assert.Equal(["sv", "sv", "en", "fi"], links.Select(l => l.GetAttribute("hreflang")));
        Assert.Equal(["sv", "sv", "en", "fi"], links.Select(l => l.ParentElement!.GetAttribute("lang")));
        Assert.Equal("page", links[3].GetAttribute("aria-current"));
        foreach (var href in links.Select(l => l.GetAttribute("href")!))
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri(href, UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task EveryLanguageVersionOfAbout_ListsEveryLanguageAsHreflangAlternate_LattlastStandsAlone()
    {
        string[] expected = [$"sv {Origin}/om", $"en {Origin}/om/en", $"fi {Origin}/om/fi", $"x-default {Origin}/om"];
        foreach (var path in new[] { "/om", "/om/en", "/om/fi" })
        {
            var page = await Html.GetOkAsync(Client, path);
            Assert.Equal(expected, page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => $"{l.GetAttribute("hreflang")} {l.GetAttribute("href")}"));
            Assert.Equal($"{Origin}{path}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        }

        var easy = await Html.GetOkAsync(Client, "/om/lattlast");
        Assert.Empty(easy.QuerySelectorAll("link[rel=alternate][hreflang]"));
        Assert.Equal($"{Origin}/om/lattlast", easy.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EnglishAbout_HasEnglishInterfaceText()
    {
        var page = await Html.GetOkAsync(Client, "/om/en");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("About Hälsoportal", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Skip to content", page.QuerySelector("a.skip-link")!.TextContent);
        Assert.Equal("Home", page.QuerySelector("nav.breadcrumbs a")!.TextContent);
        Assert.StartsWith("Last updated", page.QuerySelector("main article p.muted")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main article p.muted")!.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/om")]
    [InlineData("/integritet")]
    public async Task Lattlast_IsMarkedAndLinkedBothWays(string standard)
    {
        var page = await Html.GetOkAsync(Client, standard);
        var toEasy = page.QuerySelector("main p.variant-link a")!;
        Assert.Equal(("Läs texten på lättläst svenska", $"{standard}/lattlast"), (toEasy.TextContent, toEasy.GetAttribute("href")));

        var easy = await Html.GetOkAsync(Client, $"{standard}/lattlast");
        Assert.Equal("sv", easy.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Lättläst", easy.QuerySelector("main article > p.label")!.TextContent);
        Assert.Contains("(lättläst)", easy.Title, StringComparison.Ordinal);
        var back = easy.QuerySelector("main p.variant-link a")!;
        Assert.Equal(("Läs hela texten på vanlig svenska", standard), (back.TextContent, back.GetAttribute("href")));
    }

    [Fact]
    public async Task Privacy_WithOnlyLattlast_HasNoLanguageSwitch()
    {
        var page = await Html.GetOkAsync(Client, "/integritet");

        Assert.Empty(SwitchLinks(page));
        Assert.Empty(page.QuerySelectorAll("link[rel=alternate][hreflang]"));
    }

    [Theory]
    [InlineData("/om/yi", "jiddisch", new[] { "Svenska", "Lättläst", "English", "Suomi" })]
    [InlineData("/om/xx", null, new[] { "Svenska", "Lättläst", "English", "Suomi" })]
    [InlineData("/integritet/fi", "finska", new[] { "Svenska", "Lättläst" })]
    public async Task MissingLanguage_Is404_ThatOffersWhatExists(string path, string? languageNamed, string[] offered)
    {
        var (response, page) = await Html.GetAsync(Client, path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Equal("Sidan finns inte", page.QuerySelector("main h1")!.TextContent);
        if (languageNamed is not null)
        {
            Assert.Contains($"finns inte på {languageNamed}", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        var links = SwitchLinks(page);
        Assert.Equal(offered, links.Select(l => l.TextContent.Trim()));
        foreach (var href in links.Select(l => l.GetAttribute("href")!))
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri(href, UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task SwedishAsALanguageSegment_RedirectsToThePagesOwnAddress_AndTheStatementHasNoVariantAddress()
    {
        var response = await Client.GetAsync(new Uri("/om/sv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/om", response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri("/tillganglighetsredogorelse/lattlast", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Sitemap_ListsEachVersion_WithItsLanguageAlternates()
    {
        var sitemap = await Client.GetStringAsync(new Uri("/sitemap/webbplats.xml", UriKind.Relative));

        foreach (var path in new[] { "/om", "/om/en", "/om/fi", "/om/lattlast", "/integritet", "/integritet/lattlast" })
        {
            Assert.Contains($"<loc>{Origin}{path}</loc>", sitemap, StringComparison.Ordinal);
        }

        Assert.Contains($"hreflang=\"fi\" href=\"{Origin}/om/fi\"", sitemap, StringComparison.Ordinal);
        Assert.Contains($"hreflang=\"en\" href=\"{Origin}/om/en\"", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain($"{Origin}/om/yi", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_SavesAndPublishesATranslationAndLattlast_ResidentsSeeThemAtOnce_TheCacheLetsGoOfTheOldText()
    {
        await using var own = new SiteFactory();
        using var admin = await EditorClient.SignInAsync(own, EditorRole.SystemAdmin, displayName: "Sara Systemadmin");
        var resident = own.CreateSiteClient();
        var id = await WithDatabaseAsync(own, db => db.Pages.Where(p => p.Slug == "integritet").Select(p => p.Id).SingleAsync());
        var swedish = await WithDatabaseAsync(own, db => db.Pages.AsNoTracking().SingleAsync(p => p.Id == id));

        // A resident reads the lättläst text twice: the second time from the cache.
        Assert.Null((await resident.GetAsync(new Uri("/integritet/lattlast", UriKind.Relative))).Headers.Age);
        Assert.NotNull((await resident.GetAsync(new Uri("/integritet/lattlast", UriKind.Relative))).Headers.Age);

        // The editor shows the saved lättläst text; the form is filled in again with the changes.
        var (_, form) = await admin.GetDocumentAsync($"/redaktor/sidor/{id}");
        Assert.Equal("Integritet och kakor", form.QuerySelector("#Input_EasyReadTitle")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("select[name='Input.Translations[0].Language'] option[value=yi]"));

        var saved = await admin.PostFormAsync($"/redaktor/sidor/{id}",
        [
            new("BaseVersion", "0"), new("Input.Title", swedish.Title), new("Input.Ingress", swedish.Ingress ?? ""), new("Input.Body", swedish.Body),
            new("Input.EasyReadTitle", "Vi sparar inga kakor"), new("Input.EasyReadIngress", ""), new("Input.EasyReadBody", "Hälsoportal sparar inga kakor. Vi sparar inte vad du läser."),
            new("Input.Translations[0].Language", "yi"), new("Input.Translations[0].Title", "פּריוואַטקייט"), new("Input.Translations[0].Ingress", ""), new("Input.Translations[0].Body", "העלסאָפּאָרטאַל שפּאָרט נישט קיין קיכלעך."),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // Saved, not yet published: residents still meet the old texts.
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync(new Uri("/integritet/yi", UriKind.Relative))).StatusCode);
        var (_, edit) = await admin.GetDocumentAsync($"/redaktor/sidor/{id}");
        Assert.Contains("inte publicerad", edit.QuerySelector(".status-panel")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("yi", edit.QuerySelector("select[name='Input.Translations[0].Language'] option[selected]")!.GetAttribute("value"));

        var published = await admin.PostFormAsync($"/redaktor/sidor/{id}?handler=publish", [new("BaseVersion", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var easy = await resident.GetAsync(new Uri("/integritet/lattlast", UriKind.Relative));
        Assert.Null(easy.Headers.Age);
        Assert.Equal("Vi sparar inga kakor", (await Html.ParseAsync(easy)).QuerySelector("main h1")!.TextContent);

        var yiddish = await Html.GetOkAsync(resident, "/integritet/yi");
        Assert.Equal(("yi", "rtl"), (yiddish.DocumentElement.GetAttribute("lang"), yiddish.DocumentElement.GetAttribute("dir")));
        var header = yiddish.QuerySelector("header.site-header")!;
        Assert.Equal(("sv", "ltr"), (header.GetAttribute("lang"), header.GetAttribute("dir")));
        Assert.Equal(["Svenska", "Lättläst", "ייִדיש"], SwitchLinks(yiddish).Select(l => l.TextContent.Trim()));
        Assert.Equal(("yi", "rtl"), (SwitchLinks(yiddish)[2].ParentElement!.GetAttribute("lang"), SwitchLinks(yiddish)[2].ParentElement!.GetAttribute("dir")));

        // Audited like every page save, and the publication is in the change feed.
        Assert.Equal(["page.publish", "page.save"], await WithDatabaseAsync(own, db => db.AuditEntries.Where(a => a.Action.StartsWith("page.")).OrderByDescending(a => a.Id).Select(a => a.Action).ToListAsync()));

        // Clearing the lättläst fields removes that version at the next publication; the translation stays.
        var cleared = await admin.PostFormAsync($"/redaktor/sidor/{id}",
        [
            new("BaseVersion", "1"), new("Input.Title", swedish.Title), new("Input.Ingress", swedish.Ingress ?? ""), new("Input.Body", swedish.Body),
            new("Input.EasyReadTitle", ""), new("Input.EasyReadIngress", ""), new("Input.EasyReadBody", ""),
            new("Input.Translations[0].Language", "yi"), new("Input.Translations[0].Title", "פּריוואַטקייט"), new("Input.Translations[0].Ingress", ""), new("Input.Translations[0].Body", "העלסאָפּאָרטאַל שפּאָרט נישט קיין קיכלעך."),
            new("Input.Translations[1].Language", ""),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/redaktor/sidor/{id}?handler=publish", [new("BaseVersion", "2")])).StatusCode);

        var (gone, missing) = await Html.GetAsync(resident, "/integritet/lattlast");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(["Svenska", "ייִדיש"], SwitchLinks(missing).Select(l => l.TextContent.Trim()));
        Assert.Null((await Html.GetOkAsync(resident, "/integritet")).QuerySelector("main p.variant-link"));
        Assert.Equal(["yi"], await WithDatabaseAsync(own, db => db.PageTexts.Where(t => t.PageId == id).Select(t => t.Language).ToListAsync()));
    }

    [Fact]
    public async Task Editor_BadVariant_IsRefusedWithSwedishErrorsOnEachField_AndNothingIsWritten()
    {
        await using var own = new SiteFactory();
        using var admin = await EditorClient.SignInAsync(own, EditorRole.SystemAdmin);
        var id = await WithDatabaseAsync(own, db => db.Pages.Where(p => p.Slug == "om").Select(p => p.Id).SingleAsync());
        var swedish = await WithDatabaseAsync(own, db => db.Pages.AsNoTracking().SingleAsync(p => p.Id == id));
        var before = await CountWritesAsync(own);

        var bad = await admin.PostFormAsync($"/redaktor/sidor/{id}",
        [
            new("BaseVersion", "0"), new("Input.Title", swedish.Title), new("Input.Ingress", swedish.Ingress ?? ""), new("Input.Body", swedish.Body),
            new("Input.EasyReadTitle", ""), new("Input.EasyReadIngress", ""), new("Input.EasyReadBody", "Bara text, ingen rubrik."),
            new("Input.Translations[0].Language", "fi"), new("Input.Translations[0].Title", ""), new("Input.Translations[0].Body", ""),
            new("Input.Translations[1].Language", "en"), new("Input.Translations[1].Title", new string('x', 201)), new("Input.Translations[1].Body", "Text."),
            new("Input.Translations[2].Language", "fi"), new("Input.Translations[2].Title", "Toinen"), new("Input.Translations[2].Body", "Teksti."),
            new("Input.Translations[3].Language", "klingon"), new("Input.Translations[3].Title", "Heghlu'meH QaQ jajvam"), new("Input.Translations[3].Body", "Text."),
        ]);

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var page = await Html.ParseAsync(bad);
        Assert.StartsWith("Fel:", page.Title, StringComparison.Ordinal);
        var summary = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Skriv en rubrik för den lättlästa texten, eller töm alla lättläst-fält.", summary, StringComparison.Ordinal);
        Assert.Contains("Skriv rubriken på finska.", summary, StringComparison.Ordinal);
        Assert.Contains("Skriv brödtexten på finska.", summary, StringComparison.Ordinal);
        Assert.Contains("Rubriken får vara högst 200 tecken.", summary, StringComparison.Ordinal);
        Assert.Contains("Sidan har redan en översättning till finska. Skriv i den i stället.", summary, StringComparison.Ordinal);
        Assert.Contains("Välj vilket språk översättningen är på.", summary, StringComparison.Ordinal);

        // Each error links to its field, and the field keeps what was written.
        var links = Html.Links(page, ".error-summary a");
        Assert.Contains("#Input_EasyReadTitle", links);
        Assert.Contains("#Input_Translations_0__Title", links);
        Assert.Contains("#Input_Translations_2__Language", links);
        Assert.NotNull(page.QuerySelector("#Input_Translations_0__Title[aria-describedby]"));
        Assert.Equal("Bara text, ingen rubrik.", page.QuerySelector("#Input_EasyReadBody")!.TextContent);
        Assert.Equal(before, await CountWritesAsync(own));
    }

    [Fact]
    public async Task Editor_VariantsOnTheStatement_AreRefused_ItHasNoVariantAddresses()
    {
        await using var own = new SiteFactory();
        using var admin = await EditorClient.SignInAsync(own, EditorRole.SystemAdmin);
        var id = await WithDatabaseAsync(own, db => db.Pages.Where(p => p.Slug == "tillganglighetsredogorelse").Select(p => p.Id).SingleAsync());
        var swedish = await WithDatabaseAsync(own, db => db.Pages.AsNoTracking().SingleAsync(p => p.Id == id));
        var (_, form) = await admin.GetDocumentAsync($"/redaktor/sidor/{id}");
        Assert.Null(form.QuerySelector("#Input_EasyReadTitle"));
        var before = await CountWritesAsync(own);

        var posted = await admin.PostFormAsync($"/redaktor/sidor/{id}",
        [
            new("BaseVersion", "0"), new("Input.Title", swedish.Title), new("Input.Ingress", swedish.Ingress ?? ""), new("Input.Body", swedish.Body),
            new("Input.EasyReadTitle", "Tillgänglighet"), new("Input.EasyReadBody", "Så fungerar webbplatsen för dig."),
        ]);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Den här sidan har ingen lättläst version eller översättning på webbplatsen.", (await Html.ParseAsync(posted)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountWritesAsync(own));
    }

    [Fact]
    public async Task OldVersionWithoutVariants_StillReads_AndPublishingItLeavesThePageWithoutThem()
    {
        await using var own = new SiteFactory();
        using var admin = await EditorClient.SignInAsync(own, EditorRole.SystemAdmin);
        var id = await WithDatabaseAsync(own, db => db.Pages.Where(p => p.Slug == "om").Select(p => p.Id).SingleAsync());

        // A version saved before pages had variants: only title, ingress and body in its JSON.
        await WithDatabaseAsync(own, async db =>
        {
            var page = await db.Pages.SingleAsync(p => p.Id == id);
            page.DraftVersion = 1;
            db.ContentVersions.Add(new Halsoportal.Content.Editing.ContentVersion
            {
                ItemType = Halsoportal.Content.Publishing.ContentItemType.Page,
                ItemId = id,
                Number = 1,
                Data = """{"title":"Om Hälsoportal","ingress":null,"body":"Hälsoportal samlar råd om hälsa från din region och din kommun."}""",
                AuthorId = "legacy",
                AuthorName = "Tidigare redaktör",
                CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var (response, form) = await admin.GetDocumentAsync($"/redaktor/sidor/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(form.QuerySelector("#Input_EasyReadTitle")!.GetAttribute("value"));
        Assert.Contains("inte publicerad", form.QuerySelector(".status-panel")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/redaktor/sidor/{id}?handler=publish", [new("BaseVersion", "1")])).StatusCode);
        var resident = own.CreateSiteClient();
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync(new Uri("/om/fi", UriKind.Relative))).StatusCode);
        Assert.Empty(SwitchLinks(await Html.GetOkAsync(resident, "/om")));
    }

    [Fact]
    public async Task StartOnADatabaseSeededBeforeVariants_AddsThemToUneditedPagesOnly()
    {
        await using var own = new SiteFactory();
        var resident = own.CreateSiteClient();
        await WithDatabaseAsync(own, async db =>
        {
            db.PageTexts.RemoveRange(await db.PageTexts.ToListAsync());
            (await db.Pages.SingleAsync(p => p.Slug == "integritet")).DraftVersion = 2;
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync(new Uri("/om/fi", UriKind.Relative))).StatusCode);

        await using (var scope = own.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ContentStoreInitializer>().InitializeAsync(CancellationToken.None);
        }

        Assert.Equal("Tietoa Hälsoportalista", (await Html.GetOkAsync(resident, "/om/fi")).QuerySelector("main h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync(new Uri("/integritet/lattlast", UriKind.Relative))).StatusCode);
        Assert.Equal(3, await WithDatabaseAsync(own, db => db.PageTexts.CountAsync()));
    }

    private static List<IElement> SwitchLinks(IDocument page) => [.. page.QuerySelectorAll("nav.language-switch a")];

    private static Task<(int Versions, int Audit, int Texts, int Changes)> CountWritesAsync(SiteFactory site) =>
        WithDatabaseAsync(site, async db => (await db.ContentVersions.CountAsync(), await db.AuditEntries.CountAsync(), await db.PageTexts.CountAsync(), await db.ContentChanges.CountAsync()));

    private static async Task<T> WithDatabaseAsync<T>(SiteFactory site, Func<ContentDbContext, Task<T>> query)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ContentDbContext>());
    }
}
