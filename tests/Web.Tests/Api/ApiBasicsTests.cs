using System.Net;
using System.Text.Json;

namespace Halsoportal.Web.Tests.Api;

/// <summary>What every <c>/api/v1</c> endpoint shares: ETag and conditional GET, caching, CORS, strict parameters, read-only.</summary>
[Collection(SharedSite.Name)]
public sealed class ApiBasicsTests(SiteFactory site)
{
    private const string Url = "/api/v1/search?q=somn&municipality=sundsvall";

    private readonly HttpClient _client = site.CreateSiteClient();

    [Fact]
    public async Task Get_CarriesStrongETagAndPublicCaching_AndTheSameTagGives304WithoutBody()
    {
        var first = await _client.GetAsync(new Uri(Url, UriKind.Relative));
        var tag = first.Headers.ETag;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, Url);
        again.Headers.IfNoneMatch.Add(tag);
        var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, second.Headers.ETag);
    }

    [Fact]
    public async Task Get_WithAnOtherTag_GivesTheBodyAgain_AndDifferentDataHasADifferentTag()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.TryAddWithoutValidation("If-None-Match", "\"inte-den-har\", W/\"inte-heller\"");
        var response = await _client.SendAsync(request);
        var other = await _client.GetAsync(new Uri("/api/v1/search?q=somn&municipality=jonkoping", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(response.Headers.ETag, other.Headers.ETag);
    }

    [Fact]
    public async Task Get_FromAnotherOrigin_IsAllowedAndExposesTheETag()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.Add("Origin", "https://www.sundsvall.se");
        var response = await _client.SendAsync(request);

        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("ETag", Header(response, "Access-Control-Expose-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Preflight_AllowsGetButNotWrites()
    {
        using var get = Preflight("GET");
        using var post = Preflight("POST");
        var allowed = await _client.SendAsync(get);
        var refused = await _client.SendAsync(post);

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Contains("GET", Header(allowed, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Null(HeaderOrNull(refused, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/api/v1/search?q=somn")]
    [InlineData("/api/v1/articles?pageSize=1")]
    [InlineData("/api/v1/dialogs?pageSize=1")]
    [InlineData("/api/v1/municipalities/sundsvall")]
    public async Task Head_GivesTheHeadersOfGetWithoutABody(string url)
    {
        var get = await _client.GetAsync(new Uri(url, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Head, url);
        var head = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Post_Gives405ProblemDetails()
    {
        using var body = new StringContent("{}");
        var response = await _client.PostAsync(new Uri("/api/v1/search", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownParameter_Gives400NamingItAndListingTheAllowedOnes()
    {
        var response = await _client.GetAsync(new Uri("/api/v1/search?q=somn&kommunn=sundsvall", UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var message = json.GetProperty("errors").GetProperty("kommunn")[0].GetString()!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Okänd parameter ”kommunn”", message, StringComparison.Ordinal);
        Assert.Contains("municipality", message, StringComparison.Ordinal);
        Assert.Contains("/ Unknown parameter", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Municipality_MayBeGivenBySlugOrScbCode()
    {
        var bySlug = await _client.GetStringAsync(new Uri("/api/v1/search?q=BVC&municipality=sundsvall", UriKind.Relative));
        var byCode = await _client.GetStringAsync(new Uri("/api/v1/search?q=BVC&municipality=2281", UriKind.Relative));

        Assert.Equal(bySlug, byCode);
    }

    [Fact]
    public async Task Json_IsUtf8WithSwedishLettersAsTheyAre()
    {
        var response = await _client.GetAsync(new Uri("/api/v1/search?q=sömn", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("ö", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00F6", text, StringComparison.OrdinalIgnoreCase);
    }

    private static HttpRequestMessage Preflight(string method)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, Url);
        request.Headers.Add("Origin", "https://www.sundsvall.se");
        request.Headers.Add("Access-Control-Request-Method", method);
        return request;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        HeaderOrNull(response, name) ?? throw new Xunit.Sdk.XunitException($"No {name} header.");

    private static string? HeaderOrNull(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
