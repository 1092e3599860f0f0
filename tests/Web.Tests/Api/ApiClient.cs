using System.Net;
using System.Text.Json;

namespace Halsoportal.Web.Tests.Api;

/// <summary>Reads API answers in tests: the JSON of a 200, or the field errors of a 400.</summary>
internal static class ApiClient
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} gave {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The problem details of an answer that must have <paramref name="status"/> and be application/problem+json.</summary>
    public static async Task<JsonElement> GetProblemAsync(this HttpClient client, string url, HttpStatusCode status)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{url} gave {(int)response.StatusCode}, expected {(int)status}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Every item of every page of a list.</summary>
    public static async Task<List<JsonElement>> GetAllAsync(this HttpClient client, string url)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var json = await client.GetJsonAsync($"{url}{separator}pageSize=100&page={page}");
            items.AddRange(json.GetProperty("items").EnumerateArray());
            if (page >= json.GetProperty("pageCount").GetInt32())
            {
                return items;
            }
        }
    }

    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString()!;
}
