using System.Net;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Languages;

/// <summary>
/// A kommun in another language: the kommun page's language switch, the language pages at
/// <c>/{kommun}/sprak/{kod}</c> over the demo content, and the finder's "personalen talar" filter.
/// </summary>
public sealed class KommunLanguagePageTests(KommunLanguagePageTests.DemoDialogSite demo) : IClassFixture<KommunLanguagePageTests.DemoDialogSite>
{
    /// <summary>The demo site with the demo dialogs, whose Sundsvall survey has Finnish and Yiddish translations.</summary>
    public sealed class DemoDialogSite : IAsyncLifetime
    {
        public SiteFactory Site { get; } = new SiteFactory().WithSetting("Halsoportal:SeedDemoDialogs", "true");

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Site.DisposeAsync();
    }

    private const string SleepInFinnish = "/sundsvall/sov-battre-enkla-rad-for-dina-natter/fi";
    private const string DemoDialogInFinnish = "/sundsvall/dialog/trygga-gang-och-cykelvagar/fi";

    private readonly HttpClient _client = demo.Site.CreateSiteClient();

    [Theory]
    [InlineData("sundsvall")]
    [InlineData("jonkoping")]
    [InlineData("ornskoldsvik")]
    [InlineData("stockholm")]
    public async Task KommunPage_SwitchLinksOnlyToLanguagePagesThatExist_NamedInTheirLanguage(string kommun)
    {
        var document = await Html.GetOkAsync(_client, $"/{kommun}");
        var items = document.QuerySelectorAll("main nav.language-switch li").ToList();

        Assert.NotEmpty(items);
        Assert.Equal(("sv", $"/{kommun}", "page"), (items[0].GetAttribute("lang"), items[0].QuerySelector("a")!.GetAttribute("href"), items[0].QuerySelector("a")!.GetAttribute("aria-current")));
        foreach (var item in items.Skip(1))
        {
            var code = item.GetAttribute("lang")!;
            var link = item.QuerySelector("a")!;
            Assert.Equal(code, link.GetAttribute("hreflang"));
            Assert.Equal($"/{kommun}/sprak/{code}", link.GetAttribute("href"));
            var page = await Html.GetOkAsync(_client, link.GetAttribute("href")!);
            Assert.Equal(code, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal(link.TextContent.Trim(), page.QuerySelector("main h1")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task KommunPage_InTheFinnishAndSamiAreas_ListsThoseLanguagesFirst()
    {
        // Sundsvall is in the förvaltningsområden for finska and samiska (sydsamiska).
        var document = await Html.GetOkAsync(_client, "/sundsvall");
        var codes = document.QuerySelectorAll("main nav.language-switch li").Select(li => li.GetAttribute("lang")).ToList();

        Assert.Equal(["sv", "fi", "sma"], codes.Take(3));
        Assert.Contains("yi", codes);
    }

    [Fact]
    public async Task FinnishPage_ListsTheFinnishTexts_TheDialogInFinnish_FinnishSpeakingStaff_AndTheRights()
    {
        var document = await Html.GetOkAsync(_client, "/sundsvall/sprak/fi");

        Assert.Equal("fi", document.DocumentElement.GetAttribute("lang"));
        Assert.Null(document.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Suomi", document.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(await ExpectedTranslationsAsync("2281", "fi"), Html.Links(document, "section[aria-labelledby=texter] .card__title a").Order(StringComparer.Ordinal));
        Assert.Contains(SleepInFinnish, Html.Links(document, "section[aria-labelledby=texter] a"));
        Assert.Equal([DemoDialogInFinnish], Html.Links(document, "section[aria-labelledby=dialoger] .card__title a"));
        Assert.Equal("Turvallisuus ja valaistus kävely- ja pyöräteillä", document.QuerySelector("section[aria-labelledby=dialoger] .card__title a")!.TextContent.Trim());

        // Staff who speak Finnish, by the demo's data: Matfors and Stöde do, Kvissleby and Nacksta do not.
        var staff = document.QuerySelectorAll("section[aria-labelledby=kontakt] ul a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Hälsocentralen Matfors", staff);
        Assert.Contains("Träffpunkt Stöde", staff);
        Assert.DoesNotContain("Hälsocentralen Kvissleby", staff);
        Assert.DoesNotContain("Hälsocentralen Nacksta", staff);
        Assert.Equal("sv", document.QuerySelector("section[aria-labelledby=kontakt] ul")!.GetAttribute("lang"));
        Assert.Contains("/sundsvall/kontakt?sprak=fi", Html.Links(document, "section[aria-labelledby=kontakt] p a"));

        // The rights of the förvaltningsområde, in the interface's language and marked as Swedish.
        var rights = document.QuerySelector("main .notice")!;
        Assert.Equal("sv", rights.GetAttribute("lang"));
        Assert.Contains("förvaltningsområdet för finska", rights.TextContent, StringComparison.Ordinal);
        Assert.Equal("sv", document.QuerySelector("#texter")!.GetAttribute("lang"));

        foreach (var link in Html.Links(document, "main section a"))
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(link, UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task YiddishPage_IsRightToLeft_WithSwedishPassagesLeftToRight_AndNoRightsOutsideAnArea()
    {
        var document = await Html.GetOkAsync(_client, "/sundsvall/sprak/yi");

        Assert.Equal(("yi", "rtl"), (document.DocumentElement.GetAttribute("lang"), document.DocumentElement.GetAttribute("dir")));
        Assert.Equal(("sv", "ltr"), (document.QuerySelector("main .lead")!.GetAttribute("lang"), document.QuerySelector("main .lead")!.GetAttribute("dir")));
        Assert.Null(document.QuerySelector("main .notice"));
        Assert.Contains("/sundsvall/dialog/trygga-gang-och-cykelvagar/yi", Html.Links(document, "section[aria-labelledby=dialoger] a"));
    }

    [Fact]
    public async Task EnglishPage_HasEnglishInterfaceText()
    {
        var document = await Html.GetOkAsync(_client, "/sundsvall/sprak/en");

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Health advice", document.QuerySelector("#texter")!.TextContent.Trim());
        Assert.Null(document.QuerySelector("#texter")!.GetAttribute("lang"));
        Assert.Equal("Staff who speak English", document.QuerySelector("#kontakt")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/sundsvall/sprak/xx", "Adressen leder inte till något språk")] // not a language
    [InlineData("/sundsvall/sprak/sv", "Adressen leder inte till något språk")] // Swedish is the kommun page itself
    [InlineData("/sundsvall/sprak/ar", "på arabiska (العربية)")] // a language with nothing in Sundsvall
    public async Task LanguagePage_ThatWouldBeEmptyOrUnknown_IsNotFound_AndOffersTheLanguagesThatExist(string path, string says)
    {
        var (response, document) = await Html.GetAsync(_client, path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(says, document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var offered = Html.Links(document, "main nav.language-switch a");
        Assert.Equal("/sundsvall", offered[0]);
        Assert.Contains("/sundsvall/sprak/fi", offered);
        Assert.DoesNotContain(document.QuerySelectorAll("main nav.language-switch a"), a => a.HasAttribute("aria-current"));
    }

    [Fact]
    public async Task LanguagePage_OfAKommunThatDoesNotExist_IsNotFound() =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/finns-inte/sprak/fi", UriKind.Relative))).StatusCode);

    [Fact]
    public async Task Finder_FilteredByALanguageTheStaffSpeak_ShowsOnlyThoseAndKeepsTheChoice()
    {
        var all = await Html.GetOkAsync(_client, "/sundsvall/kontakt");
        var finnish = await Html.GetOkAsync(_client, "/sundsvall/kontakt?sprak=fi");

        var options = all.QuerySelectorAll("#sprak option").Select(o => (o.GetAttribute("value"), o.TextContent.Trim())).ToList();
        Assert.Contains(("fi", "Finska (Suomi)"), options);
        Assert.Contains(("en", "Engelska (English)"), options);
        Assert.DoesNotContain(options, o => o.Item1 == "sv");
        Assert.Equal("fi", finnish.QuerySelector("#sprak option[selected]")!.GetAttribute("value"));

        var names = finnish.QuerySelectorAll(".contact-card__name").Select(n => n.TextContent.Trim()).ToList();
        Assert.Equal(["Anhörigcentrum Sundsvall", "Beroendemottagningen Sundsvall", "Hälsocentralen Centrum Sundsvall", "Hälsocentralen Matfors", "Träffpunkt Stöde"], names.Order(StringComparer.Ordinal));
        Assert.True(all.QuerySelectorAll(".contact-card__name").Length > names.Count);

        // A code the finder does not know filters nothing.
        var unknown = await Html.GetOkAsync(_client, "/sundsvall/kontakt?sprak=klingon");
        Assert.Equal(all.QuerySelectorAll(".contact-card__name").Length, unknown.QuerySelectorAll(".contact-card__name").Length);
    }

    /// <summary>The rule written out again from the database: published texts in the language, of articles shown in the kommun.</summary>
    private async Task<IEnumerable<string>> ExpectedTranslationsAsync(string kommunCode, string language)
    {
        await using var scope = demo.Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var kommun = await db.Kommuner.AsNoTracking().SingleAsync(k => k.Code == kommunCode);
        var now = DateTime.UtcNow;
        var articles = await db.Articles.AsNoTracking().Include(a => a.Texts).Include(a => a.Kommuner).ToListAsync();
        return articles
            .Where(a => a.PublishedAt is { } at && at <= now && a.Texts.Any(t => t.Language == language))
            .Where(a => a.Scope == ArticleScope.National
                || (a.Scope == ArticleScope.Region && a.RegionCode == kommun.RegionCode)
                || (a.Scope == ArticleScope.Kommuner && a.Kommuner.Any(k => k.Code == kommunCode)))
            .Select(a => $"/{kommun.Slug}/{a.Slug}/{language}")
            .Order(StringComparer.Ordinal);
    }
}
