using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Editing;

/// <summary>A kommun's editorial settings as an administrator sees them.</summary>
public sealed record KommunSettingsRow(string Code, string Name, string RegionName, bool RequiresReview);

/// <summary>Per-kommun settings that region administrators manage for their län: today, the review step.</summary>
public sealed class KommunSettingsService(ContentDbContext db, TimeProvider time)
{
    /// <summary>The kommuner of the regions the user administers; null for non-administrators.</summary>
    public async Task<IReadOnlyList<KommunSettingsRow>?> ListAsync(EditorAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsAdministrator)
        {
            return null;
        }

        var regions = access.AdministeredRegions.ToList();
        var rows = await db.Kommuner.AsNoTracking().Where(k => regions.Contains(k.RegionCode))
            .Select(k => new KommunSettingsRow(k.Code, k.Name, k.Region.Name, k.RequiresReview))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.RegionName, SwedishText.Comparer).ThenBy(r => r.Name, SwedishText.Comparer)];
    }

    /// <summary>Turns the review step on or off for one kommun of the user's län.</summary>
    public async Task<EditStatus> SetRequiresReviewAsync(EditorAccess access, string kommunCode, bool requiresReview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var kommun = await db.Kommuner.FirstOrDefaultAsync(k => k.Code == kommunCode, cancellationToken);
        if (kommun is null || !access.CanAdministerRegion(kommun.RegionCode))
        {
            return EditStatus.NotFound;
        }

        if (kommun.RequiresReview != requiresReview)
        {
            kommun.RequiresReview = requiresReview;
            db.AuditEntries.Add(AuditEntry.Create(time.GetUtcNow().UtcDateTime, access.UserId, access.DisplayName,
                requiresReview ? "kommun.review.on" : "kommun.review.off", "kommun", kommun.Code, kommun.Code, kommun.RegionCode, kommun.Name));
            await db.SaveChangesAsync(cancellationToken);
        }

        return EditStatus.Done;
    }
}
