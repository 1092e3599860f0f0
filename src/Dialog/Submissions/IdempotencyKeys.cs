using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Halsoportal.Dialog.Submissions;

/// <summary>
/// Idempotency keys, made by the server when it renders a survey form and carried in a hidden
/// field. Format: 32 characters of base64url (no padding) encoding 24 bytes = 16 random bytes
/// (the nonce) followed by the first 8 bytes of HMAC-SHA256(secret, "halsoportal-dialog-key:v1:"
/// + survey id + ":" + nonce). A key is accepted only for the survey it was made for and only
/// when the MAC holds, so an edited, truncated or invented key is refused before anything is
/// stored. The secret is per install (see <see cref="DialogOptions.IdempotencySecret"/>).
/// </summary>
public sealed class IdempotencyKeys
{
    /// <summary>Characters in a key.</summary>
    public const int KeyLength = 32;

    private const int NonceBytes = 16;
    private const int TagBytes = 8;
    private readonly byte[] _secret;

    /// <summary>Keys signed with <paramref name="secret"/> (at least 32 bytes).</summary>
    public IdempotencyKeys(byte[] secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < 32)
        {
            throw new ArgumentException("The idempotency secret must be at least 32 bytes.", nameof(secret));
        }

        _secret = [.. secret];
    }

    /// <summary>A new key for a form of survey <paramref name="surveyId"/>.</summary>
    public string Create(int surveyId)
    {
        Span<byte> raw = stackalloc byte[NonceBytes + TagBytes];
        RandomNumberGenerator.Fill(raw[..NonceBytes]);
        Tag(surveyId, raw[..NonceBytes], raw[NonceBytes..]);
        return Base64Url.EncodeToString(raw);
    }

    /// <summary>True when <paramref name="key"/> is a well-formed key made by this install for survey <paramref name="surveyId"/>.</summary>
    public bool IsValid(int surveyId, string? key)
    {
        if (key is null || key.Length != KeyLength || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return false;
        }

        Span<byte> raw = stackalloc byte[NonceBytes + TagBytes];
        if (!Base64Url.TryDecodeFromChars(key, raw, out var written) || written != raw.Length)
        {
            return false;
        }

        // Canonical form only: another spelling of the same bytes would be another key.
        if (!string.Equals(Base64Url.EncodeToString(raw), key, StringComparison.Ordinal))
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[TagBytes];
        Tag(surveyId, raw[..NonceBytes], expected);
        return CryptographicOperations.FixedTimeEquals(expected, raw[NonceBytes..]);
    }

    /// <summary>
    /// The trial token of a survey: whoever has it may go through the answer pages before the survey
    /// opens (or after it closed) without anything being stored — a shareable test link, like a
    /// draft's preview link. Derived from the secret, so it is the same on every node and cannot be guessed.
    /// </summary>
    public string TrialToken(int surveyId)
    {
        var message = Encoding.ASCII.GetBytes($"halsoportal-dialog-trial:v1:{surveyId}");
        return Base64Url.EncodeToString(HMACSHA256.HashData(_secret, message).AsSpan(0, 16));
    }

    /// <summary>True when <paramref name="token"/> is the trial token of survey <paramref name="surveyId"/>.</summary>
    public bool IsTrialToken(int surveyId, string? token) =>
        token is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(TrialToken(surveyId)), Encoding.ASCII.GetBytes(token));

    /// <summary>SHA-256 of a key: what the idempotency table stores.</summary>
    public static byte[] Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return SHA256.HashData(Encoding.ASCII.GetBytes(key));
    }

    /// <summary>A new random 32-byte secret, base64: for <see cref="DialogOptions.IdempotencySecret"/>.</summary>
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private void Tag(int surveyId, ReadOnlySpan<byte> nonce, Span<byte> destination)
    {
        var prefix = Encoding.ASCII.GetBytes($"halsoportal-dialog-key:v1:{surveyId}:");
        var message = new byte[prefix.Length + nonce.Length];
        prefix.CopyTo(message, 0);
        nonce.CopyTo(message.AsSpan(prefix.Length));
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_secret, message, mac);
        mac[..destination.Length].CopyTo(destination);
    }
}

/// <summary>
/// Seals a receipt code with the idempotency key it answered: the code XOR the first ten bytes
/// of HMAC-SHA256(key, "halsoportal-receipt-seal:v1"). The database holds only the sealed form,
/// so a resubmit (which brings the key) gets its receipt back, and the file alone gives none.
/// </summary>
internal static class ReceiptSeal
{
    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("halsoportal-receipt-seal:v1");

    public static byte[] Seal(string idempotencyKey, string receipt) => Xor(idempotencyKey, Encoding.ASCII.GetBytes(receipt));

    public static string Open(string idempotencyKey, byte[] sealedReceipt) => Encoding.ASCII.GetString(Xor(idempotencyKey, sealedReceipt));

    private static byte[] Xor(string idempotencyKey, byte[] data)
    {
        var pad = HMACSHA256.HashData(Encoding.ASCII.GetBytes(idempotencyKey), Purpose);
        var result = new byte[data.Length];
        for (var i = 0; i < data.Length; i++)
        {
            result[i] = (byte)(data[i] ^ pad[i]);
        }

        return result;
    }
}
