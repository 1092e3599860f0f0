using System.Security.Cryptography;
using System.Text.Json;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Editing;

/// <summary>A form taken back out of the car park.</summary>
public sealed record ParkedFormContent(string Path, IReadOnlyList<KeyValuePair<string, string>> Fields, DateTime CreatedAt);

/// <summary>Keeps forms posted after a session ended, for a day, behind an unguessable key.</summary>
public sealed class ParkedFormService(ContentDbContext db, TimeProvider time)
{
    /// <summary>How long a parked form waits for its author to sign in again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>Parks the fields and returns the key for the restore URL.</summary>
    public async Task<string> ParkAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.ParkedForms.Where(p => p.CreatedAt < now - Lifetime).ExecuteDeleteAsync(cancellationToken);
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        db.ParkedForms.Add(new ParkedForm { KeyHash = SecretTokens.Hash(key), Path = path, Fields = JsonSerializer.Serialize(fields.ToList()), CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>The parked form, or null when the key is unknown or too old. Reading does not remove it; <see cref="ForgetAsync"/> does.</summary>
    public async Task<ParkedFormContent?> FindAsync(string? key, CancellationToken cancellationToken)
    {
        if (key is not { Length: 64 })
        {
            return null;
        }

        var hash = SecretTokens.Hash(key);
        var since = time.GetUtcNow().UtcDateTime - Lifetime;
        var parked = await db.ParkedForms.AsNoTracking().FirstOrDefaultAsync(p => p.KeyHash == hash && p.CreatedAt >= since, cancellationToken);
        return parked is null ? null : new ParkedFormContent(parked.Path, JsonSerializer.Deserialize<List<KeyValuePair<string, string>>>(parked.Fields)!, parked.CreatedAt);
    }

    /// <summary>Forgets a parked form (after it was saved or thrown away); nothing happens for a null or unknown key.</summary>
    public async Task ForgetAsync(string? key, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return;
        }

        var hash = SecretTokens.Hash(key);
        await db.ParkedForms.Where(p => p.KeyHash == hash).ExecuteDeleteAsync(cancellationToken);
    }

}
