using System.Net;
using System.Text.Json;

namespace Halsoportal.Web.Tests.Search;

/// <summary>/sok and /api/v1/search through HTTP over the demo content.</summary>
[Collection(SharedSite.Name)]
public sealed class SearchPageTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateSiteClient();

    [Fact]
    public async Task EveryPage_HasSearchBoxInHeaderCarryingTheKommun()
    {
        var home = await Html.GetOkAsync(_client, "/");
        var kommun = await Html.GetOkAsync(_client, "/sundsvall");

        Assert.Equal("/sok", home.QuerySelector("header form[role=search]")!.GetAttribute("action"));
        Assert.Null(home.QuerySelector("header form[role=search] input[name=kommun]"));
        Assert.Equal("sundsvall", kommun.QuerySelector("header form[role=search] input[name=kommun]")!.GetAttribute("value"));
        Assert.NotNull(kommun.QuerySelector("header label[for=sidsok]"));
    }

    [Fact]
    public async Task Search_TypoInKommun_FindsArticleInsideKommunAndSuggestsSpelling()
    {
        var document = await Html.GetOkAsync(_client, "/sok?q=ungdomsmotagning&kommun=sundsvall");

        Assert.StartsWith("Sökresultat för ”ungdomsmotagning”", document.Title, StringComparison.Ordinal);
        // The place itself comes first, then what to read about it.
        var hits = Html.Links(document, ".hit__title a");
        Assert.Equal("/sundsvall/kontakt/ungdomsmottagningen-sundsvall", hits[0]);
        Assert.Contains("/sundsvall/ma-bra-som-ung-ungdomsmottagningen-och-stod-i-vasternorrland", hits.Take(3));
        Assert.Equal("/sok?q=ungdomsmottagning&kommun=sundsvall", document.QuerySelector(".did-you-mean a")!.GetAttribute("href"));
        Assert.NotEmpty(document.QuerySelectorAll(".hit__snippet mark"));
    }

    [Theory]
    [InlineData("vardcentral matfors", "/sundsvall/kontakt/halsocentralen-matfors")]
    [InlineData("bvc alnö", "/sundsvall/kontakt/barnavardscentralen-alno")]
    public async Task Search_ForAPlaceByTypeAndTown_FindsTheContactPointFirst(string query, string expected)
    {
        var document = await Html.GetOkAsync(_client, $"/sok?q={Uri.EscapeDataString(query)}&kommun=sundsvall");

        Assert.Equal(expected, Html.Links(document, ".hit__title a")[0]);
        Assert.StartsWith("Kontaktpunkt", document.QuerySelector(".hit__meta")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithoutKommun_LinksToArticlesWithoutKommun()
    {
        var document = await Html.GetOkAsync(_client, "/sok?q=sömn");

        Assert.All(Html.Links(document, ".hit__title a"), href => Assert.Matches("^/(artikel/|tillganglighetsredogorelse|integritet|om|[a-z-]+/kontakt/[a-z0-9-]+$)", href));
    }

    [Fact]
    public async Task Search_KommunResident_NeverSeesOtherKommunersLocalContent()
    {
        var document = await Html.GetOkAsync(_client, "/sok?q=träffpunkt&kommun=ange");

        Assert.DoesNotContain(document.QuerySelectorAll(".hit__meta").Select(m => m.TextContent), m => m.Contains("Vetlanda", StringComparison.Ordinal) || m.Contains("Jönköpings län", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_Filters_AreCheckboxesThatNarrowTheHits()
    {
        var all = await Html.GetOkAsync(_client, "/sok?q=barn&kommun=jonkoping");
        var filtered = await Html.GetOkAsync(_client, "/sok?q=barn&kommun=jonkoping&amne=munhalsa");

        Assert.NotNull(all.QuerySelector("input[type=checkbox][name=amne][value=munhalsa]"));
        Assert.True(filtered.QuerySelector("input[name=amne][value=munhalsa]")!.HasAttribute("checked"));
        Assert.True(CountOf(filtered) < CountOf(all), $"{CountOf(filtered)} filtered hits, {CountOf(all)} in all");
    }

    [Fact]
    public async Task Search_ManyHits_ArePagedWithLinks()
    {
        var first = await Html.GetOkAsync(_client, "/sok?q=hälsa");
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var second = await Html.GetOkAsync(_client, next);

        Assert.Contains("sida=2", next, StringComparison.Ordinal);
        Assert.Equal("11", second.QuerySelector("ol.hits")!.GetAttribute("start"));
        Assert.NotNull(second.QuerySelector(".pager a[rel=prev]"));
    }

    [Fact]
    public async Task Search_NoHits_OffersHelp()
    {
        var document = await Html.GetOkAsync(_client, "/sok?q=qqqxxzzy");

        Assert.Equal("Inga träffar för ”qqqxxzzy”", document.QuerySelector("#traffar")!.TextContent);
        Assert.Contains("/amne", Html.Links(document, ".results a"));
        Assert.Contains("1177", document.QuerySelector(".results")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_EmptySubmit_ShowsErrorSummary()
    {
        var document = await Html.GetOkAsync(_client, "/sok?q=");

        Assert.StartsWith("Fel:", document.Title, StringComparison.Ordinal);
        Assert.Equal("#q", document.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "title:(a OR", "\"obalanserat", "*", "?", "~2", "a AND OR NOT b", "\\", "((((", "]]]]", "<script>alert(1)</script>",
        "%00", "\u0001\u0002", "😀😀 sömn", new string('ö', 10_000), "' OR 1=1 --", "${jndi:ldap://x}", "/regex.*/", "+-&&||!(){}[]^\"~*?:\\/",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Search_HostileQuery_IsTextNever500(string query)
    {
        var response = await _client.GetAsync(new Uri($"/sok?q={Uri.EscapeDataString(query)}&sida=%FF&kommun=<x>&typ=okand&amne=finns-inte", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Search_ReturnsHitsFacetsAndKommunUrls()
    {
        var response = await _client.GetAsync(new Uri("/api/v1/search?q=BVC&municipality=jonkoping&pageSize=5", UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(json.GetProperty("totalHits").GetInt32() > 0);
        var hit = json.GetProperty("hits")[0];
        Assert.StartsWith("/jonkoping/", hit.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("article", hit.GetProperty("type").GetString());
        Assert.True(json.GetProperty("facets").GetProperty("topics").GetArrayLength() > 0);
        Assert.True(json.GetProperty("hits").GetArrayLength() <= 5);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=51", "pageSize")]
    [InlineData("municipality=atlantis", "municipality")]
    [InlineData("type=kontaktpunkt", "type")]
    [InlineData("topic=somn,finns-inte", "topic")]
    [InlineData("easyRead=kanske", "easyRead")]
    [InlineData("language=klingon", "language")]
    [InlineData("kommun=sundsvall", "kommun")]
    [InlineData("q=a&q=b", "q")]
    public async Task Api_Search_BadParameter_Gives400ProblemDetailsNaming(string parameter, string field)
    {
        var response = await _client.GetAsync(new Uri($"/api/v1/search?q=somn&{parameter}", UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(json.GetProperty("errors").TryGetProperty(field, out var messages));
        Assert.Contains("/", messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Suggest_GivesTitlesWithUrlsInTheKommun()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/v1/search/suggest?q=ungdomsmott&municipality=sundsvall", UriKind.Relative))).RootElement;

        Assert.InRange(json.GetArrayLength(), 1, 6);
        Assert.All(json.EnumerateArray(), s => Assert.StartsWith("/sundsvall/", s.GetProperty("url").GetString(), StringComparison.Ordinal));
        Assert.Contains(json.EnumerateArray(), s => s.GetProperty("title").GetString()!.Contains("ungdomsmottagning", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/api/v1/search/suggest?q=u")]
    [InlineData("/api/v1/search/suggest")]
    [InlineData("/api/v1/search/suggest?q=%3Cscript%3E")]
    public async Task Api_Suggest_ShortOrOddInput_GivesEmptyOrSafeList(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.ValueKind);
    }

    [Fact]
    public async Task Api_Suggest_UnknownKommun_Gives400()
    {
        var response = await _client.GetAsync(new Uri("/api/v1/search/suggest?q=somn&municipality=atlantis", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Api_UnknownRoute_Gives404ProblemDetailsNotHtml()
    {
        var response = await _client.GetAsync(new Uri("/api/v1/finns-inte", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static int CountOf(AngleSharp.Dom.IDocument document) =>
        int.Parse(document.QuerySelector("#traffar")!.TextContent.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
