using Halsoportal.Content.Publishing;
using Halsoportal.Search.Sync;
using Halsoportal.Web.Features.PageCache;
using Microsoft.AspNetCore.OutputCaching;

namespace Halsoportal.Web.Features.Search;

/// <summary>
/// Drives this node's index from the change feed: ready before the server takes requests, then
/// at once when this node publishes (the signal) and on a short poll for other nodes' changes;
/// sources outside the feed (dialogs) are re-read every half minute.
/// </summary>
internal sealed partial class SearchSyncService(SearchIndexSynchronizer synchronizer, SearchPagesGeneration searchPages, IOutputCacheStore pageCache, ILogger<SearchSyncService> logger)
    : BackgroundService, IContentChangeSignal
{
    /// <summary>How often to look for changes made by other nodes.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>How often sources outside the change feed (dialogs, which also open and close with time) are re-read.</summary>
    private static readonly TimeSpan SourceInterval = TimeSpan.FromSeconds(30);

    private DateTime _sourcesReadAt = DateTime.MinValue;

    private readonly SemaphoreSlim _wake = new(0, 1);

    public Task ChangesCommittedAsync(CancellationToken cancellationToken)
    {
        // At most one pending wake-up (max count 1): several signals while catching up need one more pass.
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending.
        }

        return Task.CompletedTask;
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Search must answer from the first request: build or catch up before the server starts.
        await synchronizer.EnsureReadyAsync(cancellationToken);
        await synchronizer.RefreshSourcesAsync(cancellationToken);
        _sourcesReadAt = DateTime.UtcNow;
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _wake.WaitAsync(PollInterval, stoppingToken);
                var changed = await synchronizer.CatchUpAsync(stoppingToken) > 0;
                if (DateTime.UtcNow - _sourcesReadAt >= SourceInterval)
                {
                    _sourcesReadAt = DateTime.UtcNow;
                    changed |= await synchronizer.RefreshSourcesAsync(stoppingToken) > 0;
                }

                // Cached result pages follow the index, not the database: retired once the index shows the change
                // (a new generation, so a search rendered from the old index and stored after this is never served), then evicted.
                if (changed)
                {
                    searchPages.Advance();
                    await pageCache.EvictByTagAsync(PageCacheTags.Search, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must survive a failed pass (database busy, disk full) and retry.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogSyncFailed(ex);
                await Task.Delay(PollInterval, stoppingToken);
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index sync failed; retrying")]
    private partial void LogSyncFailed(Exception exception);
}
