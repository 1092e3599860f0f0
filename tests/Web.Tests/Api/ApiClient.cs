using System.Net;
using System.Text.Json;

namespace Halsoportal.Web.Tests.Api;

/// <summary>Reading <c>/api/v1</c> answers in tests: JSON on success, problem details on failure.</summary>
internal static class ApiClient
{
    /// <summary>GETs <paramref name="url"/> and returns the JSON, failing the test on anything but 200.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>GETs <paramref name="url"/> expecting a problem with <paramref name="status"/>; returns its JSON.</summary>
    public static async Task<JsonElement> GetProblemAsync(this HttpClient client, string url, HttpStatusCode status)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"GET {url}: expected {(int)status}, got {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The 400 answer's messages for one parameter (fails the test when there are none).</summary>
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

    /// <summary>Every item of a filtered article list (pageSize 100; the demo content fits on one page).</summary>
    public static async Task<IReadOnlyList<JsonElement>> AllArticlesAsync(this HttpClient client, string filter = "")
    {
        var page = await client.GetJsonAsync($"/api/v1/articles?pageSize=100{(filter.Length == 0 ? "" : "&" + filter)}");
        Assert.True(page.GetProperty("totalItems").GetInt32() <= 100, "the demo content no longer fits on one page");
        return page.Items();
    }

    public static string Slug(this JsonElement item) => item.GetProperty("slug").GetString()!;

    public static IReadOnlyList<string> Slugs(this JsonElement item, string property) =>
        [.. item.GetProperty(property).EnumerateArray().Select(t => t.GetProperty("slug").GetString()!)];
}
