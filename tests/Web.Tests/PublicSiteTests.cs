using System.Net;

namespace Halsoportal.Web.Tests;

/// <summary>The public pages through HTTP, over the seeded demo content.</summary>
[Collection(SharedSite.Name)]
public sealed class PublicSiteTests(SiteFactory site) : IDisposable
{
    private const string SundsvallLocal = "motesplatser-mot-ensamhet-i-sundsvall";
    private const string VasternorrlandRegional = "fysisk-aktivitet-pa-recept-i-vasternorrland";
    private const string JonkopingRegional = "halsosamtal-pa-din-vardcentral-i-jonkopings-lan";
    private const string National = "friska-tander-och-en-frisk-mun-genom-livet";

    private readonly HttpClient _client = site.CreateSiteClient();

    [Fact]
    public async Task Home_Get_ListsAll290KommunerByLanAndFeaturedContent()
    {
        var document = await Html.GetOkAsync(_client, "/");

        Assert.Equal("sv", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(21, document.QuerySelectorAll("details.lan").Length);
        Assert.Equal(290, document.QuerySelectorAll(".kommun-links a").Length);
        Assert.Contains("/ornskoldsvik", Html.Links(document, ".kommun-links a"));
        Assert.Contains("/upplands-vasby", Html.Links(document, ".kommun-links a"));
        Assert.NotEmpty(document.QuerySelectorAll("#utvalt ~ .cards .card"));
        Assert.Equal(290, document.QuerySelectorAll("#kommunlista option").Length);
    }

    [Theory]
    [InlineData("Örnsköldsvik", "/ornskoldsvik")]
    [InlineData("ornskoldsvik", "/ornskoldsvik")]
    [InlineData("  ÖRNSKÖLDSVIK kommun ", "/ornskoldsvik")]
    [InlineData("jönk", "/jonkoping")]
    [InlineData("Upplands Väsby", "/upplands-vasby")]
    [InlineData("Habo", "/habo")]
    [InlineData("Håbo", "/haabo")]
    public async Task Home_TypedKommun_RedirectsToKommunPage(string typed, string expected)
    {
        var response = await _client.GetAsync(new Uri($"/?kommun={Uri.EscapeDataString(typed)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("", "Skriv namnet på din kommun.")]
    [InlineData("Atlantis", "Vi hittar ingen kommun som heter ”Atlantis”.")]
    [InlineData("upp", "Flera kommuner börjar på ”upp”.")]
    public async Task Home_BadKommun_ShowsErrorSummaryLinkedToField(string typed, string message)
    {
        var document = await Html.GetOkAsync(_client, $"/?kommun={Uri.EscapeDataString(typed)}");

        Assert.StartsWith("Fel:", document.Title, StringComparison.Ordinal);
        var summaryLink = document.QuerySelector(".error-summary a")!;
        Assert.Equal("#kommun", summaryLink.GetAttribute("href"));
        Assert.StartsWith(message, summaryLink.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", document.QuerySelector("#kommun")!.GetAttribute("aria-invalid"));
        Assert.Contains("kommun-fel", document.QuerySelector("#kommun")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal(typed, document.QuerySelector("#kommun")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Home_AmbiguousKommun_OffersTheCandidates()
    {
        var document = await Html.GetOkAsync(_client, "/?kommun=upp");

        Assert.Equal(["/upplands-vasby", "/upplands-bro", "/uppsala", "/uppvidinge"], Html.Links(document, ".candidates a"));
    }

    [Fact]
    public async Task KommunPage_Sundsvall_ShowsOwnThenRegionalThenNationalContent()
    {
        var document = await Html.GetOkAsync(_client, "/sundsvall");

        Assert.Equal("Hälsa i Sundsvall", document.QuerySelector("h1")!.TextContent);
        Assert.Equal(
            ["Från Sundsvall", "Från Region Västernorrland", "För hela Sverige"],
            document.QuerySelectorAll("section > h2").Select(h => h.TextContent).Take(3));
        var links = Html.Links(document, ".card__title a");
        Assert.Contains($"/sundsvall/{SundsvallLocal}", links);
        Assert.Contains($"/sundsvall/{VasternorrlandRegional}", links);
        Assert.Contains($"/sundsvall/{National}", links);
        Assert.DoesNotContain($"/sundsvall/{JonkopingRegional}", links);
        Assert.DoesNotContain(links, l => l.Contains("ange", StringComparison.Ordinal) && l.Contains("traffpunkter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KommunPage_KommunWithoutLocalContent_SaysSoAndShowsRegionalAndNational()
    {
        var document = await Html.GetOkAsync(_client, "/stockholm");

        Assert.Contains("har inte publicerat något eget innehåll", document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"/stockholm/{National}", Html.Links(document, ".card__title a"));
    }

    [Fact]
    public async Task KommunPage_LifeSituationFilter_ShowsOnlyThatLifeSituation()
    {
        var all = Html.Links(await Html.GetOkAsync(_client, "/sundsvall"), ".card__title a");
        var document = await Html.GetOkAsync(_client, "/sundsvall?livssituation=aldre");
        var older = Html.Links(document, ".card__title a");

        Assert.NotEmpty(older);
        Assert.True(older.Count < all.Count);
        Assert.Equal("true", document.QuerySelector(".filter a[href='/sundsvall?livssituation=aldre']")!.GetAttribute("aria-current"));
        Assert.StartsWith("Äldre", document.Title, StringComparison.Ordinal);
        foreach (var link in older.Take(3))
        {
            var article = await Html.GetOkAsync(_client, link);
            Assert.Contains("äldre", article.QuerySelector(".article__footer")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task KommunPage_UnknownLifeSituation_ExplainsAndShowsEverything()
    {
        var document = await Html.GetOkAsync(_client, "/sundsvall?livssituation=%3Cb%3Eokand%3C%2Fb%3E");

        Assert.Contains("Vi känner inte igen livssituationen ”<b>okand</b>”", document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll(".notice b"));
        Assert.NotEmpty(document.QuerySelectorAll(".card"));
    }

    [Fact]
    public async Task ArticlePage_InKommun_HasBreadcrumbsReviewDatesTopicsAndEasyReadLink()
    {
        var document = await Html.GetOkAsync(_client, $"/sundsvall/{VasternorrlandRegional}");

        Assert.Equal("Fysisk aktivitet på recept i Västernorrland", document.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Start", "Sundsvall", "Fysisk aktivitet", "Fysisk aktivitet på recept i Västernorrland"], document.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent.Trim()));
        Assert.Equal("page", document.QuerySelector(".breadcrumbs [aria-current]")!.GetAttribute("aria-current"));
        Assert.Equal("Gäller hela Region Västernorrland", document.QuerySelector(".article__applies")!.TextContent);
        var review = document.QuerySelector(".review")!.TextContent;
        Assert.Contains("Senast granskad", review, StringComparison.Ordinal);
        Assert.Contains("Nästa granskning", review, StringComparison.Ordinal);
        Assert.Contains("Ansvarig", review, StringComparison.Ordinal);
        Assert.Matches(@"\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) 2026", review);
        Assert.Contains("/sundsvall/amne/fysisk-aktivitet", Html.Links(document, ".tags a"));
        Assert.Equal($"/sundsvall/{VasternorrlandRegional}/lattlast", document.QuerySelector(".variant-link a")!.GetAttribute("href"));
        Assert.NotEmpty(document.QuerySelectorAll(".prose h2"));
    }

    [Fact]
    public async Task ArticlePage_EasyRead_IsMarkedAndLinksBack()
    {
        var document = await Html.GetOkAsync(_client, $"/sundsvall/{VasternorrlandRegional}/lattlast");

        Assert.Equal("Lättläst", document.QuerySelector(".label")!.TextContent);
        Assert.EndsWith("(lättläst) – Hälsoportal", document.Title, StringComparison.Ordinal);
        Assert.Equal($"/sundsvall/{VasternorrlandRegional}", document.QuerySelector(".variant-link a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData($"/jonkoping/{SundsvallLocal}")]
    [InlineData($"/jonkoping/{VasternorrlandRegional}")]
    [InlineData($"/sundsvall/{JonkopingRegional}")]
    [InlineData($"/sundsvall/{SundsvallLocal}/lattlast")]
    [InlineData($"/sundsvall/{VasternorrlandRegional}/engelska")]
    [InlineData("/sundsvall/finns-inte")]
    [InlineData("/atlantis")]
    [InlineData("/atlantis/amne/somn")]
    [InlineData("/amne/finns-inte")]
    [InlineData("/artikel/finns-inte")]
    [InlineData("/finns/inte/alls/har")]
    public async Task NotVisibleOrUnknown_Gives404InSwedishWithAWayOn(string url)
    {
        var (response, document) = await Html.GetAsync(_client, url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Sidan finns inte", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("/", Html.Links(document, "main a"));
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ArticleWithoutKommun_LocalArticle_RedirectsToItsKommun()
    {
        var response = await _client.GetAsync(new Uri($"/artikel/{SundsvallLocal}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/sundsvall/{SundsvallLocal}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ArticleWithoutKommun_RegionalArticle_InvitesToChooseKommun()
    {
        var document = await Html.GetOkAsync(_client, $"/artikel/{VasternorrlandRegional}");

        Assert.Contains("Välj din kommun", document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Start", "Fysisk aktivitet", "Fysisk aktivitet på recept i Västernorrland"], document.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task TopicPage_InKommun_ListsOnlyWhatTheKommunSees()
    {
        var document = await Html.GetOkAsync(_client, "/sundsvall/amne/fysisk-aktivitet");

        Assert.Equal("Fysisk aktivitet", document.QuerySelector("h1")!.TextContent);
        var links = Html.Links(document, ".card__title a");
        Assert.Contains($"/sundsvall/{VasternorrlandRegional}", links);
        Assert.All(links, l => Assert.StartsWith("/sundsvall/", l, StringComparison.Ordinal));
        Assert.DoesNotContain(links, l => l.Contains("jonkoping", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TopicPage_WithoutKommun_GroupsNationalAndRegionalContent()
    {
        var document = await Html.GetOkAsync(_client, "/amne/fysisk-aktivitet");

        var headings = document.QuerySelectorAll("section > h2").Select(h => h.TextContent).ToList();
        Assert.Contains("Från Region Västernorrland", headings);
        Assert.Contains("Från Region Jönköpings län", headings);
        Assert.All(Html.Links(document, ".card__title a"), l => Assert.StartsWith("/artikel/", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TopicsIndex_ListsAllThirteenTopics()
    {
        var document = await Html.GetOkAsync(_client, "/jonkoping/amne");

        Assert.Equal(13, document.QuerySelectorAll(".card__title a").Length);
        Assert.Contains("/jonkoping/amne/somn", Html.Links(document, ".card__title a"));
    }

    [Theory]
    [InlineData("/tillganglighetsredogorelse", "Tillgänglighet för Hälsoportal")]
    [InlineData("/integritet", "Integritet och kakor")]
    [InlineData("/om", "Om Hälsoportal")]
    public async Task SitePages_Get_ShowTheirContent(string url, string heading)
    {
        var document = await Html.GetOkAsync(_client, url);

        Assert.Equal(heading, document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Senast uppdaterad", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessibilityStatement_LinksToDiggsReportingFunction()
    {
        var document = await Html.GetOkAsync(_client, "/tillganglighetsredogorelse");

        Assert.Contains("https://www.digg.se/tdosanmalan", Html.Links(document, "main a"));
        Assert.Contains("delvis förenlig", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private static readonly string[] TemplateUrls =
    [
        "/", "/?kommun=xyz", "/sundsvall", "/sundsvall?livssituation=aldre", $"/sundsvall/{VasternorrlandRegional}",
        $"/sundsvall/{VasternorrlandRegional}/lattlast", $"/artikel/{National}", "/amne", "/amne/somn", "/sundsvall/amne/somn",
        "/tillganglighetsredogorelse", "/tillganglighetsredogorelse/rapportera", "/integritet", "/om", "/finns-inte", "/css/site.css", "/health",
    ];

    public static TheoryData<string> EveryTemplate => new(TemplateUrls);

    [Theory]
    [MemberData(nameof(EveryTemplate))]
    public async Task EveryResponse_SetsNoCookieAndCarriesSecurityHeaders(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} set a cookie");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.NotNull(response.Content.Headers.ContentType?.CharSet ?? (url == "/css/site.css" ? "css" : null));
    }

    [Fact]
    public async Task EveryHtmlPage_HasSkipLinkFirstMainLandmarkAndStatementInFooter()
    {
        foreach (var url in TemplateUrls.Where(u => u is not "/css/site.css" and not "/health"))
        {
            var (_, document) = await Html.GetAsync(_client, url);
            var firstFocusable = document.Body!.QuerySelector("a, button, input, select, textarea, summary")!;
            Assert.Equal("#innehall", firstFocusable.GetAttribute("href"));
            Assert.NotNull(document.QuerySelector("main#innehall"));
            Assert.Contains("/tillganglighetsredogorelse", Html.Links(document, "footer a"));
        }
    }

    public static TheoryData<string> MalformedQueries => new()
    {
        "/?kommun=%ZZ",
        "/?kommun=%00",
        "/?kommun[]=a&kommun[]=b",
        "/?kommun=a&kommun=b",
        $"/?kommun={new string('å', 5000)}",
        "/?kommun=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/sundsvall?livssituation=%E0%A4%A",
        "/sundsvall?livssituation=aldre&livssituation=vuxna",
        "/amne/somn?livssituation=%FF%FE",
        "/fel/abc",
        "/fel/99999999999",
        "/sundsvall/%2e%2e/%2e%2e/etc/passwd",
        "/%C3%28",
    };

    [Theory]
    [MemberData(nameof(MalformedQueries))]
    public async Task MalformedInput_NeverGives500(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode < 500, $"{url} gave {(int)response.StatusCode}");
        Assert.DoesNotContain("<script>alert", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_Get_ReportsDatabaseAndDataFolder()
    {
        var response = await _client.GetAsync(new Uri("/health", UriKind.Relative));
        var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.Equal(290, json.GetProperty("checks").GetProperty("database").GetProperty("data").GetProperty("kommuner").GetInt32());
        Assert.Equal("Healthy", json.GetProperty("checks").GetProperty("dataFolder").GetProperty("status").GetString());
    }

    [Fact]
    public async Task StaticCss_FromRootWwwroot_IsServedByTheTestHost()
    {
        var response = await _client.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".skip-link", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Layout_LinksStylesheetWithVersionHash()
    {
        var document = await Html.GetOkAsync(_client, "/");

        Assert.Matches(@"^/css/site\.css\?v=[A-Za-z0-9_-]+$", document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    /// <summary>After each test: the server logged nothing at Warning or above.</summary>
    public void Dispose()
    {
        var problems = new List<string>();
        while (site.Problems.TryDequeue(out var problem))
        {
            problems.Add(problem);
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
