using System.Security.Cryptography;
using System.Text;

namespace Halsoportal.Content;

/// <summary>
/// Bearer secrets (preview links, parked forms, API keys): 256 random bits, and the SHA-256 that
/// is all the database keeps, so a copy of the database opens nothing. A plain hash is enough
/// for secrets this long; a lookup by hash reveals nothing about a near miss.
/// </summary>
public static class SecretTokens
{
    /// <summary>A new URL-safe secret (43 characters of base64url).</summary>
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Lower-case hex SHA-256 of the secret as given.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
