using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>One test's browser context and page, with every request the browser made.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _requests = new();

    private readonly ConcurrentQueue<Task<Transfer>> _transfers = new();

    private int _inFlight;

    private BrowserSession(IBrowserContext context, Uri baseAddress, BrowserSessionOptions options)
    {
        Context = context;
        BaseAddress = baseAddress;
        Options = options;

        // Context-wide, so pages the test or a tool opens are covered too.
        context.Request += (_, request) =>
        {
            Interlocked.Increment(ref _inFlight);
            _requests.Enqueue(request.Url);
        };
        context.RequestFinished += (_, request) =>
        {
            _transfers.Enqueue(TransferOfAsync(request));
            Interlocked.Decrement(ref _inFlight);
        };
        context.RequestFailed += (_, _) => Interlocked.Decrement(ref _inFlight);
    }

    /// <summary>One finished response: what it was (document, stylesheet, script, image, …) and its bytes on the wire, headers included.</summary>
    public sealed record Transfer(string Url, string ResourceType, long Bytes);

    public IBrowserContext Context { get; }

    public IPage Page { get; private set; } = null!;

    public Uri BaseAddress { get; }

    public BrowserSessionOptions Options { get; }

    /// <summary>Every URL the browser requested so far, in order.</summary>
    public IReadOnlyList<string> RequestedUrls => [.. _requests];

    /// <summary>
    /// Waits until every request the browser has started has finished or failed (at most
    /// <paramref name="limit"/>): after the load event, that is everything the first view asked for.
    /// Quicker than Playwright's network-idle state, which always waits half a second more.
    /// </summary>
    public async Task RequestsSettledAsync(TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (Volatile.Read(ref _inFlight) > 0 && clock.Elapsed < limit)
        {
            await Task.Delay(10);
        }
    }

    /// <summary>Every response finished so far, with its size.</summary>
    public async Task<IReadOnlyList<Transfer>> TransfersAsync() => await Task.WhenAll(_transfers);

    private static async Task<Transfer> TransferOfAsync(IRequest request)
    {
        var sizes = await request.SizesAsync();
        return new Transfer(request.Url, request.ResourceType, (long)sizes.ResponseBodySize + sizes.ResponseHeadersSize);
    }

    internal static async Task<BrowserSession> OpenAsync(IBrowserContext context, Uri baseAddress, BrowserSessionOptions options)
    {
        var session = new BrowserSession(context, baseAddress, options);
        session.Page = await context.NewPageAsync();
        return session;
    }

    /// <summary>Stops tracing and keeps the trace only when <paramref name="path"/> is given; nothing when the run records no traces.</summary>
    public async Task StopTracingAsync(string? path)
    {
        if (!BrowserFixture.Traces)
        {
            return;
        }

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
