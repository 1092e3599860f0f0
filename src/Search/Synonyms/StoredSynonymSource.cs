using Halsoportal.Content.Synonyms;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Search.Synonyms;

/// <summary>
/// The synonym list administrators keep in the database (<see cref="SynonymListService"/>), or the bundled
/// list while they have not saved one. Read at most every <see cref="RefreshInterval"/>, so every node picks up
/// a change within that time without a query per search; <see cref="Invalidate"/> makes the next search on
/// this node read it at once. A database that cannot be read leaves the last list in use.
/// </summary>
public sealed class StoredSynonymSource(IServiceScopeFactory scopes, TimeProvider time) : ISynonymSource
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private IReadOnlyList<SynonymGroup> _groups = new DefaultSynonymSource().GetGroups();
    private long _readAtTicks;
    private int _readVersion = -1;

    /// <inheritdoc />
    public IReadOnlyList<SynonymGroup> GetGroups()
    {
        var now = time.GetUtcNow().UtcTicks;
        if (now - Interlocked.Read(ref _readAtTicks) < RefreshInterval.Ticks)
        {
            return Volatile.Read(ref _groups);
        }

        lock (_gate)
        {
            if (now - _readAtTicks >= RefreshInterval.Ticks)
            {
                Refresh(now);
            }

            return _groups;
        }
    }

    /// <summary>Reads the list again at the next search (after a save on this node).</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            Interlocked.Exchange(ref _readAtTicks, 0);
        }
    }

    private void Refresh(long nowTicks)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var stored = scope.ServiceProvider.GetRequiredService<SynonymListService>().GetAsync(CancellationToken.None).GetAwaiter().GetResult();
            var version = stored?.Version ?? 0;
            if (version != _readVersion)
            {
                // A new list instance only when the list changed: the search keeps its compiled table otherwise.
                _groups = stored is null
                    ? new DefaultSynonymSource().GetGroups()
                    : [.. SynonymListService.Groups(stored.Text).Select(g => new SynonymGroup(g))];
                _readVersion = version;
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException)
        {
            // Keep searching with the last list; the next refresh tries again.
        }

        Interlocked.Exchange(ref _readAtTicks, nowTicks);
    }
}
