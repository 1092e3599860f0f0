using System.Text;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Slugs;
using Halsoportal.Content.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Halsoportal.Content.Accounts;

/// <summary>
/// Editor accounts: create, list, grant and revoke roles, disable and enable, and each user's
/// own two-step verification. Every change and its audit entry commit in one transaction
/// (security.md items 4 and 16). Expected failures come back as <see cref="AccountResult"/>.
/// Callers decide who may act: the operator verbs are trusted, a backoffice page must check
/// <see cref="EditorAccess"/> before it calls an administrative method.
/// </summary>
public sealed class AccountService(ContentDbContext db, UserManager<EditorUser> users, KommunService kommuner, TimeProvider time)
{
    /// <summary>How many recovery codes a user gets at a time.</summary>
    public const int RecoveryCodeCount = 10;

    /// <summary>The issuer authenticator apps show beside the code.</summary>
    public const string Issuer = "Hälsoportal";

    private const int MaxNameLength = 200;
    private const int MaxEmailLength = 256;

    /// <summary>Creates an account without roles. The password must pass the Identity password policy.</summary>
    public async Task<AccountResult> AddUserAsync(NewEditorUser input, AccountActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var email = (input.Email ?? "").Trim();
        var name = CleanName(input.DisplayName);
        var user = new EditorUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = Now() };

        var errors = new List<FieldError>();
        if (email.Length == 0)
        {
            errors.Add(new("Email", "Ange en e-postadress."));
        }
        else if (email.Length > MaxEmailLength)
        {
            errors.Add(new("Email", $"E-postadressen får vara högst {MaxEmailLength} tecken."));
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.Add(new("Email", users.ErrorDescriber.DuplicateEmail(email).Description));
        }

        if (name.Length == 0)
        {
            errors.Add(new("DisplayName", "Ange personens namn."));
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(new("DisplayName", $"Namnet får vara högst {MaxNameLength} tecken."));
        }

        if (string.IsNullOrEmpty(input.Password))
        {
            errors.Add(new("Password", "Ange ett lösenord."));
        }
        else
        {
            // The validators directly, so every problem with the password is reported at once, beside the others.
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, user, input.Password);
                errors.AddRange(result.Errors.Select(e => new FieldError("Password", e.Description)));
            }
        }

        if (errors.Count > 0)
        {
            return AccountResult.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            // The user validator's verdict (an e-mail address Identity does not accept); nothing was saved.
            return AccountResult.Invalid([.. created.Errors.Select(e => new FieldError(FieldOf(e), e.Description))]);
        }

        db.AuditEntries.Add(Audit(actor, "user.add", user.Id, detail: $"{name} <{email}>"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AccountResult(AccountStatus.Done, user.Id);
    }

    /// <summary>Every account with its grants, sorted by name the Swedish way.</summary>
    public async Task<IReadOnlyList<EditorUserRow>> ListUsersAsync(CancellationToken cancellationToken)
    {
        var list = await db.Users.AsNoTracking().Include(u => u.Grants).ToListAsync(cancellationToken);
        var places = await PlaceNamesAsync(cancellationToken);
        return [.. list.Select(u => ToRow(u, places)).OrderBy(u => u.DisplayName, SwedishText.Comparer).ThenBy(u => u.Email, StringComparer.Ordinal)];
    }

    /// <summary>One account with its grants, or null.</summary>
    public async Task<EditorUserRow?> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Grants).FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is null ? null : ToRow(user, await PlaceNamesAsync(cancellationToken));
    }

    /// <summary>Gives a role in a kommun, a region or (system administrator) everywhere.</summary>
    public async Task<AccountResult> GrantAsync(RoleChange change, AccountActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(actor);
        var user = await FindByEmailAsync(change.Email);
        var place = await ResolvePlaceAsync(change, cancellationToken);
        if (place.Errors.Count > 0)
        {
            return AccountResult.Invalid(place.Errors);
        }

        if (user is null)
        {
            return AccountResult.NotFound;
        }

        var row = new GrantRow(change.Role, place.KommunCode, place.RegionCode, place.Name);
        if (await FindGrantAsync(user.Id, change.Role, place, cancellationToken) is not null)
        {
            return new AccountResult(AccountStatus.Unchanged, user.Id, Grant: row);
        }

        db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = change.Role, KommunCode = place.KommunCode, RegionCode = place.RegionCode });
        db.AuditEntries.Add(Audit(actor, "user.grant", user.Id, place.KommunCode, place.RegionCode, $"{user.DisplayName}: {Describe(row)}"));
        await db.SaveChangesAsync(cancellationToken);
        return new AccountResult(AccountStatus.Done, user.Id, Grant: row);
    }

    /// <summary>Takes back a role. A grant that is not there is <see cref="AccountStatus.Unchanged"/>.</summary>
    public async Task<AccountResult> RevokeAsync(RoleChange change, AccountActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(actor);
        var user = await FindByEmailAsync(change.Email);
        var place = await ResolvePlaceAsync(change, cancellationToken);
        if (place.Errors.Count > 0)
        {
            return AccountResult.Invalid(place.Errors);
        }

        if (user is null)
        {
            return AccountResult.NotFound;
        }

        var row = new GrantRow(change.Role, place.KommunCode, place.RegionCode, place.Name);
        var grant = await FindGrantAsync(user.Id, change.Role, place, cancellationToken);
        if (grant is null)
        {
            return new AccountResult(AccountStatus.Unchanged, user.Id, Grant: row);
        }

        db.RoleGrants.Remove(grant);
        db.AuditEntries.Add(Audit(actor, "user.revoke", user.Id, place.KommunCode, place.RegionCode, $"{user.DisplayName}: {Describe(row)}"));
        await db.SaveChangesAsync(cancellationToken);
        return new AccountResult(AccountStatus.Done, user.Id, Grant: row);
    }

    /// <summary>
    /// Disables an account: it can no longer sign in, every session of it ends at once (the
    /// session rows go) and the security stamp changes, so nothing issued earlier stays valid.
    /// </summary>
    public async Task<AccountResult> DisableAsync(string? email, AccountActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await FindByEmailAsync(email);
        if (user is null)
        {
            return AccountResult.NotFound;
        }

        if (user.DisabledAt is not null)
        {
            return new AccountResult(AccountStatus.Unchanged, user.Id);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.DisabledAt = Now();
        await db.EditorSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        db.AuditEntries.Add(Audit(actor, "user.disable", user.Id, detail: user.DisplayName));

        // Saves the user, the new stamp and the audit entry together.
        var result = await users.UpdateSecurityStampAsync(user);
        return await FinishAsync(result, transaction, user.Id, cancellationToken);
    }

    /// <summary>Lets a disabled account sign in again. Its roles were kept.</summary>
    public async Task<AccountResult> EnableAsync(string? email, AccountActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await FindByEmailAsync(email);
        if (user is null)
        {
            return AccountResult.NotFound;
        }

        if (user.DisabledAt is null)
        {
            return new AccountResult(AccountStatus.Unchanged, user.Id);
        }

        user.DisabledAt = null;
        db.AuditEntries.Add(Audit(actor, "user.enable", user.Id, detail: user.DisplayName));
        await db.SaveChangesAsync(cancellationToken);
        return new AccountResult(AccountStatus.Done, user.Id);
    }

    /// <summary>Whether the account has two-step verification turned on.</summary>
    public async Task<bool> IsTwoFactorEnabledAsync(string userId, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.TwoFactorEnabled).FirstOrDefaultAsync(cancellationToken);

    /// <summary>What the set-up page shows, or null for an unknown or disabled account.</summary>
    public async Task<AuthenticatorSetup?> GetAuthenticatorSetupAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.DisabledAt is not null)
        {
            return null;
        }

        var key = user.TwoFactorEnabled ? null : await users.GetAuthenticatorKeyAsync(user);
        var codesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        var email = user.Email ?? "";
        return new AuthenticatorSetup(user.TwoFactorEnabled, email, key, key is null ? null : AuthenticatorUri(email, key), codesLeft);
    }

    /// <summary>
    /// Makes a new shared key for the authenticator app (the first step of turning two-step
    /// verification on, or starting it over). Refused while it is on: the app in use would stop working.
    /// </summary>
    public async Task<AccountResult> CreateAuthenticatorKeyAsync(string userId, AccountActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await FindActiveAsync(userId);
        if (user is null)
        {
            return AccountResult.NotFound;
        }

        if (user.TwoFactorEnabled)
        {
            return new AccountResult(AccountStatus.Unchanged, user.Id);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AuditEntries.Add(Audit(actor, "user.2fa.key", user.Id, detail: user.DisplayName));
        var result = await users.ResetAuthenticatorKeyAsync(user);
        return await FinishAsync(result, transaction, user.Id, cancellationToken);
    }

    /// <summary>
    /// Turns two-step verification on once <paramref name="code"/> proves the app has the key.
    /// The result carries the recovery codes: they are shown once and stored only as Identity keeps them.
    /// </summary>
    public async Task<AccountResult> EnableTwoFactorAsync(string userId, string? code, AccountActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await FindActiveAsync(userId);
        if (user is null)
        {
            return AccountResult.NotFound;
        }

        if (user.TwoFactorEnabled)
        {
            return new AccountResult(AccountStatus.Unchanged, user.Id);
        }

        var typed = new string([.. (code ?? "").Where(char.IsAsciiDigit)]);
        if (await users.GetAuthenticatorKeyAsync(user) is null)
        {
            return AccountResult.Invalid(new FieldError("Code", "Skapa en nyckel först och lägg in den i din autentiseringsapp."));
        }

        if (typed.Length == 0)
        {
            return AccountResult.Invalid(new FieldError("Code", "Skriv den sexsiffriga koden från din autentiseringsapp."));
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, typed))
        {
            return AccountResult.Invalid(new FieldError("Code", "Koden stämmer inte. Kontrollera att telefonens klocka går rätt och skriv koden som visas just nu."));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AuditEntries.Add(Audit(actor, "user.2fa.enable", user.Id, detail: user.DisplayName));
        var enabled = await users.SetTwoFactorEnabledAsync(user, true);
        if (!enabled.Succeeded)
        {
            return await FinishAsync(enabled, transaction, user.Id, cancellationToken);
        }

        return await FinishWithCodesAsync(user, transaction, cancellationToken);
    }

    /// <summary>New recovery codes; the old ones stop working. Only while two-step verification is on.</summary>
    public async Task<AccountResult> RenewRecoveryCodesAsync(string userId, AccountActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await FindActiveAsync(userId);
        if (user is null)
        {
            return AccountResult.NotFound;
        }

        if (!user.TwoFactorEnabled)
        {
            return new AccountResult(AccountStatus.Unchanged, user.Id);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AuditEntries.Add(Audit(actor, "user.2fa.recovery-codes", user.Id, detail: user.DisplayName));
        return await FinishWithCodesAsync(user, transaction, cancellationToken);
    }

    /// <summary>
    /// Turns two-step verification off and discards the key. Refused for region and system
    /// administrators, who must always use it (security.md item 4).
    /// </summary>
    public async Task<AccountResult> DisableTwoFactorAsync(string userId, AccountActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await FindActiveAsync(userId);
        if (user is null)
        {
            return AccountResult.NotFound;
        }

        if (await db.RoleGrants.AnyAsync(g => g.UserId == user.Id && (g.Role == EditorRole.RegionAdmin || g.Role == EditorRole.SystemAdmin), cancellationToken))
        {
            return new AccountResult(AccountStatus.Forbidden, user.Id);
        }

        if (!user.TwoFactorEnabled)
        {
            return new AccountResult(AccountStatus.Unchanged, user.Id);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AuditEntries.Add(Audit(actor, "user.2fa.disable", user.Id, detail: user.DisplayName));
        var disabled = await users.SetTwoFactorEnabledAsync(user, false);
        if (!disabled.Succeeded)
        {
            return await FinishAsync(disabled, transaction, user.Id, cancellationToken);
        }

        // A new key, so codes from the old app entry never count again if it is turned back on.
        var reset = await users.ResetAuthenticatorKeyAsync(user);
        return await FinishAsync(reset, transaction, user.Id, cancellationToken);
    }

    /// <summary>Records a sign-in in the audit log (failed attempts go to the server log, not here).</summary>
    public Task RecordSignInAsync(string userId, bool withSecondFactor, CancellationToken cancellationToken) =>
        RecordSessionAsync(userId, "user.login", withSecondFactor ? "med tvåstegsverifiering" : "med lösenord", cancellationToken);

    /// <summary>Records a sign-out in the audit log.</summary>
    public Task RecordSignOutAsync(string userId, CancellationToken cancellationToken) =>
        RecordSessionAsync(userId, "user.logout", null, cancellationToken);

    private async Task RecordSessionAsync(string userId, string action, string? detail, CancellationToken cancellationToken)
    {
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return;
        }

        db.AuditEntries.Add(AuditEntry.Create(Now(), userId, name, action, "user", userId, detail: detail));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>New recovery codes saved with whatever the transaction holds, the audit entry included.</summary>
    private async Task<AccountResult> FinishWithCodesAsync(EditorUser user, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        if (codes is null)
        {
            return await FinishAsync(IdentityResult.Failed(users.ErrorDescriber.DefaultError()), transaction, user.Id, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new AccountResult(AccountStatus.Done, user.Id, RecoveryCodes: [.. codes]);
    }

    /// <summary>Commits when Identity saved; otherwise forgets the pending audit entry and rolls back.</summary>
    private async Task<AccountResult> FinishAsync(IdentityResult result, IDbContextTransaction transaction, string userId, CancellationToken cancellationToken)
    {
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(cancellationToken);
            return AccountResult.Invalid([.. result.Errors.Select(e => new FieldError(FieldOf(e), e.Description))]);
        }

        await transaction.CommitAsync(cancellationToken);
        return new AccountResult(AccountStatus.Done, userId);
    }

    private async Task<EditorUser?> FindByEmailAsync(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());

    private async Task<EditorUser?> FindActiveAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        return user is null || user.DisabledAt is not null ? null : user;
    }

    private async Task<RoleGrant?> FindGrantAsync(string userId, EditorRole role, Place place, CancellationToken cancellationToken) =>
        await db.RoleGrants.FirstOrDefaultAsync(
            g => g.UserId == userId && g.Role == role && g.KommunCode == place.KommunCode && g.RegionCode == place.RegionCode,
            cancellationToken);

    /// <summary>Where a role applies, worked out from what was typed, with a Swedish error for anything that does not fit the role.</summary>
    private async Task<Place> ResolvePlaceAsync(RoleChange change, CancellationToken cancellationToken)
    {
        var kommun = change.Kommun?.Trim();
        var region = change.Region?.Trim();
        var roleName = EditorRoles.Name(change.Role);
        var errors = new List<FieldError>();
        if (change.Role is EditorRole.Editor or EditorRole.Publisher)
        {
            if (!string.IsNullOrEmpty(region))
            {
                errors.Add(new("Region", $"Rollen {roleName} gäller en kommun, inte en region."));
            }

            if (string.IsNullOrEmpty(kommun))
            {
                errors.Add(new("Kommun", $"Ange vilken kommun rollen {roleName} ska gälla."));
                return new Place(null, null, "", errors);
            }

            var found = await FindKommunAsync(kommun, cancellationToken);
            if (found.Kommun is null)
            {
                errors.Add(new("Kommun", found.Error!));
                return new Place(null, null, "", errors);
            }

            return new Place(found.Kommun.Code, null, found.Kommun.Name, errors);
        }

        if (!string.IsNullOrEmpty(kommun))
        {
            errors.Add(new("Kommun", $"Rollen {roleName} gäller {(change.Role == EditorRole.RegionAdmin ? "en hel region" : "hela landet")}, inte en kommun."));
        }

        if (change.Role == EditorRole.SystemAdmin)
        {
            if (!string.IsNullOrEmpty(region))
            {
                errors.Add(new("Region", $"Rollen {roleName} gäller hela landet, inte en region."));
            }

            return new Place(null, null, "hela landet", errors);
        }

        if (string.IsNullOrEmpty(region))
        {
            errors.Add(new("Region", $"Ange vilken region rollen {roleName} ska gälla, med länskod (22) eller namn (Västernorrland)."));
            return new Place(null, null, "", errors);
        }

        var match = await FindRegionAsync(region, cancellationToken);
        if (match is null)
        {
            errors.Add(new("Region", $"Det finns ingen region som heter eller har länskoden ”{region}”."));
            return new Place(null, null, "", errors);
        }

        return new Place(null, match.Code, match.Name, errors);
    }

    private async Task<(KommunRef? Kommun, string? Error)> FindKommunAsync(string typed, CancellationToken cancellationToken)
    {
        if (typed.All(char.IsAsciiDigit))
        {
            var byCode = await db.Kommuner.AsNoTracking().Where(k => k.Code == typed).Select(k => new { k.Code, k.Name }).FirstOrDefaultAsync(cancellationToken);
            return byCode is null
                ? (null, $"Det finns ingen kommun med kommunkoden {typed}.")
                : (new KommunRef(byCode.Code, byCode.Name, "", "", "", ""), null);
        }

        var match = await kommuner.MatchAsync(typed, cancellationToken);
        return match.Status switch
        {
            KommunMatchStatus.Found => (match.Kommun, null),
            KommunMatchStatus.Ambiguous => (null, $"Flera kommuner börjar på ”{typed}”: {string.Join(", ", match.Candidates.Select(k => $"{k.Name} ({k.Code})"))}. Skriv hela namnet eller kommunkoden."),
            _ => (null, $"Det finns ingen kommun som heter ”{typed}”."),
        };
    }

    private async Task<Region?> FindRegionAsync(string typed, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().ToListAsync(cancellationToken);
        if (typed.All(char.IsAsciiDigit))
        {
            var code = typed.PadLeft(2, '0');
            return regions.FirstOrDefault(r => r.Code == code);
        }

        // "Västernorrland", "Västernorrlands län", "Region Västernorrland", "vasternorrland" all name län 22.
        var slug = Slug.From(typed);
        return regions.FirstOrDefault(r => RegionNames(r).Contains(slug));
    }

    private static HashSet<string> RegionNames(Region region)
    {
        var organisation = region.OrganisationName.StartsWith("Region ", StringComparison.Ordinal)
            ? region.OrganisationName["Region ".Length..]
            : region.OrganisationName;
        var names = new[]
        {
            region.Name,
            region.OrganisationName,
            organisation,
            WithoutSuffix(organisation, " län"),
            WithoutSuffix(region.Name, " län"),
            WithoutSuffix(region.Name, "s län"),
        };
        return [.. names.Select(Slug.From).Where(s => s.Length > 0)];
    }

    private static string WithoutSuffix(string text, string suffix) =>
        text.EndsWith(suffix, StringComparison.Ordinal) ? text[..^suffix.Length] : text;

    private async Task<PlaceNames> PlaceNamesAsync(CancellationToken cancellationToken) => new(
        await db.Kommuner.AsNoTracking().ToDictionaryAsync(k => k.Code, k => k.Name, StringComparer.Ordinal, cancellationToken),
        await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Name, StringComparer.Ordinal, cancellationToken));

    private static EditorUserRow ToRow(EditorUser user, PlaceNames places) => new(
        user.Id,
        user.DisplayName,
        user.Email ?? "",
        [.. user.Grants
            .Select(g => new GrantRow(g.Role, g.KommunCode, g.RegionCode, PlaceName(g, places)))
            .OrderBy(g => g.Role)
            .ThenBy(g => g.PlaceName, SwedishText.Comparer)],
        user.TwoFactorEnabled,
        user.CreatedAt,
        user.DisabledAt);

    private static string PlaceName(RoleGrant grant, PlaceNames places) => grant switch
    {
        { KommunCode: { } code } => places.Kommuner.GetValueOrDefault(code, code),
        { RegionCode: { } code } => places.Regions.GetValueOrDefault(code, code),
        _ => "hela landet",
    };

    /// <summary>"redaktör i Sundsvall (2281)": the code too, so the log stays exact after a rename.</summary>
    private static string Describe(GrantRow grant)
    {
        var code = grant.KommunCode ?? grant.RegionCode;
        return code is null ? grant.Describe() : $"{grant.Describe()} ({code})";
    }

    /// <summary>The otpauth:// URI of Google's key URI format, which every common authenticator app reads.</summary>
    private static string AuthenticatorUri(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    private AuditEntry Audit(AccountActor actor, string action, string userId, string? kommunCode = null, string? regionCode = null, string? detail = null) =>
        AuditEntry.Create(Now(), actor.UserId, actor.Name, action, "user", userId, kommunCode, regionCode, detail);

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    /// <summary>
    /// One line, no control characters, single spaces: a name is shown in lists, headers and
    /// the audit log, where a line break could make one entry look like two.
    /// </summary>
    private static string CleanName(string? name)
    {
        var builder = new StringBuilder((name ?? "").Length);
        foreach (var c in (name ?? "").Trim())
        {
            var space = char.IsWhiteSpace(c) || char.IsControl(c);
            if (!space)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static string FieldOf(IdentityError error) => error.Code switch
    {
        { } code when code.StartsWith("Password", StringComparison.Ordinal) => "Password",
        "InvalidToken" or "RecoveryCodeRedemptionFailed" => "Code",
        _ => "Email",
    };

    private sealed record Place(string? KommunCode, string? RegionCode, string Name, List<FieldError> Errors);

    private sealed record PlaceNames(Dictionary<string, string> Kommuner, Dictionary<string, string> Regions);
}
