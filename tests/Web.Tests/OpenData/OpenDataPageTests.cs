using System.Text.Json;
using Halsoportal.Web.Features.OpenData;
using Halsoportal.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.OpenData;

/// <summary><c>/oppna-data</c>: the downloads with format, size and time, the licence, and a place for the API documentation.</summary>
public sealed class OpenDataPageTests(OpenDataSite site) : IClassFixture<OpenDataSite>
{
    [Fact]
    public async Task Page_ListsEveryDownloadWithFormatSizeAndTime_AndStatesTheCc0Licence()
    {
        await site.GeneratedAsync(1);
        var page = await Html.GetOkAsync(site.Client, "/oppna-data");

        Assert.Equal("Öppna data", page.QuerySelector("main h1")!.TextContent);
        var rows = page.QuerySelectorAll("main .downloads > li");
        Assert.Equal(3, rows.Length);
        Assert.Equal(
            new[] { "/oppna-data/kontaktpunkter.csv", "/oppna-data/kontaktpunkter.json", "/oppna-data/dialogresultat.json" },
            Html.Links(page, "main .downloads h3 a"));
        Assert.All(rows, r =>
        {
            Assert.Contains(r.QuerySelector("[data-fact=format]")!.TextContent, new[] { "CSV", "JSON" });
            Assert.Matches(@"^\d+,\d (kB|MB)$", r.QuerySelector("[data-fact=size]")!.TextContent);
            Assert.Contains("2027 kl.", r.QuerySelector("[data-fact=generated] time")!.TextContent, StringComparison.Ordinal);
        });
        var licence = page.QuerySelector("main a[rel=license]")!;
        Assert.Equal("CC0 1.0 Universell", licence.TextContent);
        Assert.StartsWith("https://creativecommons.org/publicdomain/zero/1.0/", licence.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("/oppna-data/api", Html.Links(page, "main a"));
        Assert.Contains(page.QuerySelectorAll("main h2"), h => h.TextContent == "API");
    }

    [Fact]
    public async Task Licence_TheRegionConfigures_IsOnThePageAndInTheFiles()
    {
        await using var other = SiteFactory.WithoutDemoContent()
            .WithSetting("Halsoportal:OpenData:Licence:Name", "CC BY 4.0")
            .WithSetting("Halsoportal:OpenData:Licence:Url", "https://creativecommons.org/licenses/by/4.0/deed.sv");
        using var client = other.CreateSiteClient();
        await other.Services.GetRequiredService<OpenDataService>().WhenGeneratedAsync(1, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        var page = await Html.GetOkAsync(client, "/oppna-data");
        var file = await client.GetJsonAsync("/oppna-data/kontaktpunkter.json");

        var licence = page.QuerySelector("main a[rel=license]")!;
        Assert.Equal("CC BY 4.0", licence.TextContent);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/deed.sv", licence.GetAttribute("href"));
        Assert.Equal("CC BY 4.0", file.GetProperty("licence").Str("name"));
        Assert.Equal(JsonValueKind.Array, file.GetProperty("contactPoints").ValueKind);
    }
}
