using System.Security.Cryptography;
using System.Text;

namespace Halsoportal.Dialog.Submissions;

/// <summary>
/// Codes people read and type: receipt codes and invitation codes. Ten characters from an
/// alphabet of 32 without look-alikes (no 0/O, 1/I): 2–9 and A–Z except I and O — 50 random bits,
/// shown as two groups of five (<c>K7MQ2-XR9TD</c>). Input is forgiving: case, spaces and
/// hyphens are ignored.
/// </summary>
public static class Codes
{
    /// <summary>The 32 characters a code is made of.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>Characters in a code (without the hyphen).</summary>
    public const int Length = 10;

    /// <summary>A new random code, normalised (no hyphen).</summary>
    public static string NewCode()
    {
        Span<byte> random = stackalloc byte[Length];
        RandomNumberGenerator.Fill(random);
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            // 32 symbols: the low five bits of a random byte are uniform.
            chars[i] = Alphabet[random[i] & 31];
        }

        return new string(chars);
    }

    /// <summary>The code as printed and shown: <c>K7MQ2-XR9TD</c>.</summary>
    public static string Format(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return normalized.Length == Length ? $"{normalized[..5]}-{normalized[5..]}" : normalized;
    }

    /// <summary>
    /// Upper case without spaces and hyphens; null when the result is not a well-formed code
    /// (wrong length or a character outside <see cref="Alphabet"/>).
    /// </summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40)
        {
            return null;
        }

        var builder = new StringBuilder(Length);
        foreach (var c in input)
        {
            if (c is ' ' or '-' or '\t')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || builder.Length == Length)
            {
                return null;
            }

            builder.Append(upper);
        }

        return builder.Length == Length ? builder.ToString() : null;
    }

    /// <summary>SHA-256 of a normalised receipt code: what the receipts table stores.</summary>
    public static byte[] ReceiptHash(string normalized) =>
        SHA256.HashData(Encoding.ASCII.GetBytes("halsoportal-receipt:v1:" + normalized));

    /// <summary>SHA-256 of a normalised invitation code, salted with its survey: what the codes table stores.</summary>
    public static byte[] InvitationHash(int surveyId, string normalized) =>
        SHA256.HashData(Encoding.ASCII.GetBytes($"halsoportal-invitation:v1:{surveyId}:{normalized}"));

    /// <summary>Low bits of a response id left free for its answers' ids (up to 4 095 answer rows).</summary>
    internal const int AnswerBits = 12;

    /// <summary>A random positive 63-bit row key (see the note on the stored rows).</summary>
    internal static long NewRowId()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        var value = BitConverter.ToInt64(bytes) & long.MaxValue;
        return value == 0 ? 1 : value;
    }

    /// <summary>
    /// A random response id whose low <see cref="AnswerBits"/> bits are zero: its answers get
    /// the ids that follow it, so they sit together in one page of the answers table (cheap to
    /// write) while responses stay in random order (they reveal no order of arrival).
    /// </summary>
    internal static long NewResponseId()
    {
        var value = NewRowId() & ~((1L << AnswerBits) - 1);
        return value == 0 ? 1L << AnswerBits : value;
    }
}
