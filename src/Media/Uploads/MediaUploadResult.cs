using System.Globalization;
using Halsoportal.Media.Processing;

namespace Halsoportal.Media.Uploads;

/// <summary>How an upload ended. Every status but <see cref="Stored"/> means nothing was stored.</summary>
public enum MediaUploadStatus
{
    /// <summary>Checked, re-encoded and stored.</summary>
    Stored,

    /// <summary>No bytes at all.</summary>
    Empty,

    /// <summary>More bytes than <see cref="MediaOptions.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>Not JPEG, PNG or WebP by its first bytes (SVG, GIF, HEIC, PDF, HTML …), whatever its name.</summary>
    UnsupportedFormat,

    /// <summary>The header claims more pixels than <see cref="MediaOptions.MaxMegapixels"/>; not decoded.</summary>
    TooManyPixels,

    /// <summary>Right format, but the header or the pixel data is broken or cut short.</summary>
    Corrupt,

    /// <summary>The image was fine but could not be written (disk full, …).</summary>
    StorageFailed,
}

/// <summary>The outcome of an upload.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Message">For people, in Swedish: what is wrong and what to do. Empty when stored.</param>
/// <param name="FileKey">The server-chosen key when stored.</param>
/// <param name="Width">Upright width in pixels when stored.</param>
/// <param name="Height">Upright height in pixels when stored.</param>
/// <param name="Renditions">The stored widths, ascending (each as WebP and JPEG).</param>
/// <param name="Detail">For the operator's log only: the technical reason of a refusal. Never shown to people.</param>
public sealed record MediaUploadResult(
    MediaUploadStatus Status,
    string Message,
    string? FileKey = null,
    int Width = 0,
    int Height = 0,
    IReadOnlyList<int>? Renditions = null,
    string? Detail = null)
{
    public bool IsStored => Status == MediaUploadStatus.Stored;

    /// <summary>The stored widths as text, ascending ("320,640,960") — the form the content store keeps.</summary>
    public string RenditionWidthsText => string.Join(',', (Renditions ?? []).Select(w => w.ToString(CultureInfo.InvariantCulture)));

    internal static MediaUploadResult Stored(string key, EncodedImage image) => new(
        MediaUploadStatus.Stored, "", key, image.Width, image.Height, [.. image.Renditions.Select(r => r.Width).Distinct().Order()]);

    internal static MediaUploadResult Refused(MediaUploadStatus status, MediaOptions options, string? detail = null, ImageHeader? header = null) =>
        new(status, MediaUploadMessages.For(status, options, header), Detail: detail);
}

/// <summary>The Swedish messages people see when an upload is refused.</summary>
public static class MediaUploadMessages
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>The message for <paramref name="status"/>; <paramref name="header"/> adds the size when known.</summary>
    public static string For(MediaUploadStatus status, MediaOptions options, ImageHeader? header = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return status switch
        {
            MediaUploadStatus.Stored => "",
            MediaUploadStatus.Empty => "Filen är tom. Välj en bild i formatet JPEG, PNG eller WebP.",
            MediaUploadStatus.TooLarge => $"Filen är större än {Megabytes(options.MaxBytes)}. Välj en mindre bild.",
            MediaUploadStatus.UnsupportedFormat => "Filen är ingen bild i formatet JPEG, PNG eller WebP. Välj en sådan bild (SVG, GIF och HEIC går inte).",
            MediaUploadStatus.TooManyPixels => header is { } h
                ? $"Bilden är {Number(h.Width)} × {Number(h.Height)} pixlar, men får vara högst {options.MaxMegapixels} megapixel. Förminska bilden och försök igen."
                : $"Bilden har för många pixlar: den får vara högst {options.MaxMegapixels} megapixel. Förminska bilden och försök igen.",
            MediaUploadStatus.Corrupt => "Bilden går inte att läsa – filen är skadad eller ofullständig. Spara om bilden i ett bildprogram och försök igen.",
            MediaUploadStatus.StorageFailed => "Bilden kunde inte sparas just nu. Försök igen om en stund.",
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
    }

    private static string Megabytes(long bytes) => $"{(bytes / (1024d * 1024)).ToString("0.#", Swedish)} MB";

    private static string Number(int value) => value.ToString("N0", Swedish);
}
