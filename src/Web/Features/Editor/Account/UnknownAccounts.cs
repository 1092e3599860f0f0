using System.Collections.Concurrent;
using System.Security.Cryptography;
using Halsoportal.Content.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.Editor.Account;

/// <summary>
/// Makes a sign-in for an e-mail address without an account (or with a disabled one) look and
/// take like a wrong password for a real account (security.md item 4): it verifies the password
/// against a real hash, and counts failures and "locks" the address exactly as Identity locks an
/// account. Without the count, the lockout message itself would tell which addresses exist.
/// Memory only, capped, per node.
/// </summary>
public sealed class UnknownAccounts(TimeProvider time, IOptions<IdentityOptions> identity, IOptions<PasswordHasherOptions> hashing)
{
    // Enough for any real burst; past it everything is forgotten rather than memory grown.
    private const int MaxTracked = 10_000;

    private static readonly EditorUser Nobody = new() { DisplayName = "" };

    private readonly ConcurrentDictionary<string, Attempts> _byEmail = new(StringComparer.OrdinalIgnoreCase);

    // Identity's own hasher with the app's settings, so the cost is the same. Made here because
    // Identity registers IPasswordHasher as scoped and this is a singleton.
    private readonly PasswordHasher<EditorUser> _hasher = new(hashing);
    private readonly Lazy<string> _hash = new(() => new PasswordHasher<EditorUser>(hashing).HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    /// <summary>Does the work of checking a password against a hash, with the same cost settings, and throws the answer away.</summary>
    public void VerifyPassword(string password) => _ = _hasher.VerifyHashedPassword(Nobody, _hash.Value, password);

    /// <summary>True while the address is "locked".</summary>
    public bool IsLockedOut(string email) =>
        _byEmail.TryGetValue(Key(email), out var attempts) && attempts.LockedUntil > time.GetUtcNow();

    /// <summary>Counts a failure; returns true when this one locks the address (as Identity would).</summary>
    public bool RecordFailure(string email)
    {
        var lockout = identity.Value.Lockout;
        var now = time.GetUtcNow();
        if (_byEmail.Count >= MaxTracked)
        {
            _byEmail.Clear();
        }

        // Like Identity: the count never fades with time; reaching the limit locks and starts it over.
        var updated = _byEmail.AddOrUpdate(Key(email), _ => Next(new Attempts(0, DateTimeOffset.MinValue)), (_, current) => Next(current));
        return updated.LockedUntil > now;

        Attempts Next(Attempts current) => current.Count + 1 >= lockout.MaxFailedAccessAttempts
            ? new Attempts(0, now + lockout.DefaultLockoutTimeSpan)
            : current with { Count = current.Count + 1 };
    }

    private static string Key(string email) => email.Trim();

    private sealed record Attempts(int Count, DateTimeOffset LockedUntil);
}
