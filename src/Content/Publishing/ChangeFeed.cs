using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Publishing;

/// <summary>A change as followers read it.</summary>
public sealed record ContentChangeEntry(long Id, ContentItemType ItemType, int ItemId, ContentChangeKind Kind, DateTime OccurredAt);

/// <summary>Reads the change feed in order.</summary>
public sealed class ChangeFeed(ContentDbContext db)
{
    /// <summary>Up to <paramref name="max"/> changes after <paramref name="afterId"/>, oldest first.</summary>
    public async Task<IReadOnlyList<ContentChangeEntry>> ReadAfterAsync(long afterId, int max, CancellationToken cancellationToken) =>
        await db.ContentChanges.AsNoTracking()
            .Where(c => c.Id > afterId)
            .OrderBy(c => c.Id)
            .Take(max)
            .Select(c => new ContentChangeEntry(c.Id, c.ItemType, c.ItemId, c.Kind, c.OccurredAt))
            .ToListAsync(cancellationToken);

    /// <summary>The newest change id, or 0 when the feed is empty.</summary>
    public async Task<long> LatestIdAsync(CancellationToken cancellationToken) =>
        await db.ContentChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
}
