namespace Halsoportal.Content.Media;

/// <summary>
/// An uploaded image, stored re-encoded by the server under a server-chosen key. It belongs to a
/// kommun (or a region, or the nation) and the picker never shows another owner's images.
/// </summary>
public sealed class MediaItem
{
    public int Id { get; set; }

    /// <summary>Server-chosen file key (no user input in any path).</summary>
    public required string FileKey { get; init; }

    public string? OwnerKommunCode { get; init; }

    public string? OwnerRegionCode { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    /// <summary>Widths of the renditions made at upload, ascending ("320,640,960").</summary>
    public required string RenditionWidths { get; init; }

    /// <summary>Required unless <see cref="IsDecorative"/>.</summary>
    public string? AltText { get; set; }

    public bool IsDecorative { get; set; }

    /// <summary>Focal point as a percentage of width, 0–100.</summary>
    public int FocalX { get; set; } = 50;

    /// <summary>Focal point as a percentage of height, 0–100.</summary>
    public int FocalY { get; set; } = 50;

    /// <summary>Fotograf / källa.</summary>
    public string? Credit { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; init; }

    public required string CreatedBy { get; init; }
}
