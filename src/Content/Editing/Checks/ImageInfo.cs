using Halsoportal.Content.Media;

namespace Halsoportal.Content.Editing.Checks;

/// <summary>What the publish checks need to know about an article's main image.</summary>
/// <param name="HasAltText">The image has a non-blank alt text.</param>
/// <param name="IsDecorative">The image is marked decorative, so it needs no alt text.</param>
public sealed record ImageInfo(bool HasAltText, bool IsDecorative)
{
    /// <summary>Reads the alt text state of a media item.</summary>
    public static ImageInfo From(MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ImageInfo(!string.IsNullOrWhiteSpace(item.AltText), item.IsDecorative);
    }
}
