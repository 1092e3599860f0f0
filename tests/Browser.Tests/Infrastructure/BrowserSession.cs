using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>One test's browser context and page, with every request the browser made.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _requests = new();

    private BrowserSession(IBrowserContext context, Uri baseAddress, BrowserSessionOptions options)
    {
        Context = context;
        BaseAddress = baseAddress;
        Options = options;

        // Context-wide, so pages the test or a tool opens are covered too.
        context.Request += (_, request) => _requests.Enqueue(request.Url);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; private set; } = null!;

    public Uri BaseAddress { get; }

    public BrowserSessionOptions Options { get; }

    /// <summary>Every URL the browser requested so far, in order.</summary>
    public IReadOnlyList<string> RequestedUrls => [.. _requests];

    internal static async Task<BrowserSession> OpenAsync(IBrowserContext context, Uri baseAddress, BrowserSessionOptions options)
    {
        var session = new BrowserSession(context, baseAddress, options);
        session.Page = await context.NewPageAsync();
        return session;
    }

    /// <summary>Stops tracing and keeps the trace only when <paramref name="path"/> is given.</summary>
    public async Task StopTracingAsync(string? path)
    {
        if (path is null)
        {
            await Context.Tracing.StopAsync();
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Context.Tracing.StopAsync(new TracingStopOptions { Path = path });
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
