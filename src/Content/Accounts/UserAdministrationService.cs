using Halsoportal.Content.Editing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Accounts;

/// <summary>
/// Account administration in the backoffice, with the rights check that <see cref="AccountService"/>
/// leaves to its callers: a region administrator manages redaktörer and publicerare in the
/// kommuner of their län; only a system administrator hands out administrator roles or manages
/// accounts beyond one län. Nobody disables themselves.
/// </summary>
public sealed class UserAdministrationService(ContentDbContext db, AccountService accounts)
{
    /// <summary>Accounts with a role in the administrator's län (all accounts for a system administrator); null for others.</summary>
    public async Task<IReadOnlyList<EditorUserRow>?> ListAsync(EditorAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsAdministrator)
        {
            return null;
        }

        var all = await accounts.ListUsersAsync(cancellationToken);
        var regionOf = await RegionOfKommunAsync(cancellationToken);
        return access.IsSystemAdmin ? all : [.. all.Where(u => u.Grants.Any(g => InScope(access, g, regionOf)))];
    }

    /// <summary>Gives <paramref name="role"/> in <paramref name="kommunCode"/> (or, for administrator roles, <paramref name="regionCode"/>).</summary>
    public async Task<AccountResult> GrantAsync(EditorAccess access, string? email, EditorRole role, string? kommunCode, string? regionCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var refusal = await CheckRoleChangeAsync(access, role, kommunCode, regionCode, cancellationToken);
        return refusal ?? await accounts.GrantAsync(new RoleChange(email, role, kommunCode, regionCode), AccountActor.Of(access), cancellationToken);
    }

    /// <summary>Takes a role back under the same rule as <see cref="GrantAsync"/>.</summary>
    public async Task<AccountResult> RevokeAsync(EditorAccess access, string? email, EditorRole role, string? kommunCode, string? regionCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var refusal = await CheckRoleChangeAsync(access, role, kommunCode, regionCode, cancellationToken);
        return refusal ?? await accounts.RevokeAsync(new RoleChange(email, role, kommunCode, regionCode), AccountActor.Of(access), cancellationToken);
    }

    /// <summary>Disables or enables an account whose every role lies within the administrator's reach.</summary>
    public async Task<AccountResult> SetDisabledAsync(EditorAccess access, string userId, bool disabled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var user = access.IsAdministrator && userId != access.UserId ? await accounts.GetUserAsync(userId, cancellationToken) : null;
        var regionOf = await RegionOfKommunAsync(cancellationToken);
        if (user is null || !(access.IsSystemAdmin || (user.Grants.Count > 0 && user.Grants.All(g => InScope(access, g, regionOf)))))
        {
            return AccountResult.NotFound;
        }

        var actor = AccountActor.Of(access);
        return disabled ? await accounts.DisableAsync(user.Email, actor, cancellationToken) : await accounts.EnableAsync(user.Email, actor, cancellationToken);
    }

    private async Task<Dictionary<string, string>> RegionOfKommunAsync(CancellationToken cancellationToken) =>
        await db.Kommuner.AsNoTracking().ToDictionaryAsync(k => k.Code, k => k.RegionCode, StringComparer.Ordinal, cancellationToken);

    private static bool InScope(EditorAccess access, GrantRow grant, Dictionary<string, string> regionOf) => grant switch
    {
        { Role: EditorRole.Editor or EditorRole.Publisher, KommunCode: { } kommun } => regionOf.TryGetValue(kommun, out var region) && access.CanAdministerRegion(region),
        { Role: EditorRole.RegionAdmin, RegionCode: { } region } => access.IsSystemAdmin || access.CanAdministerRegion(region),
        _ => access.IsSystemAdmin,
    };

    private async Task<AccountResult?> CheckRoleChangeAsync(EditorAccess access, EditorRole role, string? kommunCode, string? regionCode, CancellationToken cancellationToken)
    {
        if (!access.IsAdministrator)
        {
            return AccountResult.NotFound;
        }

        if (EditorRoles.IsAdministrator(role))
        {
            return access.IsSystemAdmin ? null : AccountResult.Invalid(new FieldError("Role", "Bara en systemadministratör kan ge administratörsroller."));
        }

        var region = kommunCode is null ? null : await db.Kommuner.Where(k => k.Code == kommunCode).Select(k => k.RegionCode).FirstOrDefaultAsync(cancellationToken);
        return region is not null && access.CanAdministerRegion(region)
            ? null
            : AccountResult.Invalid(new FieldError("Kommun", "Välj en kommun i ditt län."));
    }
}
