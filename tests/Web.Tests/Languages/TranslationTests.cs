using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Halsoportal.Web.Tests.Editor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Languages;

/// <summary>
/// Articles in other languages, through HTTP: the demo's Finnish, English and Yiddish texts, and a
/// translation an editor writes, publishes, removes and restores through the article form.
/// </summary>
public sealed class TranslationTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Sundsvall = "2281";

    /// <summary>The demo's national sleep article: Swedish, lättläst, English and Finnish.</summary>
    private const string Sleep = "/sundsvall/sov-battre-enkla-rad-for-dina-natter";

    /// <summary>The demo's national oral-health article: Swedish and Yiddish.</summary>
    private const string Teeth = "/sundsvall/friska-tander-och-en-frisk-mun-genom-livet";

    private HttpClient Client { get; } = site.CreateSiteClient();

    [Fact]
    public async Task FinnishArticle_HasLangAndASwitchWhoseEveryLinkWorks()
    {
        var page = await Html.GetOkAsync(Client, $"{Sleep}/fi");

        Assert.Equal("fi", page.DocumentElement.GetAttribute("lang"));
        Assert.Null(page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Nuku paremmin – helppoja neuvoja öihisi", page.QuerySelector("main h1")!.TextContent);

        // The interface around the Finnish text is Swedish, and says so.
        Assert.Equal("sv", page.QuerySelector("header.site-header")!.GetAttribute("lang"));
        Assert.Equal("sv", page.QuerySelector("footer.site-footer")!.GetAttribute("lang"));
        Assert.Equal("sv", page.QuerySelector(".article__applies")!.GetAttribute("lang"));
        var skip = page.QuerySelector("a.skip-link")!;
        Assert.Equal(("Hoppa till innehållet", "sv"), (skip.TextContent, skip.GetAttribute("lang")));

        var links = SwitchLinks(page);
        Assert.Equal(["Svenska", "Lättläst", "English", "Suomi"], links.Select(l => l.TextContent.Trim()));
        Assert.Equal(["sv", "sv", "en", "fi"], links.Select(l => l.GetAttribute("hreflang")));
        Assert.Equal(["sv", "sv", "en", "fi"], links.Select(l => l.ParentElement!.GetAttribute("lang")));
        Assert.Equal("page", links[3].GetAttribute("aria-current"));
        foreach (var href in links.Select(l => l.GetAttribute("href")!))
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri(href, UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task EveryVersion_ListsEveryLanguageAsHreflangAlternate()
    {
        const string Canonical = "http://localhost/artikel/sov-battre-enkla-rad-for-dina-natter";
        string[] expected = [$"sv {Canonical}", $"en {Canonical}/en", $"fi {Canonical}/fi", $"x-default {Canonical}"];
        foreach (var path in new[] { Sleep, $"{Sleep}/en", $"{Sleep}/fi" })
        {
            var page = await Html.GetOkAsync(Client, path);
            var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => $"{l.GetAttribute("hreflang")} {l.GetAttribute("href")}");
            Assert.Equal(expected, alternates);
        }

        var sitemap = await Client.GetStringAsync(new Uri("/sitemap/webbplats.xml", UriKind.Relative));
        Assert.Contains("<loc>http://localhost/artikel/sov-battre-enkla-rad-for-dina-natter/fi</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"fi\" href=\"http://localhost/artikel/sov-battre-enkla-rad-for-dina-natter/fi\"", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YiddishArticle_IsRightToLeft_WithSwedishPassagesMarkedLeftToRight()
    {
        var page = await Html.GetOkAsync(Client, $"{Teeth}/yi");

        Assert.Equal(("yi", "rtl"), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
        var header = page.QuerySelector("header.site-header")!;
        Assert.Equal(("sv", "ltr"), (header.GetAttribute("lang"), header.GetAttribute("dir")));
        var help = page.QuerySelector("section.help-here")!;
        Assert.Equal(("sv", "ltr"), (help.GetAttribute("lang"), help.GetAttribute("dir")));

        // The switch offers Swedish back; the Yiddish link is marked up as Yiddish.
        var links = SwitchLinks(page);
        Assert.Equal(["Svenska", "ייִדיש"], links.Select(l => l.TextContent.Trim()));
        Assert.Equal(("yi", "rtl"), (links[1].ParentElement!.GetAttribute("lang"), links[1].ParentElement!.GetAttribute("dir")));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri(links[0].GetAttribute("href")!, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task EnglishArticle_HasEnglishInterfaceText()
    {
        var page = await Html.GetOkAsync(Client, $"{Sleep}/en");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Skip to content", page.QuerySelector("a.skip-link")!.TextContent);
        Assert.Null(page.QuerySelector("a.skip-link")!.GetAttribute("lang"));
        Assert.Equal("You are here", page.QuerySelector("nav.breadcrumbs")!.GetAttribute("aria-label"));
        Assert.Contains("Last reviewed", page.QuerySelector("dl.review")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Home", page.QuerySelector("nav.breadcrumbs a")!.TextContent);

        // Swedish names inside the English page are marked Swedish.
        Assert.Equal("sv", page.QuerySelector("ul.tags")!.GetAttribute("lang"));
    }

    [Theory]
    [InlineData($"{Teeth}/fi", "finska")]
    [InlineData($"{Teeth}/xx", null)]
    [InlineData("/artikel/friska-tander-och-en-frisk-mun-genom-livet/en", "engelska")]
    public async Task MissingLanguage_Is404_ThatOffersWhatExists(string path, string? languageNamed)
    {
        var (response, page) = await Html.GetAsync(Client, path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        if (languageNamed is not null)
        {
            Assert.Contains($"finns inte på {languageNamed}", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        var links = SwitchLinks(page);
        Assert.Equal(["Svenska", "ייִדיש"], links.Select(l => l.TextContent.Trim()));
        foreach (var href in links.Select(l => l.GetAttribute("href")!))
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri(href, UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task SwedishAsALanguageSegment_RedirectsToTheArticlesOwnAddress()
    {
        var response = await Client.GetAsync(new Uri($"{Sleep}/sv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Sleep, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Search_LimitedToALanguage_FindsTheTranslationAtItsAddress()
    {
        var page = await Html.GetOkAsync(Client, "/sok?q=uni&sprak=fi&kommun=sundsvall");

        var hit = page.QuerySelector("li.hit")!;
        Assert.Equal("fi", hit.GetAttribute("lang"));
        Assert.Equal($"{Sleep}/fi", hit.QuerySelector(".hit__title a")!.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("li.hit"), h => Assert.Equal("fi", h.GetAttribute("lang")));

        // Without sprak the same word finds Swedish texts only.
        var swedish = await Html.GetOkAsync(Client, "/sok?q=uni&kommun=sundsvall");
        Assert.DoesNotContain(swedish.QuerySelectorAll("li.hit"), h => h.GetAttribute("lang") == "fi");

        var unknown = await Html.GetOkAsync(Client, "/sok?q=sömn&sprak=klingon");
        Assert.Contains("Det finns inga texter på språket ”klingon”", unknown.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchApi_LimitedToALanguage_GivesItsTranslationsAtTheirAddresses()
    {
        var finnish = await JsonAsync("/api/v1/search?q=uni&language=FI&municipality=sundsvall");
        var hits = finnish.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("fi", h.GetProperty("language").GetString()));
        Assert.Contains(hits, h => h.GetProperty("url").GetString() == $"{Sleep}/fi");

        // Without a language the search is in Swedish, as on /sok.
        var swedish = await JsonAsync("/api/v1/search?q=uni&municipality=sundsvall");
        Assert.All(swedish.GetProperty("hits").EnumerateArray(), h => Assert.Equal("sv", h.GetProperty("language").GetString()));
    }

    private async Task<System.Text.Json.JsonElement> JsonAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task EditorTranslation_IsPublishedRemovedAndRestoredWithTheArticle_AndItsMarkupSanitised()
    {
        using var publisher = await EditorClient.SignInAsync(site, EditorRole.Publisher, kommunCode: Sundsvall);
        var (_, form) = await publisher.GetDocumentAsync("/redaktor/artiklar/ny");
        var fields = FormFields.Of(form, "Input.Title")
            .Set("Input.Title", "Promenader längs Selångersån")
            .Set("Input.Ingress", "Varje tisdag går vi en timme längs ån.")
            .Set("Input.Body", "## Så går det till\n\nVi ses vid bron klockan tio.")
            .Set("Input.Topics", "topic:fysisk-aktivitet")
            .Set("Input.LifeSituations", "lifesituation:vuxna")
            .Set("Input.ResponsibleUnit", "Folkhälsoenheten")
            .Set("Input.Translations[0].Language", "fi")
            .Set("Input.Translations[0].Title", "Kävelyretkiä Selångersån varrella")
            .Set("Input.Translations[0].Ingress", "Joka tiistai kävelemme tunnin joen vartta.")
            .Set("Input.Translations[0].Body", "## Näin se toimii\n\nTapaamme sillalla kello kymmenen.<script>window.hacked=1</script>\n\n<img src=x onerror=alert(1)>\n\n[Reitti](javascript:alert(1))");
        var created = await publisher.PostFormAsync("/redaktor/artiklar/ny", fields.All);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var slug = await SlugAsync(id);

        await PublishAsync(publisher, id, version: 1);
        var finnish = await Html.GetOkAsync(Client, $"/sundsvall/{slug}/fi");
        Assert.Equal("Kävelyretkiä Selångersån varrella", finnish.QuerySelector("main h1")!.TextContent);
        var body = finnish.QuerySelector(".prose")!;
        Assert.Empty(body.QuerySelectorAll("script, img, [onerror]"));
        Assert.DoesNotContain(body.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Tapaamme sillalla", body.TextContent, StringComparison.Ordinal);

        // Version 2 removes the translation: once published, its address is a 404 that offers Swedish.
        var (_, edit) = await publisher.GetDocumentAsync($"/redaktor/artiklar/{id}");
        var editFields = FormFields.Of(edit, "Input.Title");
        Assert.Equal("fi", editFields["Input.Translations[0].Language"]);
        var removed = await publisher.PostFormAsync($"/redaktor/artiklar/{id}", editFields.Set("Input.Translations[0].Remove", "true").All);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri($"/sundsvall/{slug}/fi", UriKind.Relative))).StatusCode);
        await PublishAsync(publisher, id, version: 2);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri($"/sundsvall/{slug}/fi", UriKind.Relative))).StatusCode);

        // The history shows the translation's removal, and rolling back to version 1 brings it back.
        var (_, history) = await publisher.GetDocumentAsync($"/redaktor/artiklar/{id}/historik?version=2&jamfor=1");
        Assert.Contains("Rubrik (finska)", history.QuerySelectorAll(".diff h3").Select(h => h.TextContent));
        var rollback = await publisher.PostFormAsync($"/redaktor/artiklar/{id}/historik?handler=rollback", [new("baseVersion", "2"), new("number", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, rollback.StatusCode);
        await PublishAsync(publisher, id, version: 3);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri($"/sundsvall/{slug}/fi", UriKind.Relative))).StatusCode);
        Assert.Empty(site.Problems);
    }

    [Fact]
    public async Task TranslationWithoutTitle_OrTwiceTheSameLanguage_GetsSwedishErrorsAndSavesNothing()
    {
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall);
        var versions = await CountAsync<ContentVersion>();
        var (_, form) = await editor.GetDocumentAsync("/redaktor/artiklar/ny");
        var fields = FormFields.Of(form, "Input.Title")
            .Set("Input.Title", "Simskola för vuxna")
            .Set("Input.Ingress", "Lär dig simma i lugn takt.")
            .Set("Input.Body", "## Anmälan\n\nRing badhuset.")
            .Set("Input.Topics", "topic:fysisk-aktivitet")
            .Set("Input.LifeSituations", "lifesituation:vuxna")
            .Set("Input.ResponsibleUnit", "Fritidsförvaltningen")
            .Set("Input.Translations[0].Language", "yi")
            .Set("Input.Translations[0].Ingress", "לערנט זיך שווימען.")
            .Set("Input.Translations[0].Body", "קלינגט צום באָד.")
            .Set("Input.Translations[1].Language", "yi")
            .Set("Input.Translations[1].Title", "שווימען")
            .Set("Input.Translations[1].Ingress", "לערנט זיך שווימען.")
            .Set("Input.Translations[1].Body", "קלינגט צום באָד.");

        var response = await editor.PostFormAsync("/redaktor/artiklar/ny", fields.All);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Fel:", page.Title, StringComparison.Ordinal);
        var summary = page.QuerySelectorAll(".error-summary a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Contains(("#Input_Translations_0__Title", "Skriv rubriken på jiddisch."), summary);
        Assert.Contains(("#Input_Translations_1__Language", "Artikeln har redan en översättning till jiddisch. Skriv i den i stället."), summary);
        Assert.NotNull(page.QuerySelector("#Input_Translations_0__Title[aria-describedby~='Input_Translations_0__Title-fel']"));
        Assert.NotNull(page.GetElementById("Input_Translations_0__Title-fel"));
        Assert.Equal("לערנט זיך שווימען.", page.QuerySelector("#Input_Translations_0__Ingress")!.TextContent);
        Assert.Equal(versions, await CountAsync<ContentVersion>());
    }

    private static List<IElement> SwitchLinks(IDocument page) => [.. page.QuerySelectorAll("nav.language-switch a")];

    private static async Task PublishAsync(EditorClient publisher, int id, int version)
    {
        var page = $"/redaktor/artiklar/{id}/publicering";
        var published = await publisher.PostFormAsync($"{page}?handler=publish", [new("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))], formPage: page);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
    }

    private async Task<string> SlugAsync(int id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync();
    }

    private async Task<int> CountAsync<TEntity>()
        where TEntity : class
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Set<TEntity>().CountAsync();
    }
}
