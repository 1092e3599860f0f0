using System.Buffers.Binary;

namespace Halsoportal.Media.Uploads;

/// <summary>The formats accepted for upload. Anything else — SVG, GIF, HEIC, PDF, HTML — is refused.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    Webp,
}

/// <summary>What an image file's header says about it, read without decoding a single pixel.</summary>
/// <param name="Format">The format its magic bytes name.</param>
/// <param name="Width">Stored width in pixels (before any EXIF rotation).</param>
/// <param name="Height">Stored height in pixels (before any EXIF rotation).</param>
public readonly record struct ImageHeader(ImageFormat Format, int Width, int Height)
{
    /// <summary>Width × height.</summary>
    public long Pixels => (long)Width * Height;
}

/// <summary>How reading a header went.</summary>
internal enum HeaderOutcome
{
    /// <summary>The magic bytes are not those of JPEG, PNG or WebP.</summary>
    NotAnImage,

    /// <summary>The magic bytes are right but the header is cut short or inconsistent.</summary>
    Malformed,

    /// <summary>Format and dimensions are known.</summary>
    Read,
}

/// <summary>
/// Reads format and dimensions from the first bytes of a file. Our own small parser rather than
/// the decoder's, so the pixel cap is enforced before any decoder sees the file (security.md item 8);
/// the engine then checks that the decoder agrees.
/// </summary>
internal static class ImageHeaderReader
{
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Riff => "RIFF"u8;

    private static ReadOnlySpan<byte> Webp => "WEBP"u8;

    public static HeaderOutcome TryRead(ReadOnlySpan<byte> data, out ImageHeader header)
    {
        header = default;
        if (data.StartsWith(JpegMagic))
        {
            return ReadJpeg(data, out header);
        }

        if (data.StartsWith(PngMagic))
        {
            return ReadPng(data, out header);
        }

        if (data.Length >= 12 && data.StartsWith(Riff) && data[8..12].SequenceEqual(Webp))
        {
            return ReadWebp(data, out header);
        }

        return HeaderOutcome.NotAnImage;
    }

    private static HeaderOutcome ReadPng(ReadOnlySpan<byte> data, out ImageHeader header)
    {
        header = default;

        // The IHDR chunk must come first: length 13, type, width, height (big-endian, 1 … 2³¹−1).
        if (data.Length < 24 || BinaryPrimitives.ReadUInt32BigEndian(data[8..]) != 13 || !data[12..16].SequenceEqual("IHDR"u8))
        {
            return HeaderOutcome.Malformed;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(data[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(data[20..]);
        return Accept(ImageFormat.Png, width, height, out header);
    }

    private static HeaderOutcome ReadJpeg(ReadOnlySpan<byte> data, out ImageHeader header)
    {
        header = default;

        // Walk the marker segments after SOI until the frame header (SOFn) that holds the size.
        var i = 2;
        while (true)
        {
            if (i >= data.Length || data[i] != 0xFF)
            {
                return HeaderOutcome.Malformed;
            }

            // Any number of 0xFF fill bytes may precede a marker.
            while (i < data.Length && data[i] == 0xFF)
            {
                i++;
            }

            if (i >= data.Length)
            {
                return HeaderOutcome.Malformed;
            }

            var marker = data[i++];
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue; // Stand-alone markers have no length.
            }

            if (marker is 0xD8 or 0xD9 or 0xDA or 0x00)
            {
                return HeaderOutcome.Malformed; // A second SOI, EOI or scan data before any frame header.
            }

            if (i + 2 > data.Length)
            {
                return HeaderOutcome.Malformed;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[i..]);
            if (length < 2)
            {
                return HeaderOutcome.Malformed;
            }

            if (IsStartOfFrame(marker))
            {
                // Length, precision, height, width.
                if (length < 8 || i + 7 > data.Length)
                {
                    return HeaderOutcome.Malformed;
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 3)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]);
                return Accept(ImageFormat.Jpeg, width, height, out header);
            }

            i += length;
        }
    }

    // SOF0 … SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    private static HeaderOutcome ReadWebp(ReadOnlySpan<byte> data, out ImageHeader header)
    {
        header = default;
        if (data.Length < 30)
        {
            return HeaderOutcome.Malformed;
        }

        var chunk = data[12..16];
        var payload = data[20..];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // Lossy: a 3-byte frame tag, the start code 9D 01 2A, then 14-bit width and height.
            if (payload[3] != 0x9D || payload[4] != 0x01 || payload[5] != 0x2A)
            {
                return HeaderOutcome.Malformed;
            }

            var width = BinaryPrimitives.ReadUInt16LittleEndian(payload[6..]) & 0x3FFFu;
            var height = BinaryPrimitives.ReadUInt16LittleEndian(payload[8..]) & 0x3FFFu;
            return Accept(ImageFormat.Webp, width, height, out header);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            // Lossless: signature 0x2F, then width − 1 and height − 1 in 14 bits each.
            if (payload[0] != 0x2F)
            {
                return HeaderOutcome.Malformed;
            }

            var bits = BinaryPrimitives.ReadUInt32LittleEndian(payload[1..]);
            return Accept(ImageFormat.Webp, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1, out header);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            // Extended: flags, 3 reserved bytes, then canvas width − 1 and height − 1 in 24 bits each.
            var width = (uint)(payload[4] | (payload[5] << 8) | (payload[6] << 16)) + 1;
            var height = (uint)(payload[7] | (payload[8] << 8) | (payload[9] << 16)) + 1;
            return Accept(ImageFormat.Webp, width, height, out header);
        }

        return HeaderOutcome.Malformed;
    }

    private static HeaderOutcome Accept(ImageFormat format, uint width, uint height, out ImageHeader header)
    {
        header = default;
        if (width == 0 || height == 0 || width > int.MaxValue || height > int.MaxValue)
        {
            return HeaderOutcome.Malformed;
        }

        header = new ImageHeader(format, (int)width, (int)height);
        return HeaderOutcome.Read;
    }
}
