using System.ComponentModel.DataAnnotations;

namespace Halsoportal.Media;

/// <summary>
/// Limits and quality for uploaded images (configuration section <c>Media</c>). The defaults suit
/// photos from phones and cameras; the caps protect the server from files that are cheap to send
/// and expensive to decode.
/// </summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>The widths made at upload when no <c>Media:Widths</c> are configured.</summary>
    public static IReadOnlyList<int> DefaultWidths { get; } = [320, 640, 960, 1280, 1920];

    /// <summary>Largest accepted file, in bytes (default 15 MB). The whole file is held in memory while it is checked.</summary>
    [Range(1024, 100L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 15L * 1024 * 1024;

    /// <summary>Largest accepted image in megapixels (width × height ÷ 1 000 000), checked from the header before decoding.</summary>
    [Range(1, 200)]
    public int MaxMegapixels { get; set; } = 40;

    /// <summary>
    /// Rendition widths in pixels. Empty means <see cref="DefaultWidths"/>: configuration binding
    /// adds to a list rather than replacing it, so the defaults cannot live in the list itself.
    /// </summary>
    public List<int> Widths { get; set; } = [];

    /// <summary>WebP quality, 1–100.</summary>
    [Range(1, 100)]
    public int WebpQuality { get; set; } = 80;

    /// <summary>JPEG quality, 1–100.</summary>
    [Range(1, 100)]
    public int JpegQuality { get; set; } = 82;

    /// <summary>How many uploads are decoded at once; each may take a few hundred MB at the megapixel cap.</summary>
    [Range(1, 64)]
    public int MaxConcurrentJobs { get; set; } = 2;

    /// <summary>The widths in force, ascending and without duplicates.</summary>
    public IReadOnlyList<int> EffectiveWidths => Widths.Count == 0 ? DefaultWidths : [.. Widths.Distinct().Order()];

    /// <summary>The largest accepted image in pixels.</summary>
    public long MaxPixels => MaxMegapixels * 1_000_000L;
}
