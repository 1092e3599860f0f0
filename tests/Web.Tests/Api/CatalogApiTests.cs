using System.Net;
using System.Text.Json;

namespace Halsoportal.Web.Tests.Api;

/// <summary><c>/api/v1/regions</c> and <c>/api/v1/municipalities</c>.</summary>
[Collection(SharedSite.Name)]
public sealed class CatalogApiTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateSiteClient();

    [Fact]
    public async Task Regions_ListsEveryLanInCodeOrderWithItsKommuner()
    {
        var regions = (await _client.GetJsonAsync("/api/v1/regions")).EnumerateArray().ToList();
        var vasternorrland = regions.Single(r => r.GetProperty("code").GetString() == "22");

        Assert.Equal(21, regions.Count);
        Assert.Equal(290, regions.Sum(r => r.GetProperty("municipalities").GetArrayLength()));
        Assert.Equal(regions.Select(r => r.GetProperty("code").GetString()).Order(StringComparer.Ordinal), regions.Select(r => r.GetProperty("code").GetString()));
        Assert.Equal("Region Västernorrland", vasternorrland.GetProperty("organisation").GetString());
        Assert.Equal(7, vasternorrland.GetProperty("municipalities").GetArrayLength());
        Assert.Contains(vasternorrland.GetProperty("municipalities").EnumerateArray(), k => k.GetProperty("slug").GetString() == "sundsvall" && k.GetProperty("code").GetString() == "2281");
    }

    [Fact]
    public async Task Region_ByCode_GivesIt_AndAnUnknownCodeIs404()
    {
        var jonkoping = await _client.GetJsonAsync("/api/v1/regions/06");

        Assert.Equal("Jönköpings län", jonkoping.GetProperty("name").GetString());
        Assert.Equal(13, jonkoping.GetProperty("municipalities").GetArrayLength());
        await _client.GetProblemAsync("/api/v1/regions/99", HttpStatusCode.NotFound);
        await _client.GetFieldErrorAsync("/api/v1/regions?lan=22", "lan");
    }

    [Fact]
    public async Task Municipalities_AllOrOneLans()
    {
        var all = (await _client.GetJsonAsync("/api/v1/municipalities")).EnumerateArray().ToList();
        var vasternorrland = (await _client.GetJsonAsync("/api/v1/municipalities?region=22")).EnumerateArray().ToList();

        Assert.Equal(290, all.Count);
        Assert.Equal(7, vasternorrland.Count);
        Assert.All(vasternorrland, k => Assert.Equal("22", k.GetProperty("region").GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("region=99")]
    [InlineData("region=Västernorrland")]
    [InlineData("region=22&region=06")]
    public async Task Municipalities_BadRegion_Gives400(string query)
    {
        await _client.GetFieldErrorAsync($"/api/v1/municipalities?{query}", "region");
    }

    [Fact]
    public async Task Municipality_BySlugOrCode_IsTheSame_WithLinks()
    {
        var bySlug = await _client.GetJsonAsync("/api/v1/municipalities/ornskoldsvik");
        var byCode = await _client.GetJsonAsync("/api/v1/municipalities/2284");

        Assert.Equal(bySlug.ToString(), byCode.ToString());
        Assert.Equal("Örnsköldsvik", bySlug.GetProperty("name").GetString());
        Assert.Equal("Region Västernorrland", bySlug.GetProperty("region").GetProperty("organisation").GetString());
        Assert.Equal("/ornskoldsvik", bySlug.GetProperty("url").GetString());
        Assert.Equal("/ornskoldsvik/kontakt", bySlug.GetProperty("contactPointFinderUrl").GetString());
        Assert.Equal("/ornskoldsvik/flode.xml", bySlug.GetProperty("feedUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(bySlug.GetProperty("url").GetString()!, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(bySlug.GetProperty("contactPointFinderUrl").GetString()!, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(bySlug.GetProperty("feedUrl").GetString()!, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(bySlug.GetProperty("dialogsUrl").GetString()!, UriKind.Relative))).StatusCode);
        await _client.GetJsonAsync(bySlug.GetProperty("articlesApiUrl").GetString()!);
    }

    [Fact]
    public async Task Municipality_Unknown_Is404Problem()
    {
        var problem = await _client.GetProblemAsync("/api/v1/municipalities/atlantis", HttpStatusCode.NotFound);

        Assert.Contains("atlantis", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Number, problem.GetProperty("status").ValueKind);
    }
}
