using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Halsoportal.Web.Features.Shared;

namespace Halsoportal.Web.Tests.Security;

/// <summary>
/// The body limits and the client address through real Kestrel (the test server neither sends
/// chunked bodies the way a client does nor has a connection address): a body with Content-Length
/// and one without (chunked) are each taken at exactly the limit and refused one byte over with
/// the Swedish 413 page; <c>X-Forwarded-For</c> from an unconfigured client does not open a new
/// rate-limit window.
/// </summary>
public sealed class KestrelBodyLimitTests : IAsyncLifetime, IDisposable
{
    private const string Report = "/tillganglighetsredogorelse/rapportera";
    private readonly string _data = Path.Combine(Path.GetTempPath(), "halsoportal-tests", Guid.NewGuid().ToString("N"));
    private AppProcess? _app;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = AppProcess.Start($"{AppProcess.BuiltWebDll}", AppProcess.RepositoryRoot, _data, listen: true, new Dictionary<string, string>
        {
            ["Halsoportal__SeedDemoDialogs"] = "false",
            ["Halsoportal__RateLimits__SearchPerMinute"] = "1",
        });
        (await _app.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90))).Dispose();

        // Redirects not followed: a stored report answers 302 to its receipt.
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_app.BaseUrl) };
    }

    public void Dispose() => _client.Dispose();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task ReportForm_WithAndWithoutContentLength_AtTheLimitTaken_OneByteOver413()
    {
        KeyValuePair<string, string>[] fields = [new("Input.Where", "Kartan"), new("Input.Description", "Kartan går inte att använda med skärmläsare.")];
        var failures = new List<string>();
        foreach (var chunked in new[] { false, true })
        {
            var over = await PostAsync(BodyLimitTests.ExactForm(fields, BodyLimits.PublicForm + 1), chunked);
            var at = await PostAsync(BodyLimitTests.ExactForm(fields, BodyLimits.PublicForm), chunked);
            var overBody = await over.Content.ReadAsStringAsync();
            if (over.StatusCode != HttpStatusCode.RequestEntityTooLarge || !overBody.Contains("<h1>För mycket data</h1>", StringComparison.Ordinal))
            {
                failures.Add($"chunked={chunked}: one byte over gave {(int)over.StatusCode}");
            }

            if (at.StatusCode != HttpStatusCode.Redirect)
            {
                var page = await Html.ParseAsync(at);
                failures.Add($"chunked={chunked}: at the limit gave {(int)at.StatusCode} {page.QuerySelector("main h1")?.TextContent} {page.QuerySelector(".error-summary")?.TextContent}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + _app!.Error);
    }

    [Fact]
    public async Task XForwardedFor_WithoutAConfiguredProxy_DoesNotOpenANewWindow()
    {
        var first = await SearchFromAsync("203.0.113.10");
        var second = await SearchFromAsync("203.0.113.11");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter);
    }

    private async Task<HttpResponseMessage> SearchFromAsync(string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/sok?q=kost", UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await _client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> PostAsync(ByteArrayContent content, bool chunked)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Report, UriKind.Relative))
        {
            Content = chunked ? new Chunked(await content.ReadAsByteArrayAsync()) : content,
        };
        return await _client.SendAsync(request);
    }

    /// <summary>A form body of unknown length: HttpClient sends it chunked, without Content-Length.</summary>
    private sealed class Chunked : HttpContent
    {
        private readonly byte[] _bytes;

        public Chunked(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = Encoding.ASCII.WebName };
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            // In pieces, as a slow client sends them.
            for (var offset = 0; offset < _bytes.Length; offset += 8192)
            {
                await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(8192, _bytes.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
