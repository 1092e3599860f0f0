using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Halsoportal.Web.Tests.Api;

/// <summary>/oppna-data/api explains every endpoint there is, and every example on it works.</summary>
[Collection(SharedSite.Name)]
public sealed class ApiDocumentationTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateSiteClient();

    [Fact]
    public async Task EveryPathInTheOpenApiDocument_IsDescribedOnThePage()
    {
        var page = await Html.GetOkAsync(_client, "/oppna-data/api");
        var described = page.QuerySelectorAll("main code").Select(c => c.TextContent).ToHashSet(StringComparer.Ordinal);
        var document = JsonNode.Parse(await _client.GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative)))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.Contains(p, described));
    }

    [Fact]
    public async Task EveryExample_AnswersWithTheStatusItPromises_AsJson()
    {
        var page = await Html.GetOkAsync(_client, "/oppna-data/api");
        var examples = page.QuerySelectorAll("a[data-example]").ToList();

        Assert.True(examples.Count >= 8, $"Only {examples.Count} examples.");
        foreach (var link in examples)
        {
            var url = link.GetAttribute("href")!;
            var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(int.Parse(link.GetAttribute("data-example")!, CultureInfo.InvariantCulture) == (int)response.StatusCode, $"{url} gave {(int)response.StatusCode}: {body}");
            Assert.NotNull(JsonNode.Parse(body));
            Assert.Contains(url, link.ParentElement!.ParentElement!.QuerySelector("code")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Page_IsLinkedFromTheApiKeysAndNamesTheOpenApiDocument()
    {
        var page = await Html.GetOkAsync(_client, "/oppna-data/api");

        Assert.Equal("API för utvecklare – Hälsoportal", page.Title);
        Assert.Contains("/api/v1/openapi.json", Html.Links(page, "main a"));
        Assert.NotNull(page.QuerySelector("#forhandsgranskning"));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative))).StatusCode);
    }
}
