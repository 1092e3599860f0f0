using Halsoportal.Content.Media;
using Halsoportal.Media.Processing;
using Halsoportal.Web.Features.Media;

namespace Halsoportal.Web.Features.Discovery;

/// <summary>The rendition link previews and structured data point at: a JPEG (every reader takes it) about 1200 px wide.</summary>
public static class PreviewImage
{
    private const int PreferredWidth = 1200;

    /// <summary>The rendition's path and width, or null when the image has no readable renditions.</summary>
    public static (string Path, int Width)? For(MediaItem image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var widths = ResponsiveImage.Widths(image);
        if (widths.Count == 0)
        {
            return null;
        }

        // The largest that is not wastefully big, or the smallest when every one is.
        var width = widths.LastOrDefault(w => w <= PreferredWidth, widths[0]);
        return (ResponsiveImage.Url(image, width, RenditionFormat.Jpeg), width);
    }
}
