using Halsoportal.Content.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Editing;

/// <summary>Reading an item's versions: the same for articles, pages and contact points.</summary>
internal static class ContentVersionQueries
{
    /// <summary>The versions of one item.</summary>
    public static IQueryable<ContentVersion> Of(this IQueryable<ContentVersion> versions, ContentItemType type, int id) =>
        versions.Where(v => v.ItemType == type && v.ItemId == id);

    /// <summary>Version <paramref name="number"/>'s data (the item's draft as JSON); null when there is no such version.</summary>
    public static Task<string?> DataAsync(this IQueryable<ContentVersion> versions, ContentItemType type, int id, int number, CancellationToken cancellationToken) =>
        versions.AsNoTracking().Of(type, id).Where(v => v.Number == number).Select(v => v.Data).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Every version, newest first, the published one (<paramref name="publishedVersion"/>, null when unpublished) marked.</summary>
    public static async Task<IReadOnlyList<VersionRow>> HistoryAsync(
        this IQueryable<ContentVersion> versions, ContentItemType type, int id, int? publishedVersion, CancellationToken cancellationToken) =>
        await versions.AsNoTracking().Of(type, id)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionRow(v.Number, v.AuthorName, v.CreatedAt, v.Note, v.Number == publishedVersion))
            .ToListAsync(cancellationToken);
}
