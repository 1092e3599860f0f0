using System.Net;
using Halsoportal.Content.Kommuner;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests;

/// <summary>An unexpected failure reaches the resident as a Swedish page, never as a stack trace.</summary>
public sealed class ErrorPageTests
{
    [Fact]
    public async Task UnexpectedException_GivesSwedish500PageWithoutDetails()
    {
        await using var site = new SiteFactory();
        using var failing = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddScoped<KommunService>(_ => throw new InvalidOperationException("hemlig intern detalj"))));
        var client = failing.CreateClient();

        var (response, document) = await Html.GetAsync(client, "/sundsvall");
        var body = document.DocumentElement.OuterHtml;

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Något gick fel", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("/", Html.Links(document, "main a"));
        Assert.DoesNotContain("hemlig intern detalj", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore, "An error page must not be cached.");
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }
}
