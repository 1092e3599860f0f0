using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Publishing;

/// <summary>How a publishing action ended.</summary>
public enum PublishStatus
{
    /// <summary>Done, and recorded in the change feed.</summary>
    Done,

    /// <summary>No such item.</summary>
    NotFound,
}

/// <summary>
/// Publishes and unpublishes. Each action writes the item and its change-feed row in one
/// transaction, then signals this node's followers.
/// </summary>
public sealed class PublishingService(ContentDbContext db, TimeProvider time, IContentChangeSignal signal)
{
    /// <summary>Makes the article public now (or republishes its current texts).</summary>
    public Task<PublishStatus> PublishArticleAsync(int articleId, CancellationToken cancellationToken) =>
        ChangeArticleAsync(articleId, ContentChangeKind.Published, cancellationToken);

    /// <summary>Takes the article off the public site.</summary>
    public Task<PublishStatus> UnpublishArticleAsync(int articleId, CancellationToken cancellationToken) =>
        ChangeArticleAsync(articleId, ContentChangeKind.Unpublished, cancellationToken);

    /// <summary>Asks every node to rebuild its search index from the database (through the feed).</summary>
    public async Task RequestSearchRebuildAsync(CancellationToken cancellationToken)
    {
        db.ContentChanges.Add(new ContentChange { ItemType = ContentItemType.Article, ItemId = 0, Kind = ContentChangeKind.RebuildRequested, OccurredAt = Now });
        await db.SaveChangesAsync(cancellationToken);
        await signal.ChangesCommittedAsync(cancellationToken);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task<PublishStatus> ChangeArticleAsync(int articleId, ContentChangeKind kind, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return PublishStatus.NotFound;
        }

        var now = Now;
        article.PublishedAt = kind == ContentChangeKind.Published ? now : null;
        article.UpdatedAt = now;
        db.ContentChanges.Add(new ContentChange { ItemType = ContentItemType.Article, ItemId = articleId, Kind = kind, OccurredAt = now });

        // One SaveChanges is one transaction: the article and its feed row commit together.
        await db.SaveChangesAsync(cancellationToken);
        await signal.ChangesCommittedAsync(cancellationToken);
        return PublishStatus.Done;
    }
}
