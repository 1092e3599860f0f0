using System.Net;
using System.Text.Json;

namespace Halsoportal.Web.Tests.Api;

/// <summary>Shorthands for the content API's tests, on top of <see cref="ApiClient"/>.</summary>
internal static class ContentApiClient
{
    /// <summary>The 400 answer's message for one parameter, in Swedish and English (fails the test when there is none).</summary>
    public static async Task<string> GetFieldErrorAsync(this HttpClient client, string url, string parameter)
    {
        var problem = await client.GetProblemAsync(url, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), $"GET {url}: no error for {parameter}: {problem}");
        var message = messages[0].GetString()!;
        Assert.Contains(" / ", message, StringComparison.Ordinal);
        return message;
    }

    /// <summary>The <c>items</c> of a paged answer.</summary>
    public static IReadOnlyList<JsonElement> Items(this JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    /// <summary>Every item of a filtered article list (pageSize 100; the demo content fits on one page, which keeps the order checks simple).</summary>
    public static async Task<IReadOnlyList<JsonElement>> AllArticlesAsync(this HttpClient client, string filter = "")
    {
        var page = await client.GetJsonAsync($"/api/v1/articles?pageSize=100{(filter.Length == 0 ? "" : "&" + filter)}");
        Assert.True(page.GetProperty("totalItems").GetInt32() <= 100, "the demo content no longer fits on one page");
        return page.Items();
    }

    public static string Slug(this JsonElement item) => item.GetProperty("slug").GetString()!;

    /// <summary>The slugs of a list of terms (<c>topics</c>, <c>lifeSituations</c>, <c>arenas</c>).</summary>
    public static IReadOnlyList<string> Slugs(this JsonElement item, string property) =>
        [.. item.GetProperty(property).EnumerateArray().Select(t => t.GetProperty("slug").GetString()!)];
}
