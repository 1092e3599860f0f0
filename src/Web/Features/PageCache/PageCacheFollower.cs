using Halsoportal.Content.Articles;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Web.Features.PageCache;

/// <summary>
/// Keeps this node's page cache true to the change feed: each change evicts the tags of the pages
/// that show it (<see cref="TagsForAsync"/>) — before the request that made the change answers
/// when this node made it (the signal), within a poll for another node's.
/// </summary>
/// <remarks>
/// The cache starts empty, so the cursor starts at the feed's newest id. Every eviction is done
/// twice, the second time a pass later: a page rendered from the database just before a change
/// committed, and stored just after the first eviction, does not outlive the second.
/// </remarks>
internal sealed partial class PageCacheFollower(IOutputCacheStore store, IServiceScopeFactory scopes, ILogger<PageCacheFollower> logger)
    : BackgroundService, IContentChangeSignal
{
    /// <summary>How often to look for changes made by other nodes.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private const int BatchSize = 500;

    /// <summary>One catch-up at a time: the poll and this node's own requests.</summary>
    private readonly SemaphoreSlim _gate = new(1, 1);

    private volatile bool _started;

    private long _cursor;

    /// <summary>Tags to evict once more a poll interval after <see cref="_evictedAt"/>.</summary>
    private HashSet<string> _evictAgain = [];

    private DateTime _evictedAt;

    /// <summary>Applies this node's own change before the request that made it answers (its task completes when the pages are evicted).</summary>
    public async Task ChangesCommittedAsync(CancellationToken cancellationToken)
    {
        if (!_started)
        {
            return; // Start-up publishing (the demo content): the cache is empty and the cursor is read at start.
        }

        try
        {
            await CatchUpAsync(cancellationToken);
        }
#pragma warning disable CA1031 // The change is committed; a failed eviction must not fail the editor's request. The poll retries.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogFollowFailed(ex);
        }
    }

    /// <summary>Evicts pages by tag (<see cref="PageCacheTags"/>), for changes the feed does not carry (search, dialogs).</summary>
    public async Task EvictAsync(IEnumerable<string> tags, CancellationToken cancellationToken)
    {
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            _cursor = await scope.ServiceProvider.GetRequiredService<ChangeFeed>().LatestIdAsync(cancellationToken);
        }

        _started = true;

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(PollInterval, stoppingToken);
                await CatchUpAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must survive a failed pass (database busy or away) and retry.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFollowFailed(ex);
                await Task.Delay(PollInterval, stoppingToken);
            }
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_evictAgain.Count > 0 && DateTime.UtcNow - _evictedAt >= PollInterval)
            {
                await EvictAsync(_evictAgain, cancellationToken);
                _evictAgain = [];
            }

            while (true)
            {
                await using var scope = scopes.CreateAsyncScope();
                var changes = await scope.ServiceProvider.GetRequiredService<ChangeFeed>().ReadAfterAsync(_cursor, BatchSize, cancellationToken);
                if (changes.Count == 0)
                {
                    return;
                }

                var tags = new HashSet<string>(StringComparer.Ordinal);
                var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
                foreach (var change in changes)
                {
                    tags.UnionWith(await TagsForAsync(db, change, cancellationToken));
                    if (tags.Contains(PageCacheTags.All))
                    {
                        break;
                    }
                }

                await EvictAsync(tags, cancellationToken);
                _evictAgain.UnionWith(tags);
                _evictedAt = DateTime.UtcNow;
                _cursor = changes[^1].Id;
                LogEvicted(changes.Count, _cursor, tags.Count);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The pages a change shows on. An article: the kommuner it is for and the national pages (its
    /// own page, topics); a contact point: its kommun's pages; a site page: the national pages;
    /// anything site-wide: every page. Search pages follow the index, not the feed.
    /// </summary>
    public static async Task<IReadOnlyCollection<string>> TagsForAsync(ContentDbContext db, ContentChangeEntry change, CancellationToken cancellationToken)
    {
        switch (change.ItemType)
        {
            case ContentItemType.Article when change.Kind != ContentChangeKind.RebuildRequested:
                var article = await db.Articles.AsNoTracking().Where(a => a.Id == change.ItemId)
                    .Select(a => new { a.Scope, a.RegionCode, Kommuner = a.Kommuner.Select(k => k.Slug).ToList() })
                    .FirstOrDefaultAsync(cancellationToken);
                if (article is null || article.Scope == ArticleScope.National)
                {
                    return [PageCacheTags.All];
                }

                var slugs = article.Scope == ArticleScope.Region
                    ? await db.Kommuner.AsNoTracking().Where(k => k.RegionCode == article.RegionCode).Select(k => k.Slug).ToListAsync(cancellationToken)
                    : article.Kommuner;
                return [PageCacheTags.Site, .. slugs.Select(PageCacheTags.Kommun)];

            case ContentItemType.ContactPoint:
                var kommun = await db.ContactPoints.AsNoTracking().Where(c => c.Id == change.ItemId).Select(c => c.Kommun.Slug).FirstOrDefaultAsync(cancellationToken);
                return kommun is null ? [PageCacheTags.All] : [PageCacheTags.Kommun(kommun)];

            case ContentItemType.Page:
                return [PageCacheTags.Site];

            case ContentItemType.Article:
                // A rebuild request changes no page.
                return [];

            default:
                return [PageCacheTags.All];
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Page cache could not follow the change feed; retrying")]
    private partial void LogFollowFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Page cache: {Count} changes up to {Cursor}, evicted {Tags} tags")]
    private partial void LogEvicted(int count, long cursor, int tags);
}
