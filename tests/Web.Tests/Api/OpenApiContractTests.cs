using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Halsoportal.Web.Tests.Api;

/// <summary>
/// The OpenAPI document is the API's contract. It is kept beside this test as <c>openapi-v1.json</c>;
/// any change to the generated document fails until the snapshot is refreshed, and a change that
/// keeps the same <c>info.version</c> fails even then: integrators read the version to know that
/// something moved. Refresh with <c>HALSOPORTAL_UPDATE_OPENAPI=1</c> after bumping the version.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class OpenApiContractTests(SiteFactory site)
{
    private static readonly string SnapshotPath = Path.Combine(SourceFolder(), "openapi-v1.json");

    private readonly HttpClient _client = site.CreateSiteClient();

    [Fact]
    public async Task Document_IsServedAsJsonOpenApi3WithEveryEndpoint()
    {
        var response = await _client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("3.", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/search", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
        Assert.All(document["paths"]!.AsObject(), p => Assert.Equal(["get"], p.Value!.AsObject().Select(o => o.Key)));
    }

    [Fact]
    public async Task Document_MatchesTheSnapshot_AndAnyChangeBumpsTheVersion()
    {
        var current = Normalise(await _client.GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative)));
        if (Environment.GetEnvironmentVariable("HALSOPORTAL_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(SnapshotPath, current);
        }

        Assert.True(File.Exists(SnapshotPath), $"No snapshot at {SnapshotPath}; run the tests once with HALSOPORTAL_UPDATE_OPENAPI=1.");
        var snapshot = await File.ReadAllTextAsync(SnapshotPath);
        if (snapshot == current)
        {
            return;
        }

        var before = JsonNode.Parse(snapshot)!["info"]!["version"]!.GetValue<string>();
        var after = JsonNode.Parse(current)!["info"]!["version"]!.GetValue<string>();
        Assert.Fail(before == after
            ? $"The OpenAPI document changed but info.version is still {after}. Bump ApiEndpoints.Version, then refresh the snapshot with HALSOPORTAL_UPDATE_OPENAPI=1."
            : $"The OpenAPI document moved from {before} to {after}; refresh the snapshot with HALSOPORTAL_UPDATE_OPENAPI=1 and commit it.");
    }

    /// <summary>Indented, with the server address (which differs per test host) removed.</summary>
    private static string Normalise(string json)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        document.Remove("servers");
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
