using System.Net;
using System.Net.Http.Headers;

namespace Halsoportal.Web.Tests;

/// <summary>Text goes out compressed where it is safe; never where a secret sits beside text someone else typed.</summary>
[Collection(SharedSite.Name)]
public sealed class CompressionTests(SiteFactory site)
{
    private async Task<HttpResponseMessage> GetAsync(string url, string encoding)
    {
        using var client = site.CreateSiteClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("/sundsvall", "br")]
    [InlineData("/sundsvall", "gzip")]
    [InlineData("/api/v1/topics", "br")]
    [InlineData("/sundsvall/flode.xml", "gzip")]
    public async Task PublicText_IsCompressedAndVariesByEncoding(string url, string encoding)
    {
        var response = await GetAsync(url, encoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/redaktor/logga-in")]
    [InlineData("/sundsvall/dialog/finns-inte/svara")]
    [InlineData("/sundsvall/dialog/trygga-gang-och-cykelvagar/svara/fi")]
    public async Task PagesWithSecrets_AreNotCompressed(string url)
    {
        var response = await GetAsync(url, "br");

        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
