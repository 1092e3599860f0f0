using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.ContactPoints.Editing;

/// <summary>
/// Review and publishing of contact points, with the same rules as articles: a redaktör sends for review, a
/// publicerare publishes the newest version or returns it with a comment, and in a kommun with a review step a
/// publisher other than the last author approves. Publishing copies the version into the published columns and
/// writes the change-feed row and the audit entry in the same transaction, then signals the followers.
/// </summary>
public sealed class ContactPointWorkflowService(ContentDbContext db, ContactPointEditingService editing, TimeProvider time, IContentChangeSignal signal)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Asks a publisher to review the newest version.</summary>
    public async Task<EditResult> SendForReviewAsync(EditorAccess access, int id, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var point = await editing.LoadEditableAsync(access, id, tracked: true, cancellationToken);
        if (point is null)
        {
            return EditResult.NotFound;
        }

        if (version != point.DraftVersion)
        {
            return new EditResult(EditStatus.Conflict, id, point.DraftVersion);
        }

        point.ReviewState = ReviewState.Requested;
        point.ReviewBy = access.DisplayName;
        point.ReviewComment = null;
        db.AuditEntries.Add(editing.Audit(access, "contactpoint.review.request", point, $"version {version}"));
        return await CommitAsync(point, feed: null, cancellationToken);
    }

    /// <summary>Sends a draft back to its author with a comment.</summary>
    public async Task<EditResult> ReturnAsync(EditorAccess access, int id, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var (point, refusal) = await LoadForPublisherAsync(access, id, cancellationToken);
        if (refusal is not null || point is null)
        {
            return refusal ?? EditResult.NotFound;
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return EditResult.Invalid(new FieldError("Comment", "Skriv vad som behöver ändras, så att redaktören vet vad hen ska göra."));
        }

        if (comment.Length > 2000)
        {
            return EditResult.Invalid(new FieldError("Comment", "Kommentaren får vara högst 2 000 tecken."));
        }

        point.ReviewState = ReviewState.Returned;
        point.ReviewComment = comment.Trim();
        point.ReviewBy = access.DisplayName;
        db.AuditEntries.Add(editing.Audit(access, "contactpoint.review.return", point, comment));
        return await CommitAsync(point, feed: null, cancellationToken);
    }

    /// <summary>
    /// Publishes version <paramref name="version"/>, which must be the newest (publish what you saw). Refused for
    /// editors without publishing rights, and when the kommun's review step has not been passed.
    /// </summary>
    public async Task<EditResult> PublishAsync(EditorAccess access, int id, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var (point, refusal) = await LoadForPublisherAsync(access, id, cancellationToken);
        if (refusal is not null || point is null)
        {
            return refusal ?? EditResult.NotFound;
        }

        if (version != point.DraftVersion)
        {
            return new EditResult(EditStatus.Conflict, id, point.DraftVersion);
        }

        // Version 0 is what a demo contact point had before anyone edited it here.
        var latest = version == 0 ? null : await db.ContentVersions.AsNoTracking()
            .FirstAsync(v => v.ItemType == ContentItemType.ContactPoint && v.ItemId == id && v.Number == version, cancellationToken);
        var requiresReview = await db.Kommuner.AnyAsync(k => k.Code == point.KommunCode && k.RequiresReview, cancellationToken);
        if (requiresReview && (point.ReviewState != ReviewState.Requested || latest?.AuthorId == access.UserId))
        {
            // Fyra ögon: in a kommun with a review step, someone other than the last author approves.
            return EditResult.Invalid(new FieldError("", "Den här kommunen har granskning före publicering: skicka kontaktpunkten för granskning, så publicerar en annan publicerare den."));
        }

        var draft = latest is null ? point.Published : ContactPointDraft.FromJson(latest.Data);
        if (draft is null)
        {
            return EditResult.NotFound;
        }

        var now = Now;
        point.PublishedData = draft.ToJson();
        point.Name = draft.Name;
        point.Type = draft.Type;
        point.HoursConfirmedOn = draft.HoursConfirmedOn;
        point.PublishedAt ??= now;
        point.UpdatedAt = now;
        point.PublishedVersion = version == 0 ? point.PublishedVersion : version;
        point.ReviewState = ReviewState.None;
        point.ReviewComment = null;
        db.AuditEntries.Add(editing.Audit(access, "contactpoint.publish", point, $"{draft.Name} (version {version})"));
        return await CommitAsync(point, ContentChangeKind.Published, cancellationToken);
    }

    /// <summary>Takes the contact point off the public site; its versions stay.</summary>
    public async Task<EditResult> UnpublishAsync(EditorAccess access, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var (point, refusal) = await LoadForPublisherAsync(access, id, cancellationToken);
        if (refusal is not null || point is null)
        {
            return refusal ?? EditResult.NotFound;
        }

        if (point.PublishedData is null)
        {
            return EditResult.Invalid(new FieldError("", "Kontaktpunkten är inte publicerad."));
        }

        // Never edited here: keep what was published as version 1 first, or it would be gone with the published copy.
        if (point.DraftVersion == 0)
        {
            point.DraftVersion = editing.KeepStartingPoint(point, "Utgångsläge: uppgifterna som var publicerade före avpubliceringen") - 1;
        }

        point.PublishedData = null;
        point.PublishedAt = null;
        point.UpdatedAt = Now;
        db.AuditEntries.Add(editing.Audit(access, "contactpoint.unpublish", point, point.Name));
        return await CommitAsync(point, ContentChangeKind.Unpublished, cancellationToken);
    }

    /// <summary>The contact point when the user may publish it; otherwise NotFound (not theirs to see) or Forbidden (theirs, but an editor's).</summary>
    private async Task<(ContactPoint? Point, EditResult? Refusal)> LoadForPublisherAsync(EditorAccess access, int id, CancellationToken cancellationToken)
    {
        var point = await editing.LoadEditableAsync(access, id, tracked: true, cancellationToken);
        return point is null ? (null, EditResult.NotFound)
            : !access.CanPublish(point.Owner) ? (point, EditResult.Forbidden)
            : (point, null);
    }

    /// <summary>One SaveChanges is one transaction: the contact point, its feed row and its audit entry commit together.</summary>
    private async Task<EditResult> CommitAsync(ContactPoint point, ContentChangeKind? feed, CancellationToken cancellationToken)
    {
        if (feed is { } kind)
        {
            db.ContentChanges.Add(new ContentChange { ItemType = ContentItemType.ContactPoint, ItemId = point.Id, Kind = kind, OccurredAt = Now });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (!StoreFailures.IsUnavailable(ex))
        {
            db.ChangeTracker.Clear();
            var newest = await db.ContactPoints.Where(c => c.Id == point.Id).Select(c => c.DraftVersion).FirstAsync(cancellationToken);
            return new EditResult(EditStatus.Conflict, point.Id, newest);
        }

        if (feed is not null)
        {
            await signal.ChangesCommittedAsync(cancellationToken);
        }

        return new EditResult(EditStatus.Done, point.Id, point.DraftVersion);
    }
}
