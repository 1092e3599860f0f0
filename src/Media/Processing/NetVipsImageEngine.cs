using Halsoportal.Media.Uploads;
using NetVips;

namespace Halsoportal.Media.Processing;

/// <summary>
/// <see cref="IImageEngine"/> on libvips (NetVips). libvips streams: a 40-megapixel JPEG is shrunk
/// while it is decoded and never held at full size.
/// </summary>
public sealed class NetVipsImageEngine : IImageEngine
{
    // libvips' own ceiling for WebP, and far beyond any sensible JPEG: renditions stay below it.
    private const int MaxRenditionHeight = 16_383;

    private static readonly double[] White = [255, 255, 255];

    static NetVipsImageEngine()
    {
        // Only the three accepted decoders may run, whatever a file claims to be: libvips can also
        // read SVG, PDF, HEIF, TIFF and more, each a parser we do not want facing the internet.
        Operation.Block("VipsForeignLoad", true);
        Operation.Block("VipsForeignLoadJpeg", false);
        Operation.Block("VipsForeignLoadPng", false);
        Operation.Block("VipsForeignLoadWebp", false);

        // The operation cache would keep uploaded bytes (GPS position included) alive after the request.
        Cache.Max = 0;

        // libvips writes a warning to stderr for every broken upload; the outcome already reaches the
        // host as an ImageDecodeException, so the duplicate on stderr is dropped.
        Log.SetLogHandler("VIPS", Enums.LogLevelFlags.All, static (_, _, _) => { });
    }

    /// <inheritdoc />
    public EncodedImage Encode(byte[] data, ImageHeader header, EncodeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            var (width, height) = ReadUprightSize(data, header);
            var widths = RenditionWidths.Choose(width, settings.Widths);
            using var master = Decode(data, widths[^1]);
            var renditions = new List<EncodedRendition>(widths.Count * 2);
            foreach (var target in widths)
            {
                using var resized = target >= master.Width ? master.Copy() : master.ThumbnailImage(target, MaxRenditionHeight, size: Enums.Size.Down, noRotate: true);

                // A very tall image may come out narrower than asked; one file per real width.
                if (renditions.Any(r => r.Width == resized.Width))
                {
                    continue;
                }

                renditions.Add(new(resized.Width, resized.Height, RenditionFormat.Webp,
                    resized.WebpsaveBuffer(q: settings.WebpQuality, keep: Enums.ForeignKeep.None)));
                using var opaque = resized.HasAlpha() ? resized.Flatten(background: White) : resized.Copy();
                renditions.Add(new(resized.Width, resized.Height, RenditionFormat.Jpeg,
                    opaque.JpegsaveBuffer(q: settings.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None)));
            }

            return new EncodedImage(width, height, renditions);
        }
        catch (VipsException ex)
        {
            throw new ImageDecodeException($"libvips: {ex.Message.ReplaceLineEndings(" ").Trim()}", ex);
        }
    }

    /// <summary>Checks the decoder reads the same header we did and returns the size after EXIF rotation. No pixels are decoded.</summary>
    private static (int Width, int Height) ReadUprightSize(byte[] data, ImageHeader header)
    {
        using var probe = Image.NewFromBuffer(data, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
        var loader = probe.Contains("vips-loader") ? probe.Get("vips-loader") as string : null;
        var expectedLoader = header.Format switch
        {
            ImageFormat.Jpeg => "jpegload_buffer",
            ImageFormat.Png => "pngload_buffer",
            _ => "webpload_buffer",
        };
        if (loader != expectedLoader || probe.Width != header.Width || probe.Height != header.Height)
        {
            throw new ImageDecodeException(
                $"Header says {header.Format} {header.Width}×{header.Height}; the decoder ({loader}) reads {probe.Width}×{probe.Height}.");
        }

        var orientation = probe.Contains("orientation") && probe.Get("orientation") is int o ? o : 1;
        return orientation is >= 5 and <= 8 ? (probe.Height, probe.Width) : (probe.Width, probe.Height);
    }

    /// <summary>
    /// Decodes once, at the widest rendition: upright, sRGB, 8 bits, no metadata left. Shrinking
    /// happens during decoding where the format allows (JPEG, WebP).
    /// </summary>
    private static Image Decode(byte[] data, int width)
    {
        // fail_on goes to the loader as an option string too: thumbnail's own failOn does not reach it,
        // and without it a truncated file decodes "successfully" with grey where the data ran out.
        using var thumbnail = Image.ThumbnailBuffer(data, width, optionString: "[fail_on=error]", height: MaxRenditionHeight,
            size: Enums.Size.Down, outputProfile: "srgb", failOn: Enums.FailOn.Error);
        using var srgb = thumbnail.Interpretation == Enums.Interpretation.Srgb && thumbnail.Format == Enums.BandFormat.Uchar
            ? thumbnail.Copy()
            : thumbnail.Colourspace(Enums.Interpretation.Srgb);
        using var clean = srgb.Mutate(image =>
        {
            foreach (var field in image.GetFields().Where(IsMetadata))
            {
                image.Remove(field);
            }
        });

        // Decoding happens here: a truncated or corrupt file fails now, before anything is encoded.
        return clean.CopyMemory();
    }

    private static bool IsMetadata(string field) =>
        field is "exif-data" or "xmp-data" or "iptc-data" or "icc-profile-data" or "orientation" || field.StartsWith("exif-", StringComparison.Ordinal);
}
