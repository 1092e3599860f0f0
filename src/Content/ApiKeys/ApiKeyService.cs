using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.ApiKeys;

/// <summary>What a valid key allows: reading the drafts of one kommun.</summary>
public sealed record ApiKeyGrant(int KeyId, string KommunCode, string Label);

/// <summary>A key just issued: the only time the key itself exists outside the caller's hands.</summary>
public sealed record IssuedApiKey(ApiKeyGrant Grant, string Key);

/// <summary>A key as administrators see it: never the key, only its hint.</summary>
public sealed record ApiKeyRow(int Id, string KommunCode, string KommunName, string Label, string Hint, string CreatedBy, DateTime CreatedAt, DateTime? RevokedAt, string? RevokedBy, DateOnly? LastUsedOn)
{
    public bool IsActive => RevokedAt is null;
}

/// <summary>
/// Per-kommun keys for draft preview through the delivery API. Region administrators issue and
/// revoke keys for the kommuner of their län (system administrators administer every län); every issue and
/// revocation is in the audit log.
/// </summary>
public sealed class ApiKeyService(ContentDbContext db, TimeProvider time)
{
    /// <summary>Every key starts with this, so a leaked one is easy to recognise (and to scan for).</summary>
    public const string Prefix = "hp_";

    public const int MaxLabelLength = 100;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The keys of the kommuner the user administers, newest first; null for non-administrators.</summary>
    public async Task<IReadOnlyList<ApiKeyRow>?> ListAsync(EditorAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsAdministrator)
        {
            return null;
        }

        var regions = access.AdministeredRegions.ToList();
        return await db.ApiKeys.AsNoTracking()
            .Join(db.Kommuner, key => key.KommunCode, kommun => kommun.Code, (key, kommun) => new { key, kommun })
            .Where(x => regions.Contains(x.kommun.RegionCode))
            .OrderByDescending(x => x.key.CreatedAt)
            .Select(x => new ApiKeyRow(x.key.Id, x.key.KommunCode, x.kommun.Name, x.key.Label, x.key.Hint, x.key.CreatedBy, x.key.CreatedAt, x.key.RevokedAt, x.key.RevokedBy, x.key.LastUsedOn))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Issues a key for one kommun the user administers. The key is in the result and nowhere else.</summary>
    public async Task<(EditResult Result, IssuedApiKey? Issued)> IssueAsync(EditorAccess access, string? kommunCode, string? label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var kommun = await db.Kommuner.AsNoTracking().FirstOrDefaultAsync(k => k.Code == kommunCode, cancellationToken);
        if (kommun is null || !access.CanAdministerRegion(kommun.RegionCode))
        {
            return (EditResult.Invalid(new FieldError("Kommun", "Välj en kommun i ditt län.")), null);
        }

        var cleaned = (label ?? "").Trim();
        if (cleaned.Length == 0)
        {
            return (EditResult.Invalid(new FieldError("Label", "Skriv vem eller vad nyckeln är till, till exempel ”Kommunens webbplats, testmiljö”.")), null);
        }

        if (cleaned.Length > MaxLabelLength || cleaned.Any(char.IsControl))
        {
            return (EditResult.Invalid(new FieldError("Label", $"Etiketten får vara högst {MaxLabelLength} tecken, utan radbrytningar.")), null);
        }

        var key = Prefix + SecretTokens.New();
        var entity = new ApiKey
        {
            KommunCode = kommun.Code,
            Label = cleaned,
            KeyHash = SecretTokens.Hash(key),
            Hint = key[..(Prefix.Length + 6)],
            CreatedBy = access.DisplayName,
            CreatedAt = Now,
        };
        db.ApiKeys.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntry.Create(Now, access.UserId, access.DisplayName, "apikey.issue", "apikey", entity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), kommun.Code, kommun.RegionCode, $"{cleaned} ({entity.Hint}…)"));
        await db.SaveChangesAsync(cancellationToken);
        return (new EditResult(EditStatus.Done, entity.Id), new IssuedApiKey(new ApiKeyGrant(entity.Id, kommun.Code, cleaned), key));
    }

    /// <summary>Stops a key from working, at once. Revoking a revoked key changes nothing.</summary>
    public async Task<EditStatus> RevokeAsync(EditorAccess access, int keyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var found = await db.ApiKeys
            .Join(db.Kommuner, key => key.KommunCode, kommun => kommun.Code, (key, kommun) => new { key, kommun.RegionCode })
            .FirstOrDefaultAsync(x => x.key.Id == keyId, cancellationToken);
        if (found is null || !access.CanAdministerRegion(found.RegionCode))
        {
            return EditStatus.NotFound;
        }

        if (found.key.RevokedAt is null)
        {
            found.key.RevokedAt = Now;
            found.key.RevokedBy = access.DisplayName;
            db.AuditEntries.Add(AuditEntry.Create(Now, access.UserId, access.DisplayName, "apikey.revoke", "apikey", keyId.ToString(System.Globalization.CultureInfo.InvariantCulture), found.key.KommunCode, found.RegionCode, $"{found.key.Label} ({found.key.Hint}…)"));
            await db.SaveChangesAsync(cancellationToken);
        }

        return EditStatus.Done;
    }

    /// <summary>
    /// The grant of a presented key, or null when it is missing, malformed, unknown or revoked.
    /// Records the day of use (at most one write a day per key).
    /// </summary>
    public async Task<ApiKeyGrant?> ValidateAsync(string? presentedKey, CancellationToken cancellationToken)
    {
        if (presentedKey is null || !presentedKey.StartsWith(Prefix, StringComparison.Ordinal) || presentedKey.Length > 100)
        {
            return null;
        }

        var hash = SecretTokens.Hash(presentedKey);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, cancellationToken);
        if (key is null)
        {
            return null;
        }

        var today = SwedishText.DateOf(time.GetUtcNow());
        if (key.LastUsedOn != today)
        {
            key.LastUsedOn = today;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ApiKeyGrant(key.Id, key.KommunCode, key.Label);
    }
}
