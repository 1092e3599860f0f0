using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Halsoportal.Web.Tests.Scale;

/// <summary>
/// One editor's browser in front of several app processes on <c>http://127.0.0.1:{port}</c>, as
/// behind a load balancer: one cookie jar for every node (cookies are per host, not per port), so
/// whatever node A set is sent to node B. The app treats a loopback request as HTTPS
/// (<c>LoopbackScheme</c>) and sets its <c>__Host-</c> cookies Secure; like a browser, which counts
/// loopback as a secure context, this one sends them back over plain HTTP. Redirects are not followed.
/// </summary>
internal sealed class LoopbackBrowser : IDisposable
{
    private const string TokenField = "__RequestVerificationToken";

    private readonly HttpClient _http;

    public LoopbackBrowser()
    {
        _http = new HttpClient(new CookieJar(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }))
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>Signs in on <paramref name="node"/> through the login form; fails the test unless it ends at <c>/redaktor</c>.</summary>
    public async Task SignInAsync(string node, string email, string password)
    {
        var response = await PostFormAsync(node, "/redaktor/logga-in", [new("Email", email), new("Password", password)]);
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/redaktor",
            $"Sign-in of {email} on {node} ended with {(int)response.StatusCode} {response.Headers.Location}");
    }

    public Task<HttpResponseMessage> GetAsync(string node, string path) => _http.GetAsync(new Uri(node + path));

    /// <summary>GETs a page and parses it.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Document)> GetDocumentAsync(string node, string path)
    {
        var response = await GetAsync(node, path);
        return (response, await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The antiforgery token of the first form on a page; fails the test when there is none.</summary>
    public async Task<string> GetAntiforgeryTokenAsync(string node, string path)
    {
        var (response, document) = await GetDocumentAsync(node, path);
        var token = document.QuerySelector($"input[name={TokenField}]")?.GetAttribute("value");
        Assert.True(token is not null, $"No antiforgery token on {node}{path} ({(int)response.StatusCode} {response.Headers.Location})");
        return token;
    }

    /// <summary>POSTs a form to <paramref name="node"/> with the token of the form page on the same node.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string node, string path, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null) =>
        await PostAsync(node, path, fields.Append(new(TokenField, await GetAntiforgeryTokenAsync(node, formPage ?? path.Split('?')[0]))));

    /// <summary>POSTs exactly <paramref name="fields"/> (a token fetched elsewhere, or none); the cookies go as always.</summary>
    public async Task<HttpResponseMessage> PostAsync(string node, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await _http.PostAsync(new Uri(node + path), content);
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Keeps cookies for 127.0.0.1 whatever the port, and treats the loopback origin as secure.</summary>
    private sealed class CookieJar(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly CookieContainer _cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var origin = SecureOrigin(request.RequestUri!);
            var header = _cookies.GetCookieHeader(origin);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var setCookie in setCookies)
                {
                    _cookies.SetCookies(origin, setCookie);
                }
            }

            return response;
        }

        private static Uri SecureOrigin(Uri uri) => new UriBuilder(uri) { Scheme = Uri.UriSchemeHttps, Port = 443 }.Uri;
    }
}
