using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Security;

/// <summary>
/// security.md item 9, rate limits: search (page, API search and suggestions), the API and
/// resident POSTs each have a window per client address; the request past it is a 429 with
/// <c>Retry-After</c> — the Swedish page for people, ProblemDetails under /api. The address is the
/// connection's: <c>X-Forwarded-For</c> counts only from a configured proxy. Each test has its own
/// site with small limits; every other test's site has generous ones (SiteFactory).
/// (Sign-in: Editor/AccountTests; survey answers: Dialog/AnsweringTests; the accessibility report: Accessibility/StatementEditingTests.)
/// </summary>
public sealed class RateLimitTests
{
    private static SiteFactory Site(string key, int permits, string? proxy = null)
    {
        var site = new SiteFactory
        {
            // Every request comes from 127.0.0.1, as through Kestrel (the test server leaves the address empty).
            ExtraServices = services => services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, FromLoopback>()),
        }
        .WithSetting($"Halsoportal:RateLimits:{key}", permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return proxy is null ? site : site.WithSetting("Halsoportal:ReverseProxy:KnownProxies:0", proxy);
    }

    [Fact]
    public async Task Search_PageAndApiShareOneWindow_ThePastItIs429WithRetryAfter()
    {
        await using var site = Site("SearchPerMinute", 3);
        var client = site.CreateSiteClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/sok?q=somn", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/search/suggest?q=som", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/search?q=somn", UriKind.Relative))).StatusCode);
        var page = await client.GetAsync(new Uri("/sok?q=somn", UriKind.Relative));
        var suggest = await client.GetAsync(new Uri("/api/v1/search/suggest?q=somn", UriKind.Relative));

        await AssertSwedish429Async(page);
        await AssertProblem429Async(suggest);

        // Other pages are not counted.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Api_PastItsWindow_Is429ProblemWithRetryAfter()
    {
        await using var site = Site("ApiPerMinute", 2);
        var client = site.CreateSiteClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/regions", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/municipalities", UriKind.Relative))).StatusCode);

        await AssertProblem429Async(await client.GetAsync(new Uri("/api/v1/regions", UriKind.Relative)));
    }

    [Fact]
    public async Task PublicPosts_PastTheirWindow_Are429WithTheSwedishPage()
    {
        await using var site = Site("PublicPostsPerMinute", 1);
        var client = site.CreateSiteClient();

        var first = await Accessibility.AccessibilityStatementTests.PostReportAsync(client, where: "Startsidan", description: "Länken Hoppa till innehåll syns inte.");
        var second = await Accessibility.AccessibilityStatementTests.PostReportAsync(client, where: "Startsidan", description: "Länken Hoppa till innehåll syns inte.");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        await AssertSwedish429Async(second);
    }

    [Fact]
    public async Task XForwardedFor_WithoutAConfiguredProxy_IsIgnored()
    {
        await using var site = Site("SearchPerMinute", 1);
        var client = site.CreateSiteClient();

        var first = await GetFromAsync(client, "203.0.113.1");
        var second = await GetFromAsync(client, "203.0.113.2");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertSwedish429Async(second);
    }

    [Fact]
    public async Task XForwardedFor_FromTheConfiguredProxy_CountsPerClient()
    {
        await using var site = Site("SearchPerMinute", 1, proxy: "127.0.0.1");
        var client = site.CreateSiteClient();

        var first = await GetFromAsync(client, "203.0.113.1");
        var other = await GetFromAsync(client, "203.0.113.2");
        var again = await GetFromAsync(client, "203.0.113.1");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        await AssertSwedish429Async(again);
    }

    private static Task<HttpResponseMessage> GetFromAsync(HttpClient client, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/sok?q=somn", UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }

    private static async Task AssertSwedish429Async(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= 60 }, $"Retry-After: {response.Headers.RetryAfter}");
        var page = await Html.ParseAsync(response);
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("För många förfrågningar", page.QuerySelector("main h1")?.TextContent);
    }

    private static async Task AssertProblem429Async(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= 60 }, $"Retry-After: {response.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("För många förfrågningar", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Sets the connection's address to 127.0.0.1 before anything else runs.</summary>
    private sealed class FromLoopback : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
