using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;

namespace Halsoportal.Web.Tests.ContactPoints;

/// <summary>
/// The contact-point finder through HTTP, as a resident uses it at 17.55 the evening before midsommarafton:
/// each filter alone and combined, sorting from a typed place, a misspelt place, and the contact point's own page.
/// </summary>
public sealed class FinderTests(MidsummerEveSite fixture) : IClassFixture<MidsummerEveSite>
{
    private readonly HttpClient client = fixture.Client;

    private sealed record Card(string Name, string Path, string Type, IReadOnlyList<string> Statuses, string Address, string Access, string? Deviation);

    private async Task<(IDocument Page, List<Card> Cards)> FindAsync(string query)
    {
        var page = await Html.GetOkAsync(client, "/sundsvall/kontakt" + query);
        var cards = page.QuerySelectorAll(".contact-list > .contact-card").Select(c => new Card(
            c.QuerySelector(".contact-card__name")!.TextContent.Trim(),
            c.QuerySelector(".contact-card__name a")!.GetAttribute("href")!,
            c.QuerySelector(".contact-card__type")!.TextContent.Trim(),
            [.. c.QuerySelectorAll(".open-status__item").Select(s => s.TextContent.Trim())],
            c.QuerySelector(".contact-card__address")!.TextContent.Trim(),
            c.QuerySelector(".contact-card__access")?.TextContent ?? "",
            c.QuerySelector(".contact-card__deviation")?.TextContent.Trim())).ToList();
        return (page, cards);
    }

    private static bool OpenNow(Card card) =>
        card.Statuses.Any(s => s.StartsWith("Öppet nu", StringComparison.Ordinal) || s.StartsWith("Telefontid nu", StringComparison.Ordinal) || s.StartsWith("Drop-in nu", StringComparison.Ordinal));

    [Fact]
    public async Task Finder_WithoutFilters_ListsEveryContactPointOfTheKommunOpenOnesFirst()
    {
        var (page, cards) = await FindAsync("");

        Assert.True(cards.Count >= 8, $"{cards.Count} contact points in Sundsvall");
        Assert.All(cards, c => Assert.StartsWith("/sundsvall/kontakt/", c.Path, StringComparison.Ordinal));
        var visitingOpen = cards.Select(c => c.Statuses[0].StartsWith("Öppet nu", StringComparison.Ordinal)).ToList();
        Assert.Equal(visitingOpen.OrderByDescending(o => o), visitingOpen);
        Assert.StartsWith("Hitta kontaktpunkt i Sundsvall", page.Title, StringComparison.Ordinal);
        Assert.Contains("klockan 17.55", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finder_OpenNowPlusHearingLoopPlusStepFree_KeepsExactlyThePointsThatMeetAllThree()
    {
        var (_, all) = await FindAsync("?omrade=lan");
        var (page, filtered) = await FindAsync("?omrade=lan&oppet=nu&behov=horslinga&behov=entre-utan-trappsteg");

        var expected = all.Where(c => OpenNow(c) && c.Access.Contains("Hörslinga", StringComparison.Ordinal) && c.Access.Contains("Entré utan trappsteg", StringComparison.Ordinal)).Select(c => c.Path).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all.Count);
        Assert.Equal(expected, filtered.Select(c => c.Path).Order().ToList());
        Assert.Equal("true", page.QuerySelector("#behov-horslinga")!.HasAttribute("checked") ? "true" : "false");
        Assert.True(page.QuerySelector("details.finder__more")!.HasAttribute("open"));
    }

    [Fact]
    public async Task Finder_TheEveningBeforeMidsommarafton_SaysWhatClosesSoonAndThatTomorrowDiffers()
    {
        var (_, cards) = await FindAsync("?omrade=lan&oppet=nu");

        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.True(OpenNow(c), $"{c.Name}: {string.Join(" / ", c.Statuses)}"));
        Assert.Contains(cards, c => c.Statuses.Any(s => s.Contains("stänger snart", StringComparison.Ordinal)));
        Assert.Contains(cards, c => c.Deviation is { } d && d.StartsWith("Midsommarafton i morgon", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Finder_ByType_ShowsOnlyThatType()
    {
        var (_, cards) = await FindAsync("?typ=bvc");

        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.StartsWith("Barnavårdscentral (BVC)", c.Type, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Finder_FromATypedPlace_SortsNearestFirstWithDistances()
    {
        var (page, cards) = await FindAsync("?plats=matfors");

        Assert.Contains("närmast Matfors först", page.QuerySelector("#resultat")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Matfors", cards[0].Address, StringComparison.Ordinal);
        var distances = cards.Select(c => double.Parse(c.Address[(c.Address.LastIndexOf('·') + 1)..].Replace("km", "", StringComparison.Ordinal).Trim(), NumberStyles.Float, CultureInfo.GetCultureInfo("sv-SE"))).ToList();
        Assert.Equal(distances.Order(), distances);
    }

    [Fact]
    public async Task Finder_MisspeltPlace_SuggestsPlacesAndStillListsContactPoints()
    {
        var (page, cards) = await FindAsync("?plats=Matfos");

        var notice = page.QuerySelector("[role=status]")!;
        Assert.Contains("Vi hittade ingen ort som heter", notice.TextContent, StringComparison.Ordinal);
        var suggestion = notice.QuerySelector("a")!;
        Assert.StartsWith("Matfors", suggestion.TextContent, StringComparison.Ordinal);
        Assert.Contains("plats=Matfors", suggestion.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotEmpty(cards);
    }

    [Fact]
    public async Task Finder_WholeLan_IncludesOtherKommunerAndNamesThem()
    {
        var (_, cards) = await FindAsync("?omrade=lan");

        Assert.Contains(cards, c => c.Path.StartsWith("/harnosand/kontakt/", StringComparison.Ordinal) && c.Address.Contains("(Härnösand kommun)", StringComparison.Ordinal));
        Assert.DoesNotContain(cards, c => c.Path.StartsWith("/jonkoping/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Finder_NothingMatches_OffersWaysOutInsteadOfAnEmptyPage()
    {
        var (page, cards) = await FindAsync("?typ=tandvard&behov=ledstrak&behov=hiss&behov=horslinga&behov=parkering&oppet=nu&drivs-av=privat");

        Assert.Empty(cards);
        var links = Html.Links(page, ".notice a");
        Assert.Contains(links, l => l.Contains("omrade=lan", StringComparison.Ordinal));
        Assert.Contains("/sundsvall/kontakt", links);
    }

    [Theory]
    [InlineData("?typ=%3Cscript%3E&behov=okand&drivs-av=x&omrade=x&oppet=kanske")]
    [InlineData("?plats=%3Cimg%20src%3Dx%3E")]
    public async Task Finder_GarbageInTheQuery_IsIgnoredOrEscaped(string query)
    {
        var response = await client.GetAsync(new Uri("/sundsvall/kontakt" + query, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x>", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/finns-inte/kontakt")]
    [InlineData("/sundsvall/kontakt/finns-inte")]
    [InlineData("/harnosand/kontakt/halsocentralen-matfors")]
    [InlineData("/sundsvall/kontakt/finns-inte/kontaktkort.vcf")]
    public async Task UnknownKommunOrContactPoint_IsNotFound(string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ContactPointPage_ShowsTheWeekWithMidsommaraftonAndStructuredData()
    {
        var page = await Html.GetOkAsync(client, "/sundsvall/kontakt/halsocentralen-matfors");

        Assert.Equal("Hälsocentralen Matfors", page.QuerySelector("h1")!.TextContent.Trim());
        var rows = page.QuerySelectorAll(".hours tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.StartsWith("I dag, torsdag 24 juni", rows[0], StringComparison.Ordinal);
        Assert.Contains("Midsommarafton", rows[1], StringComparison.Ordinal);
        Assert.Contains("Öppettiderna bekräftades", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        var root = json.RootElement.GetProperty("mainEntity");
        Assert.Equal("Hälsocentralen Matfors", root.GetProperty("name").GetString());
        Assert.NotEmpty(root.GetProperty("openingHoursSpecification").EnumerateArray());
        Assert.Contains(root.GetProperty("specialOpeningHoursSpecification").EnumerateArray(), s => s.GetProperty("validFrom").GetString() == "2027-06-25");
        Assert.Equal("Matfors", root.GetProperty("address").GetProperty("addressLocality").GetString());
    }

    [Fact]
    public async Task VCard_HasNameAddressAndPhoneWithCrlfLines()
    {
        var response = await client.GetAsync(new Uri("/sundsvall/kontakt/halsocentralen-matfors/kontaktkort.vcf", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/vcard", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hälsocentralen Matfors\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nADR;TYPE=WORK:;;", text, StringComparison.Ordinal);
        Assert.Contains("\r\nTEL;TYPE=WORK,VOICE:060-99 99", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCARD\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text.Replace("\r\n", "", StringComparison.Ordinal), c => c == '\n');
    }

    [Fact]
    public async Task ArticleInAKommun_ShowsHelpHereFromItsTopics_AndNationalAddressDoesNot()
    {
        var kommunPage = await Html.GetOkAsync(client, "/sundsvall");
        var article = Html.Links(kommunPage, "main a").First(l => l.Contains("ungdomsmottagningen", StringComparison.Ordinal));

        var page = await Html.GetOkAsync(client, article);
        var help = page.QuerySelector("#har-far-du-hjalp")!.ParentElement!;
        Assert.Equal("Här får du hjälp i Sundsvall", page.QuerySelector("#har-far-du-hjalp")!.TextContent.Trim());
        var first = help.QuerySelector(".contact-card__name a")!.GetAttribute("href");
        Assert.Equal("/sundsvall/kontakt/ungdomsmottagningen-sundsvall", first);
        Assert.Contains("/sundsvall/kontakt", Html.Links(page, "#har-far-du-hjalp ~ p a"));
    }
}
