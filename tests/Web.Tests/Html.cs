using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Halsoportal.Web.Tests;

/// <summary>Fetches and parses pages the way a browser would read them.</summary>
internal static class Html
{
    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return (response, document);
    }

    public static async Task<IDocument> GetOkAsync(HttpClient client, string url)
    {
        var (response, document) = await GetAsync(client, url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} gave {(int)response.StatusCode}");
        return document;
    }

    /// <summary>Parses a response already received (a form post's answer).</summary>
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static List<string> Links(IDocument document, string selector) =>
        [.. document.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!)];
}
