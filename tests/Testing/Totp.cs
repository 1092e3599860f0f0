using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;

namespace Halsoportal.Testing;

/// <summary>
/// RFC 6238 time-based one-time passwords (HMAC-SHA1, 30-second steps, 6 digits), written here from
/// the RFC so the suites do not ask the server's code to check itself.
/// </summary>
public static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const int StepSeconds = 30;

    // The last step each key used in this test run: the server takes every code once, in increasing steps.
    private static readonly ConcurrentDictionary<string, long> LastStep = new(StringComparer.Ordinal);

    /// <summary>The code an authenticator app shows right now (for a code that is meant to be wrong or unused).</summary>
    public static string Now(string base32Key) => Compute(base32Key, DateTimeOffset.UtcNow);

    /// <summary>
    /// A code the server has not seen for this key, as a person would type the next one their app shows:
    /// the previous, current or next step (the server allows one step of clock drift), waiting for the next
    /// 30-second step when all three are used.
    /// </summary>
    public static async Task<string> NextAsync(string base32Key)
    {
        while (true)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / StepSeconds;
            var last = LastStep.GetOrAdd(base32Key, long.MinValue);
            var step = Math.Max(now - 1, last + 1);
            if (step <= now + 1)
            {
                // Claim only the very step seen, so two tests racing on one key never get the same code.
                if (LastStep.TryUpdate(base32Key, step, last))
                {
                    return Code(base32Key, step);
                }

                continue;
            }

            await Task.Delay(TimeSpan.FromSeconds(StepSeconds - (DateTimeOffset.UtcNow.ToUnixTimeSeconds() % StepSeconds)) + TimeSpan.FromMilliseconds(50));
        }
    }

    public static string Compute(string base32Key, DateTimeOffset time) => Code(base32Key, time.ToUnixTimeSeconds() / StepSeconds);

    private static string Code(string base32Key, long step)
    {
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);

        // RFC 6238 and every authenticator app use HMAC-SHA1 here; it is the standard, not a choice.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(Base32Decode(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32; spaces, padding and case are ignored, as apps do with a typed key.</summary>
    public static byte[] Base32Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant())
        {
            if (c is ' ' or '=')
            {
                continue;
            }

            var value = Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not base32.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
