using Halsoportal.Content.Publishing;
using Halsoportal.Search.Documents;
using Halsoportal.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Halsoportal.Search.Sync;

/// <summary>How far a rebuild has come.</summary>
public sealed record RebuildProgress(int Items);

/// <summary>
/// Keeps this node's index in step with the change feed. The cursor lives in the index commit, so
/// index and cursor never disagree; a rebuild fills a new generation beside the live one, replays
/// what changed meanwhile and swaps it in, so search never goes empty.
/// </summary>
public sealed partial class SearchIndexSynchronizer(
    SwappableSearchIndex index,
    IndexGenerations generations,
    IServiceScopeFactory scopes,
    IOptions<SearchOptions> options,
    ILogger<SearchIndexSynchronizer> logger) : IDisposable
{
    private const int BatchSize = 500;

    /// <summary>How long an index that was swapped out stays open for searches already running on it.</summary>
    private static readonly TimeSpan RetireAfter = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>At start-up: catch up, or rebuild from the database when there is no usable index.</summary>
    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (index.Cursor is null)
        {
            LogRebuildingAtStart(generations.LastProblem ?? "no index yet");
            await RebuildAsync(progress: null, cancellationToken);
        }
        else
        {
            await CatchUpAsync(cancellationToken);
        }
    }

    /// <summary>Applies every change after the index's cursor. Returns how many were applied.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await ApplyFeedAsync(index.Current, isLive: true, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Builds a complete new index from the database beside the live one and swaps it in.</summary>
    public async Task RebuildAsync(IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await RebuildLockedAsync(progress, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Re-reads every <see cref="ISearchDocumentSource"/> into the live index. Returns how many documents they hold.</summary>
    public async Task<int> RefreshSourcesAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var target = index.Current;
            var written = await WriteSourcesAsync(target, cancellationToken);
            if (written is not null && target.Cursor is { } cursor)
            {
                target.Commit(cursor);
            }

            return written ?? 0;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>
    /// Replaces each source's documents in <paramref name="target"/> (not committed); null when there
    /// is no source. A source that fails is logged and skipped — its documents stay as they were, and the
    /// next refresh tries again — so a broken dialog store never keeps the site or its search from starting.
    /// </summary>
    private async Task<int?> WriteSourcesAsync(LuceneSearchIndex target, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        List<ISearchDocumentSource> sources;
        try
        {
            sources = [.. scope.ServiceProvider.GetServices<ISearchDocumentSource>()];
        }
#pragma warning disable CA1031 // Any failure of a source is logged and retried at the next refresh.
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSourceFailed(ex);
            return null;
        }

        if (sources.Count == 0)
        {
            return null;
        }

        var written = 0;
        foreach (var source in sources)
        {
            IReadOnlyList<SearchDocument> documents;
            try
            {
                documents = await source.ReadAllAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSourceFailed(ex);
                continue;
            }
#pragma warning restore CA1031

            if (documents.Any(d => d.Type != source.Type))
            {
                throw new InvalidOperationException($"A search source for {source.Type} returned a document of another type.");
            }

            target.DeleteType(source.Type);
            foreach (var item in documents.GroupBy(d => d.Id, StringComparer.Ordinal))
            {
                target.Replace(item.Key, [.. item]);
            }

            written += documents.Count;
        }

        return written;
    }

    private async Task<int> ApplyFeedAsync(LuceneSearchIndex target, bool isLive, CancellationToken cancellationToken)
    {
        var applied = 0;
        var cursor = target.Cursor ?? 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var feed = scope.ServiceProvider.GetRequiredService<ChangeFeed>();
            var reader = scope.ServiceProvider.GetRequiredService<PublishedContentReader>();
            var changes = await feed.ReadAfterAsync(cursor, BatchSize, cancellationToken);
            if (changes.Count == 0)
            {
                return applied;
            }

            foreach (var change in changes)
            {
                if (change.Kind == ContentChangeKind.RebuildRequested)
                {
                    if (isLive)
                    {
                        // The rebuild reads everything up to now and replays the rest itself.
                        target.Commit(cursor);
                        await RebuildLockedAsync(progress: null, cancellationToken);
                        return applied + 1;
                    }
                }
                else if (change.ItemType != ContentItemType.Site)
                {
                    var id = PublishedItemMapper.IdOf(change.ItemType, change.ItemId);

                    // Read the item as it is now: a later unpublish or edit wins, so replays are idempotent.
                    var item = change.Kind == ContentChangeKind.Published
                        ? await reader.FindAsync(change.ItemType, change.ItemId, cancellationToken)
                        : null;
                    if (item is null)
                    {
                        target.Delete(id);
                    }
                    else
                    {
                        target.Replace(id, PublishedItemMapper.Map(item));
                    }
                }

                cursor = change.Id;
                applied++;
            }

            target.Commit(cursor);
            LogApplied(changes.Count, cursor);
        }
    }

    private async Task RebuildLockedAsync(IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var (next, name) = generations.CreateNext();
        var items = 0;
        try
        {
            long mark;
            await using (var scope = scopes.CreateAsyncScope())
            {
                // The mark is read before the items: a change after it is replayed below, never lost.
                mark = await scope.ServiceProvider.GetRequiredService<ChangeFeed>().LatestIdAsync(cancellationToken);
                var reader = scope.ServiceProvider.GetRequiredService<PublishedContentReader>();
                // Each item appears once, and the writer is thread-safe: analysing is the cost, so it runs on every core.
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.RebuildThreads, CancellationToken = cancellationToken };
                await foreach (var batch in reader.ReadAllAsync(BatchSize, cancellationToken))
                {
                    Parallel.ForEach(batch, parallel, item => next.Replace(PublishedItemMapper.IdOf(item.ItemType, item.Id), PublishedItemMapper.Map(item)));

                    items += batch.Count;
                    progress?.Report(new RebuildProgress(items));
                }
            }

            await WriteSourcesAsync(next, cancellationToken);
            next.Commit(mark);
            await ApplyFeedAsync(next, isLive: false, cancellationToken);
        }
        catch
        {
            next.Dispose();
            generations.DeleteAllBut(generations.CurrentName());
            throw;
        }

        var old = index.Swap(next);
        generations.Promote(name);
        LogRebuilt(items, name);
        _ = RetireAsync(old, name);
    }

    private async Task RetireAsync(LuceneSearchIndex old, string keep)
    {
        await Task.Delay(RetireAfter, CancellationToken.None);
        old.Dispose();

        // Only older generations: a rebuild that started meanwhile is writing a newer one.
        generations.DeleteOlderThan(keep);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A search source could not be read; its documents are left as they were until the next refresh")]
    private partial void LogSourceFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Building the search index from the database: {Reason}")]
    private partial void LogRebuildingAtStart(string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Search index applied {Count} changes up to {Cursor}")]
    private partial void LogApplied(int count, long cursor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt with {Items} items in {Generation}")]
    private partial void LogRebuilt(int items, string generation);
}
