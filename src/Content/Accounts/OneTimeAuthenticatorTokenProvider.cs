using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Halsoportal.Content.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Accounts;

/// <summary>
/// TOTP (RFC 6238: HMAC-SHA1, 30-second steps, six digits) where every code works once: the step a code
/// belongs to is recorded with a conditional update, so a code seen over someone's shoulder or replayed from
/// a captured request is refused even inside its window (ASVS 2.8.4). One step of clock drift is accepted
/// either way. Identity's own provider accepts ±2 steps and the same code any number of times.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(ContentDbContext db, TimeProvider clock) : IUserTwoFactorTokenProvider<EditorUser>
{
    /// <summary>The name the provider is registered under in Identity's token options.</summary>
    public const string Name = "Engångskod";

    private const int StepSeconds = 30;

    public Task<string> GenerateAsync(string purpose, UserManager<EditorUser> manager, EditorUser user) =>
        throw new NotSupportedException("Authenticator codes come from the user's app.");

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<EditorUser> manager, EditorUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<EditorUser> manager, EditorUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token is not { Length: 6 } || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var secret = Base32.Decode(key);
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(secret, step)), System.Text.Encoding.ASCII.GetBytes(token)))
            {
                return await ClaimAsync(user, step);
            }
        }

        return false;
    }

    /// <summary>The code for <paramref name="step"/> (RFC 4226 dynamic truncation), as six digits.</summary>
    public static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; HMAC keeps it sound.
        HMACSHA1.HashData(secret, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var value = BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff;
        return (value % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    // Only a step later than the last one used is accepted; the update is atomic, so two requests racing
    // with the same code cannot both win. The user object the manager holds gets the value too, or its next
    // UpdateAsync would write the old one back.
    private async Task<bool> ClaimAsync(EditorUser user, long step)
    {
        var claimed = await db.Users
            .Where(u => u.Id == user.Id && (u.LastTotpStep == null || u.LastTotpStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpStep, step));
        if (claimed == 1)
        {
            user.LastTotpStep = step;
        }

        return claimed == 1;
    }

    private static class Base32
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        public static byte[] Decode(string text)
        {
            var output = new List<byte>(text.Length * 5 / 8);
            int buffer = 0, bits = 0;
            foreach (var c in text)
            {
                if (c is '=' or ' ' or '-')
                {
                    continue;
                }

                var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
                if (value < 0)
                {
                    throw new FormatException("The authenticator key is not base32.");
                }

                buffer = (buffer << 5) | value;
                bits += 5;
                if (bits >= 8)
                {
                    bits -= 8;
                    output.Add((byte)(buffer >> bits));
                    buffer &= (1 << bits) - 1;
                }
            }

            return [.. output];
        }
    }
}
