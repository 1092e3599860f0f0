using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Editing;

/// <summary>One page of the audit log.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Page, bool HasMore);

/// <summary>
/// The audit log for administrators: a system administrator sees everything; a region
/// administrator sees what happened in the län's kommuner and to the region's own content.
/// </summary>
public sealed class AuditLogService(ContentDbContext db)
{
    public const int PageSize = 50;

    /// <summary>Newest first; null when the user is no administrator.</summary>
    public async Task<AuditPage?> ListAsync(EditorAccess access, int page, string? kommunCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsAdministrator)
        {
            return null;
        }

        page = Math.Max(1, page);
        var query = db.AuditEntries.AsNoTracking();
        if (!access.IsSystemAdmin)
        {
            var regions = access.AdministeredRegions.ToList();
            var kommuner = await db.Kommuner.Where(k => regions.Contains(k.RegionCode)).Select(k => k.Code).ToListAsync(cancellationToken);
            query = query.Where(a => (a.KommunCode != null && kommuner.Contains(a.KommunCode)) || (a.RegionCode != null && regions.Contains(a.RegionCode)));
        }

        if (kommunCode is not null)
        {
            query = query.Where(a => a.KommunCode == kommunCode);
        }

        var rows = await query.OrderByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        return new AuditPage([.. rows.Take(PageSize)], page, rows.Count > PageSize);
    }
}
