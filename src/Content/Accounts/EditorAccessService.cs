using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Accounts;

/// <summary>Loads what a user may do. Disabled or unknown users get nothing.</summary>
public sealed class EditorAccessService(ContentDbContext db)
{
    /// <summary>The user's access, or null when the account is unknown or disabled.</summary>
    public async Task<EditorAccess?> GetAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking()
            .Include(u => u.Grants)
            .FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || user.DisabledAt is not null)
        {
            return null;
        }

        var regionByKommun = await db.Kommuner.AsNoTracking().ToDictionaryAsync(k => k.Code, k => k.RegionCode, StringComparer.Ordinal, cancellationToken);
        return new EditorAccess(user.Id, user.DisplayName, user.Grants, regionByKommun);
    }
}
