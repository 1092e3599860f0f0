using System.Net;

namespace Halsoportal.Web.Tests.Discovery;

/// <summary>The absolute origin the app puts in its URLs for the test client (robots.txt names it).</summary>
internal static class SiteOrigin
{
    public static async Task<string> GetAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/robots.txt", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = (await response.Content.ReadAsStringAsync()).Split('\n').Single(l => l.StartsWith("Sitemap: ", StringComparison.Ordinal));
        var sitemap = new Uri(line["Sitemap: ".Length..]);
        Assert.True(sitemap.IsAbsoluteUri && sitemap.Host == "localhost", line);
        return sitemap.GetLeftPart(UriPartial.Authority);
    }
}
