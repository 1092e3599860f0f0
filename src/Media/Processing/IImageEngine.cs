using Halsoportal.Media.Uploads;

namespace Halsoportal.Media.Processing;

/// <summary>
/// Decodes an uploaded image and encodes its renditions. Behind an interface so the rest of the
/// system never sees the imaging library (style guide: engines behind small interfaces).
/// </summary>
public interface IImageEngine
{
    /// <summary>
    /// Decodes <paramref name="data"/>, whose header has been read and checked as
    /// <paramref name="header"/>; turns it upright by its EXIF orientation, converts it to sRGB,
    /// drops all metadata (EXIF, GPS, XMP, IPTC, ICC) and encodes every rendition as WebP and JPEG.
    /// </summary>
    /// <exception cref="ImageDecodeException">The file cannot be decoded, or the decoder disagrees with <paramref name="header"/>.</exception>
    EncodedImage Encode(byte[] data, ImageHeader header, EncodeSettings settings);
}

/// <summary>The output formats. Every rendition is made in both.</summary>
public enum RenditionFormat
{
    Webp,
    Jpeg,
}

/// <summary>What to make.</summary>
/// <param name="Widths">Candidate widths, ascending; see <see cref="RenditionWidths.Choose"/>.</param>
/// <param name="WebpQuality">1–100.</param>
/// <param name="JpegQuality">1–100.</param>
public sealed record EncodeSettings(IReadOnlyList<int> Widths, int WebpQuality, int JpegQuality);

/// <summary>The upright image's size and its encoded renditions.</summary>
/// <param name="Width">Width after EXIF rotation.</param>
/// <param name="Height">Height after EXIF rotation.</param>
/// <param name="Renditions">Every width in both formats, narrowest first.</param>
public sealed record EncodedImage(int Width, int Height, IReadOnlyList<EncodedRendition> Renditions);

/// <summary>One encoded file.</summary>
public sealed record EncodedRendition(int Width, int Height, RenditionFormat Format, byte[] Data);

/// <summary>The image could not be decoded; <see cref="Exception.Message"/> is for the operator's log, never for people.</summary>
public sealed class ImageDecodeException : Exception
{
    public ImageDecodeException()
    {
    }

    public ImageDecodeException(string message)
        : base(message)
    {
    }

    public ImageDecodeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Which widths an image gets.</summary>
public static class RenditionWidths
{
    /// <summary>
    /// The configured widths up to the image's own width — never upscaled — plus the image's own
    /// width when a wider one is configured and it is more than a tenth wider than the largest
    /// chosen, so its full detail is offered. An image narrower than every configured width gets
    /// one rendition at its own width.
    /// </summary>
    public static IReadOnlyList<int> Choose(int imageWidth, IReadOnlyList<int> configured)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(imageWidth);
        ArgumentNullException.ThrowIfNull(configured);
        var widths = configured.Where(w => w > 0 && w <= imageWidth).Distinct().Order().ToList();
        if (widths.Count == 0 || (imageWidth * 10L > widths[^1] * 11L && configured.Any(w => w > imageWidth)))
        {
            widths.Add(imageWidth);
        }

        return widths;
    }
}
