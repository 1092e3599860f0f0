using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Halsoportal.Media.Processing;

namespace Halsoportal.Media.Storage;

/// <summary>
/// The only file names media ever have: <c>{key}-{width}.webp</c> or <c>{key}-{width}.jpg</c>,
/// where the key is 32 random lower-case hex digits chosen by the server. Nothing a user types
/// reaches a path, and a name that does not match exactly is refused before any disk access.
/// </summary>
public static partial class MediaFileName
{
    /// <summary>Length of a file key.</summary>
    public const int KeyLength = 32;

    /// <summary>A new random key (128 bits): unguessable, so unpublished images cannot be found by counting.</summary>
    public static string NewKey() => RandomNumberGenerator.GetHexString(KeyLength, lowercase: true);

    /// <summary>True for a well-formed key.</summary>
    public static bool IsValidKey([NotNullWhen(true)] string? key) => key is not null && KeyPattern().IsMatch(key);

    /// <summary>The file name of one rendition.</summary>
    public static string For(string key, int width, RenditionFormat format)
    {
        if (!IsValidKey(key))
        {
            throw new ArgumentException("Not a media file key.", nameof(key));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 99_999);
        return string.Create(CultureInfo.InvariantCulture, $"{key}-{width}.{Extension(format)}");
    }

    /// <summary>Parses a file name; false for anything that is not exactly a rendition name.</summary>
    public static bool TryParse([NotNullWhen(true)] string? fileName, out ParsedMediaFileName parsed)
    {
        parsed = default;
        if (fileName is null)
        {
            return false;
        }

        var match = NamePattern().Match(fileName);
        if (!match.Success)
        {
            return false;
        }

        parsed = new ParsedMediaFileName(
            match.Groups["key"].Value,
            int.Parse(match.Groups["width"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture),
            match.Groups["ext"].ValueSpan is "webp" ? RenditionFormat.Webp : RenditionFormat.Jpeg);
        return true;
    }

    /// <summary>True when <paramref name="fileName"/> is exactly a rendition name.</summary>
    public static bool IsValid([NotNullWhen(true)] string? fileName) => TryParse(fileName, out _);

    /// <summary>The MIME type of a rendition format.</summary>
    public static string ContentType(RenditionFormat format) => format == RenditionFormat.Webp ? "image/webp" : "image/jpeg";

    private static string Extension(RenditionFormat format) => format == RenditionFormat.Webp ? "webp" : "jpg";

    // \z, not $: $ would also match before a trailing line feed.
    [GeneratedRegex(@"\A[0-9a-f]{32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"\A(?<key>[0-9a-f]{32})-(?<width>[1-9][0-9]{0,4})\.(?<ext>webp|jpg)\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}

/// <summary>The parts of a rendition file name.</summary>
public readonly record struct ParsedMediaFileName(string Key, int Width, RenditionFormat Format)
{
    /// <summary>The MIME type to serve it with.</summary>
    public string ContentType => MediaFileName.ContentType(Format);
}
