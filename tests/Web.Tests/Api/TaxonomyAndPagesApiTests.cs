using System.Net;
using System.Text.Json;

namespace Halsoportal.Web.Tests.Api;

/// <summary><c>/api/v1/topics</c>, <c>/api/v1/life-situations</c> and <c>/api/v1/pages</c>.</summary>
[Collection(SharedSite.Name)]
public sealed class TaxonomyAndPagesApiTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateSiteClient();

    [Fact]
    public async Task Topics_ListEveryTopicWithItsArticleCountAndPage()
    {
        var topics = (await _client.GetJsonAsync("/api/v1/topics")).EnumerateArray().ToList();
        var somn = topics.Single(t => t.GetProperty("slug").GetString() == "somn");
        var somnArticles = await _client.GetJsonAsync("/api/v1/articles?topic=somn");

        Assert.True(topics.Count >= 13, $"{topics.Count} topics");
        Assert.Equal("Sömn", somn.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(somn.GetProperty("description").GetString()));
        Assert.Equal(somnArticles.GetProperty("totalItems").GetInt32(), somn.GetProperty("articleCount").GetInt32());
        Assert.Equal("/amne/somn", somn.GetProperty("url").GetString());
        Assert.DoesNotContain(topics, t => t.GetProperty("slug").GetString() == "aldre");
    }

    [Fact]
    public async Task Topic_BySlug_OrNotFound()
    {
        var somn = await _client.GetJsonAsync("/api/v1/topics/somn");

        Assert.Equal("somn", somn.GetProperty("slug").GetString());
        await _client.GetProblemAsync("/api/v1/topics/aldre", HttpStatusCode.NotFound);
        await _client.GetProblemAsync("/api/v1/topics/sovande", HttpStatusCode.NotFound);
        await _client.GetFieldErrorAsync("/api/v1/topics?sort=name", "sort");
    }

    [Fact]
    public async Task LifeSituations_ListAndOne()
    {
        var all = (await _client.GetJsonAsync("/api/v1/life-situations")).EnumerateArray().ToList();
        var aldre = await _client.GetJsonAsync("/api/v1/life-situations/aldre");
        var aldreArticles = await _client.GetJsonAsync("/api/v1/articles?lifeSituation=aldre");

        Assert.Equal(["barn-och-unga", "vuxna", "aldre", "foralder", "narstaende"], all.Select(t => t.GetProperty("slug").GetString()));
        Assert.Equal(aldreArticles.GetProperty("totalItems").GetInt32(), aldre.GetProperty("articleCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, aldre.GetProperty("url").ValueKind);
        await _client.GetProblemAsync("/api/v1/life-situations/somn", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Pages_ListTheSitesOwnPages()
    {
        var pages = (await _client.GetJsonAsync("/api/v1/pages")).EnumerateArray().ToList();

        Assert.Equal(["integritet", "om", "tillganglighetsredogorelse"], pages.Select(p => p.GetProperty("slug").GetString()));
        Assert.All(pages, p => Assert.Equal($"/{p.GetProperty("slug").GetString()}", p.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task Page_HasHtmlAndPlainTextBody_AndUnknownIs404()
    {
        var page = await _client.GetJsonAsync("/api/v1/pages/tillganglighetsredogorelse");
        var html = page.GetProperty("bodyHtml").GetString()!;
        var text = page.GetProperty("bodyText").GetString()!;

        Assert.Contains("<h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain('<', text);
        Assert.Contains("\n\n", text, StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", page.GetProperty("updated").GetString()!);
        await _client.GetProblemAsync("/api/v1/pages/hemlig", HttpStatusCode.NotFound);
    }
}
