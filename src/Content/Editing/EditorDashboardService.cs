using Halsoportal.Content.Accounts;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Editing;

/// <summary>The editor's start page: my drafts, waiting for review, scheduled, and att granska.</summary>
public sealed class EditorDashboardService(ContentDbContext db, LocalAdditionService additions, TimeProvider time)
{
    public async Task<EditorDashboard> GetAsync(EditorAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var rows = await EditorRows.LoadAsync(db, db.Articles.AsNoTracking().EditableBy(access), cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var mine = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ItemType == ContentItemType.Article && ids.Contains(v.ItemId) && v.AuthorId == access.UserId)
            .Select(v => v.ItemId).Distinct().ToListAsync(cancellationToken);
        var mineSet = mine.ToHashSet();
        var today = SwedishText.DateOf(time.GetUtcNow());
        var additionRows = await additions.ListAsync(access, cancellationToken);

        return new EditorDashboard(
            MyDrafts: [.. rows.Where(r => mineSet.Contains(r.Id) && r.Review != ReviewState.Requested
                && r.Status is ArticleStatus.Draft or ArticleStatus.PublishedWithChanges)],
            AwaitingReview: [.. rows.Where(r => r.Review == ReviewState.Requested)],
            Scheduled: [.. rows.Where(r => r.ScheduledPublishAt is not null || r.ScheduledUnpublishAt is not null)
                .OrderBy(r => r.ScheduledPublishAt ?? r.ScheduledUnpublishAt)],
            DueForReview: [.. rows.Where(r => r.Status is ArticleStatus.Published or ArticleStatus.PublishedWithChanges && r.NextReview <= today)
                .OrderBy(r => r.NextReview)],
            AdditionsToReview: [.. additionRows.Where(r => r.IsPublished && (r.NeedsReReview || r.NextReview <= today))]);
    }
}
