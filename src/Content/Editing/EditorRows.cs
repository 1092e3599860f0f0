using Halsoportal.Content.Articles;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Editing;

/// <summary>Display names of owners: "Sundsvall", "Region Västernorrland", "Nationellt".</summary>
internal sealed class OwnerNames(IReadOnlyDictionary<string, string> kommuner, IReadOnlyDictionary<string, string> regions)
{
    public static async Task<OwnerNames> LoadAsync(ContentDbContext db, CancellationToken cancellationToken) => new(
        await db.Kommuner.AsNoTracking().ToDictionaryAsync(k => k.Code, k => k.Name, StringComparer.Ordinal, cancellationToken),
        await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.OrganisationName, StringComparer.Ordinal, cancellationToken));

    public string Of(string? kommunCode, string? regionCode) =>
        kommunCode is not null ? kommuner.GetValueOrDefault(kommunCode, kommunCode)
        : regionCode is not null ? regions.GetValueOrDefault(regionCode, regionCode)
        : "Nationellt";
}

/// <summary>Turns an article query into list rows with the title and author of the newest version.</summary>
internal static class EditorRows
{
    public static ArticleStatus StatusOf(DateTime? publishedAt, int? publishedVersion, int draftVersion) =>
        publishedAt is not null
            ? (publishedVersion is null || publishedVersion == draftVersion || draftVersion == 0 ? ArticleStatus.Published : ArticleStatus.PublishedWithChanges)
            : publishedVersion is null ? ArticleStatus.Draft : ArticleStatus.Unpublished;

    public static async Task<IReadOnlyList<EditorArticleRow>> LoadAsync(ContentDbContext db, IQueryable<Article> query, CancellationToken cancellationToken)
    {
        var articles = await query
            .Select(a => new
            {
                a.Id, a.Slug, a.OwnerKommunCode, a.OwnerRegionCode, a.PublishedAt, a.PublishedVersion, a.DraftVersion,
                a.ReviewState, a.ScheduledPublishAt, a.ScheduledUnpublishAt, a.NextReview, a.UpdatedAt,
                PublishedTitle = a.Texts.Where(t => t.Language == ArticleText.Swedish && !t.IsEasyRead).Select(t => t.Title).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var ids = articles.Select(a => a.Id).ToList();

        // The newest version of each article, for its working title and who saved it last.
        var latest = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ItemType == ContentItemType.Article && ids.Contains(v.ItemId)
                && v.Number == db.Articles.Where(a => a.Id == v.ItemId).Select(a => a.DraftVersion).First())
            .Select(v => new { v.ItemId, v.Data, v.AuthorName, v.CreatedAt })
            .ToDictionaryAsync(v => v.ItemId, cancellationToken);
        var names = await OwnerNames.LoadAsync(db, cancellationToken);
        return [.. articles
            .Select(a =>
            {
                var version = latest.GetValueOrDefault(a.Id);
                var title = version is null ? a.PublishedTitle ?? a.Slug : ArticleDraft.FromJson(version.Data).Title;
                return new EditorArticleRow(
                    a.Id, a.Slug, title, names.Of(a.OwnerKommunCode, a.OwnerRegionCode),
                    StatusOf(a.PublishedAt, a.PublishedVersion, a.DraftVersion), a.ReviewState, a.DraftVersion,
                    version?.CreatedAt ?? a.UpdatedAt, version?.AuthorName, a.ScheduledPublishAt, a.ScheduledUnpublishAt, a.NextReview);
            })
            .OrderByDescending(r => r.LastSavedAt)];
    }
}
