using System.Globalization;
using Halsoportal.Content.Media;
using Halsoportal.Media.Processing;
using Halsoportal.Media.Storage;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Halsoportal.Web.Features.Media;

/// <summary>
/// Markup for an uploaded image: a <c>&lt;picture&gt;</c> offering every WebP rendition, with
/// the JPEG renditions as fallback, so the browser picks the smallest file that fills the space.
/// The focal point travels as a class (<c>focal-30-70</c>, 10 % steps, defined in site.css):
/// the CSP allows no style attributes.
/// </summary>
public static class ResponsiveImage
{
    /// <summary>
    /// <c>&lt;picture&gt;</c> for <paramref name="item"/>. <paramref name="sizes"/> says how wide the
    /// image is shown ("(min-width: 40rem) 40rem, 100vw"). <c>alt=""</c> when the image is
    /// decorative. <paramref name="priority"/> for an image at the top of the page: loaded at once
    /// instead of lazily.
    /// </summary>
    public static IHtmlContent Picture(MediaItem item, string sizes, string? cssClass = null, bool priority = false) =>
        Build(item, sizes, item.IsDecorative ? "" : item.AltText ?? "", cssClass, priority);

    /// <summary>A small preview whose text alternative is given next to it (a list of images): always <c>alt=""</c>.</summary>
    public static IHtmlContent Thumbnail(MediaItem item, string sizes = "12rem") => Build(item, sizes, "", "media-thumb", priority: false);

    /// <summary>The URL of one rendition.</summary>
    public static string Url(MediaItem item, int width, RenditionFormat format)
    {
        ArgumentNullException.ThrowIfNull(item);
        return "/media/" + MediaFileName.For(item.FileKey, width, format);
    }

    /// <summary>The rendition widths of <paramref name="item"/>, ascending; empty when unreadable.</summary>
    public static IReadOnlyList<int> Widths(MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var widths = new List<int>();
        foreach (var part in item.RenditionWidths.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width > 0)
            {
                widths.Add(width);
            }
        }

        return [.. widths.Distinct().Order()];
    }

    /// <summary>The focal-point class, rounded to the nearest 10 %: "focal-30-70".</summary>
    public static string FocalClass(MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return string.Create(CultureInfo.InvariantCulture, $"focal-{Step(item.FocalX)}-{Step(item.FocalY)}");
    }

    private static int Step(int percent) => (int)Math.Round(Math.Clamp(percent, 0, 100) / 10.0, MidpointRounding.AwayFromZero) * 10;

    private static IHtmlContent Build(MediaItem item, string sizes, string alt, string? cssClass, bool priority)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentException.ThrowIfNullOrWhiteSpace(sizes);
        var widths = Widths(item);
        if (widths.Count == 0 || !MediaFileName.IsValidKey(item.FileKey))
        {
            return HtmlString.Empty;
        }

        string SrcSet(RenditionFormat format) =>
            string.Join(", ", widths.Select(w => string.Create(CultureInfo.InvariantCulture, $"{Url(item, w, format)} {w}w")));

        var picture = new TagBuilder("picture");
        picture.AddCssClass("media-picture");
        if (cssClass is not null)
        {
            picture.AddCssClass(cssClass);
        }

        picture.Attributes["data-focal-x"] = item.FocalX.ToString(CultureInfo.InvariantCulture);
        picture.Attributes["data-focal-y"] = item.FocalY.ToString(CultureInfo.InvariantCulture);

        var source = new TagBuilder("source") { TagRenderMode = TagRenderMode.StartTag };
        source.Attributes["type"] = "image/webp";
        source.Attributes["srcset"] = SrcSet(RenditionFormat.Webp);
        source.Attributes["sizes"] = sizes;

        // src for browsers without srcset: a middle size, not the largest.
        var fallback = widths.LastOrDefault(w => w <= 960, widths[0]);
        var img = new TagBuilder("img") { TagRenderMode = TagRenderMode.StartTag };
        img.AddCssClass(FocalClass(item));
        img.Attributes["src"] = Url(item, fallback, RenditionFormat.Jpeg);
        img.Attributes["srcset"] = SrcSet(RenditionFormat.Jpeg);
        img.Attributes["sizes"] = sizes;
        img.Attributes["width"] = item.Width.ToString(CultureInfo.InvariantCulture);
        img.Attributes["height"] = item.Height.ToString(CultureInfo.InvariantCulture);
        img.Attributes["alt"] = alt;
        img.Attributes["loading"] = priority ? "eager" : "lazy";
        img.Attributes["decoding"] = "async";
        if (priority)
        {
            img.Attributes["fetchpriority"] = "high";
        }

        picture.InnerHtml.AppendHtml(source);
        picture.InnerHtml.AppendHtml(img);
        return picture;
    }
}
