using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NetVips;

namespace Halsoportal.Web.Tests.Security.Hostile;

/// <summary>One hostile upload: what it is, the file name and content type the client claims, and the bytes.</summary>
public sealed record HostileImage(string Name, string FileName, string ContentType, byte[] Data)
{
    public override string ToString() => $"{Name} ({FileName}, {ContentType}, {Data.Length} bytes)";
}

/// <summary>
/// Malicious and malformed images made in code (no binary files in git): decompression bombs (huge dimensions declared
/// in PNG IHDR, JPEG SOF and WebP VP8X/VP8/VP8L headers over tiny bodies; a huge but highly compressible real image; a
/// zlib bomb in IDAT and in zTXt), truncated files at many offsets, polyglots (JPEG+HTML, PNG+ZIP, GIF, PDF, SVG named
/// .png, HTML named .jpg), wrong extensions and content types, zero and one byte, wrong magic with the right extension,
/// other formats (BMP, TIFF, HEIC, ICO), and edge cases (CMYK, 16-bit, palette, grey+alpha, interlaced, progressive,
/// animated WebP, a malformed APNG, extreme aspect ratios, EXIF with GPS and orientation, EXIF loops and oversized EXIF).
/// </summary>
public static class HostileImages
{
    public const string Script = "<script>window.__xss.push('polyglot')</script>";

    public static IReadOnlyList<HostileImage> All() => [.. Generate()];

    private static IEnumerable<HostileImage> Generate()
    {
        var jpeg = Photo(640, 400).JpegsaveBuffer(q: 80);
        var png = Photo(320, 200).PngsaveBuffer();
        var webp = Photo(320, 200).WebpsaveBuffer(q: 70);

        // --- Decompression bombs: huge dimensions declared, tiny bodies ---------------------------
        yield return new("png-ihdr-100000x100000", "bomb.png", "image/png", Png(100_000, 100_000, 8, 2, Deflate(new byte[1024])));
        yield return new("png-ihdr-65535x65535", "bomb.png", "image/png", Png(65_535, 65_535, 8, 6, Deflate(new byte[1024])));
        yield return new("png-ihdr-7000x7000-over-cap", "bomb.png", "image/png", Png(7_000, 7_000, 8, 0, Deflate(new byte[1024])));
        yield return new("png-ihdr-int-max-height", "bomb.png", "image/png", Png(1, int.MaxValue, 8, 0, Deflate(new byte[16])));
        yield return new("png-ihdr-negative-width", "bomb.png", "image/png", Png(-1, 10, 8, 0, Deflate(new byte[16])));
        yield return new("png-ihdr-zero-width", "zero.png", "image/png", Png(0, 10, 8, 0, Deflate(new byte[16])));
        yield return new("png-1x1-idat-zlib-bomb-50MB", "bomb.png", "image/png", Png(1, 1, 8, 0, Deflate(new byte[50_000_000])));
        yield return new("png-ztxt-bomb-50MB", "text.png", "image/png", InsertPngChunk(png, "zTXt", [.. "Comment"u8, 0, 0, .. Deflate(new byte[50_000_000])]));
        yield return new("jpeg-sof-65500x65500", "bomb.jpg", "image/jpeg", JpegWithSof(jpeg, 65_500, 65_500));
        yield return new("jpeg-sof-60000x60000-under-side-limit", "bomb.jpg", "image/jpeg", JpegWithSof(jpeg, 60_000, 60_000));
        yield return new("jpeg-sof-zero", "zero.jpg", "image/jpeg", JpegWithSof(jpeg, 0, 0));
        yield return new("jpeg-second-sof-huge", "two-sof.jpg", "image/jpeg", InsertAfterSoi(jpeg, Segment(0xC0, [8, 0xFF, 0xDC, 0xFF, 0xDC, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])));
        yield return new("webp-vp8x-16384x16384", "bomb.webp", "image/webp", WebpVp8x(16_384, 16_384));
        yield return new("webp-vp8x-max-canvas", "bomb.webp", "image/webp", WebpVp8x(1 << 24, 1 << 24));
        yield return new("webp-vp8-16383x16383", "bomb.webp", "image/webp", WebpVp8(16_383, 16_383));
        yield return new("webp-vp8l-16384x16384", "bomb.webp", "image/webp", WebpVp8l(16_384, 16_384));
        yield return new("png-real-compressible-5000x5000", "stor-yta.png", "image/png", Image.Black(5000, 5000).Cast(Enums.BandFormat.Uchar).PngsaveBuffer(compression: 9));

        // --- Truncated at many offsets -------------------------------------------------------------
        foreach (var (format, data, type) in new[] { ("jpeg", jpeg, "image/jpeg"), ("png", png, "image/png"), ("webp", webp, "image/webp") })
        {
            foreach (var cut in new[] { 1, 2, 3, 4, 8, 12, 16, 20, 26, 30, 33, 64, 200, data.Length / 3, data.Length / 2, data.Length - 3, data.Length - 1 }.Distinct())
            {
                yield return new($"{format}-truncated-at-{cut}", $"avklippt.{format}", type, data[..cut]);
            }
        }

        // --- Polyglots ------------------------------------------------------------------------------
        yield return new("jpeg-plus-html", "bild.jpg", "image/jpeg", [.. jpeg, .. Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body>{Script}</body></html>")]);
        yield return new("jpeg-html-in-comment", "bild.jpg", "image/jpeg", InsertAfterSoi(jpeg, Segment(0xFE, Encoding.UTF8.GetBytes(Script))));
        yield return new("png-plus-zip", "bild.png", "image/png", [.. png, .. Zip()]);
        yield return new("png-html-in-text-chunk", "bild.png", "image/png", InsertPngChunk(png, "tEXt", [.. "Comment"u8, 0, .. Encoding.UTF8.GetBytes(Script)]));
        yield return new("webp-plus-html", "bild.webp", "image/webp", [.. webp, .. Encoding.UTF8.GetBytes(Script)]);
        yield return new("gif89a", "bild.gif", "image/gif", [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B]);
        yield return new("gif-named-jpg-with-script", "bild.jpg", "image/jpeg", [.. "GIF89a"u8, .. Encoding.UTF8.GetBytes("/*" + Script + "*/")]);
        yield return new("pdf", "bild.jpg", "image/jpeg", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"));
        yield return new("svg-named-png", "logga.png", "image/png", Encoding.UTF8.GetBytes($"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">{Script}</svg>"));
        yield return new("svg-with-bom", "logga.svg", "image/svg+xml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]);
        yield return new("html-named-jpg", "sida.jpg", "image/jpeg", Encoding.UTF8.GetBytes($"<!DOCTYPE html>{Script}"));
        yield return new("jpeg-magic-then-html", "sida.jpg", "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0, .. Encoding.UTF8.GetBytes(Script)]);
        yield return new("png-signature-then-html", "sida.png", "image/png", [.. PngSignature, .. Encoding.UTF8.GetBytes(Script)]);

        // --- Wrong names, types, sizes and magic ----------------------------------------------------
        yield return new("png-named-jpg", "bild.jpg", "image/jpeg", png);
        yield return new("jpeg-named-exe", "program.exe", "application/octet-stream", jpeg);
        yield return new("jpeg-named-html", "sida.html", "text/html", jpeg);
        yield return new("jpeg-double-extension", "bild.php.jpg", "image/jpeg", jpeg);
        yield return new("jpeg-path-traversal-name", "../../../../etc/passwd.jpg", "image/jpeg", jpeg);
        yield return new("jpeg-windows-reserved-name", "CON.jpg", "image/jpeg", jpeg);
        yield return new("jpeg-name-with-crlf-and-quotes", "bild\"\r\nX: 1.jpg", "image/jpeg", jpeg);
        yield return new("jpeg-very-long-name", new string('å', 3000) + ".jpg", "image/jpeg", jpeg);
        yield return new("webp-no-extension", "bild", "", webp);
        yield return new("zero-bytes", "tom.jpg", "image/jpeg", []);
        yield return new("one-byte", "en.jpg", "image/jpeg", [0xFF]);
        yield return new("random-bytes-named-png", "brus.png", "image/png", Noise(4096));
        yield return new("riff-but-wave", "ljud.webp", "image/webp", [.. "RIFF"u8, 36, 0, 0, 0, .. "WAVEfmt "u8, .. new byte[24]]);
        yield return new("bmp", "bild.bmp", "image/bmp", Bmp());
        yield return new("tiff", "bild.tif", "image/tiff", Photo(64, 64).TiffsaveBuffer());
        yield return new("heic-brand", "bild.heic", "image/heic", [0, 0, 0, 24, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, .. new byte[64]]);
        yield return new("ico", "favicon.ico", "image/x-icon", [0, 0, 1, 0, 1, 0, 16, 16, 0, 0, 1, 0, 32, 0, 0x68, 4, 0, 0, 22, 0, 0, 0]);
        yield return new("png-bad-ihdr-crc", "trasig.png", "image/png", CorruptIhdrCrc(png));

        // --- Edge cases of the allowed formats --------------------------------------------------
        yield return new("jpeg-cmyk", "cmyk.jpg", "image/jpeg", Photo(300, 200).Colourspace(Enums.Interpretation.Cmyk).JpegsaveBuffer());
        yield return new("png-16-bit", "djup.png", "image/png", (Photo(300, 200).Cast(Enums.BandFormat.Ushort) * 256).Cast(Enums.BandFormat.Ushort).Copy(interpretation: Enums.Interpretation.Rgb16).PngsaveBuffer(bitdepth: 16));
        yield return new("png-palette", "palett.png", "image/png", Photo(300, 200).PngsaveBuffer(palette: true));
        yield return new("png-grey-alpha", "gra.png", "image/png", Photo(300, 200).Colourspace(Enums.Interpretation.Bw).Bandjoin(255).PngsaveBuffer());
        yield return new("png-interlaced", "interlace.png", "image/png", Photo(300, 200).PngsaveBuffer(interlace: true));
        yield return new("jpeg-progressive", "progressiv.jpg", "image/jpeg", Photo(300, 200).JpegsaveBuffer(interlace: true));
        yield return new("webp-lossless-alpha", "alfa.webp", "image/webp", Photo(300, 200).Bandjoin(128).WebpsaveBuffer(lossless: true));
        yield return new("webp-animated", "anim.webp", "image/webp", Animated());
        yield return new("png-malformed-apng", "anim.png", "image/png", InsertPngChunk(png, "acTL", [0, 0, 0xFF, 0xFF, 0, 0, 0, 0]));
        yield return new("png-65535x1", "bred.png", "image/png", Image.Black(65_535, 1).Cast(Enums.BandFormat.Uchar).PngsaveBuffer());
        yield return new("png-1x20000", "hog.png", "image/png", Image.Black(1, 20_000).Cast(Enums.BandFormat.Uchar).PngsaveBuffer());
        yield return new("jpeg-1x1", "liten.jpg", "image/jpeg", Photo(1, 1).JpegsaveBuffer());
        yield return new("jpeg-exif-gps-orientation", "gps.jpg", "image/jpeg", InsertAfterSoi(jpeg, Segment(0xE1, Exif(orientation: 6, gps: true, loop: false))));
        yield return new("jpeg-exif-ifd-loop", "slinga.jpg", "image/jpeg", InsertAfterSoi(jpeg, Segment(0xE1, Exif(orientation: 1, gps: true, loop: true))));
        yield return new("jpeg-exif-bomb-many-segments", "exifbomb.jpg", "image/jpeg", InsertAfterSoi(jpeg, [.. Enumerable.Range(0, 150).SelectMany(_ => Segment(0xE1, [.. Exif(orientation: 1, gps: true, loop: false), .. new byte[60_000]]))]));
        yield return new("jpeg-exif-orientation-out-of-range", "vriden.jpg", "image/jpeg", InsertAfterSoi(jpeg, Segment(0xE1, Exif(orientation: 65_535, gps: false, loop: false))));
    }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A colourful photo-like image (a gradient), so encoders have something to do.</summary>
    private static Image Photo(int width, int height)
    {
        using var x = Image.Xyz(width, height);
        var bands = x[0] * (255.0 / Math.Max(1, width));
        var other = x[1] * (255.0 / Math.Max(1, height));
        return bands.Bandjoin(other, (bands + other) / 2).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    private static byte[] Png(int width, int height, byte depth, byte colour, byte[] idat)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = depth;
        ihdr[9] = colour;
        return [.. PngSignature, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", idat), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    /// <summary>The CRC-32 of PNG chunks (ISO 3309, reflected, polynomial EDB88320).</summary>
    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>Puts a chunk right after IHDR (signature 8 + IHDR chunk 25 bytes).</summary>
    private static byte[] InsertPngChunk(byte[] png, string type, byte[] data) => [.. png[..33], .. Chunk(type, data), .. png[33..]];

    private static byte[] CorruptIhdrCrc(byte[] png)
    {
        var copy = (byte[])png.Clone();
        copy[29] ^= 0xFF;
        return copy;
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A JPEG marker segment: FF, marker, 2-byte length (including itself), payload.</summary>
    private static byte[] Segment(byte marker, byte[] payload)
    {
        var length = Math.Min(payload.Length + 2, ushort.MaxValue);
        var segment = new byte[4 + length - 2];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)length);
        payload.AsSpan(0, length - 2).CopyTo(segment.AsSpan(4));
        return segment;
    }

    private static byte[] InsertAfterSoi(byte[] jpeg, byte[] segments) => [.. jpeg[..2], .. segments, .. jpeg[2..]];

    /// <summary>Rewrites the dimensions in every SOF0/SOF2 segment of <paramref name="jpeg"/>.</summary>
    private static byte[] JpegWithSof(byte[] jpeg, int width, int height)
    {
        var copy = (byte[])jpeg.Clone();
        var i = 2;
        while (i + 4 < copy.Length && copy[i] == 0xFF)
        {
            var marker = copy[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(i + 2));
            if (marker is 0xC0 or 0xC1 or 0xC2)
            {
                BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(i + 5), (ushort)height);
                BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(i + 7), (ushort)width);
            }

            if (marker == 0xDA)
            {
                break;
            }

            i += 2 + length;
        }

        return copy;
    }

    private static byte[] Riff(string fourCc, byte[] payload)
    {
        var chunk = new byte[8 + payload.Length + (payload.Length % 2)];
        Encoding.ASCII.GetBytes(fourCc).CopyTo(chunk, 0);
        BinaryPrimitives.WriteInt32LittleEndian(chunk.AsSpan(4), payload.Length);
        payload.CopyTo(chunk, 8);
        var body = chunk;
        var file = new byte[12 + body.Length];
        "RIFF"u8.CopyTo(file);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(4), 4 + body.Length);
        "WEBP"u8.CopyTo(file.AsSpan(8));
        body.CopyTo(file, 12);
        return file;
    }

    private static byte[] WebpVp8x(int width, int height)
    {
        var payload = new byte[10];
        WriteUInt24(payload.AsSpan(4), width - 1);
        WriteUInt24(payload.AsSpan(7), height - 1);
        return Riff("VP8X", payload);
    }

    private static byte[] WebpVp8(int width, int height)
    {
        // Frame tag (key frame, version 0, shown, first partition size 0), start code, 14-bit width and height.
        byte[] payload = [0x10, 0x00, 0x00, 0x9D, 0x01, 0x2A, (byte)width, (byte)((width >> 8) & 0x3F), (byte)height, (byte)((height >> 8) & 0x3F), 0, 0, 0, 0];
        return Riff("VP8 ", payload);
    }

    private static byte[] WebpVp8l(int width, int height)
    {
        var bits = (uint)(width - 1) | ((uint)(height - 1) << 14);
        var payload = new byte[10];
        payload[0] = 0x2F;
        BinaryPrimitives.WriteUInt32LittleEndian(payload.AsSpan(1), bits);
        return Riff("VP8L", payload);
    }

    private static void WriteUInt24(Span<byte> span, int value)
    {
        span[0] = (byte)value;
        span[1] = (byte)(value >> 8);
        span[2] = (byte)(value >> 16);
    }

    private static byte[] Zip()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("index.html").Open();
            entry.Write(Encoding.UTF8.GetBytes(Script));
        }

        return output.ToArray();
    }

    private static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        new Random(9).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Bmp()
    {
        var bmp = new byte[58];
        "BM"u8.CopyTo(bmp);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(2), 58);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(18), 1);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bmp.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bmp.AsSpan(28), 24);
        return bmp;
    }

    private static byte[] Animated()
    {
        using var frames = Photo(200, 150 * 4);
        using var paged = frames.Mutate(m =>
        {
            m.Set(GValue.GIntType, "page-height", 150);
            m.Set(GValue.ArrayIntType, "delay", new[] { 100, 100, 100, 100 });
        });
        return paged.WebpsaveBuffer(q: 60);
    }

    /// <summary>
    /// An Exif APP1 payload (little-endian TIFF): IFD0 with Make, Artist and Orientation, and a pointer to a GPS IFD with a
    /// latitude; with <paramref name="loop"/> the GPS IFD's next-IFD offset points back at IFD0.
    /// </summary>
    private static byte[] Exif(int orientation, bool gps, bool loop)
    {
        var tiff = new List<byte>();
        void U16(int v) => tiff.AddRange([(byte)v, (byte)(v >> 8)]);
        void U32(long v) => tiff.AddRange([(byte)v, (byte)(v >> 8), (byte)(v >> 16), (byte)(v >> 24)]);
        tiff.AddRange("II"u8.ToArray());
        U16(42);
        U32(8);
        var entries = gps ? 4 : 3;
        var ifd0End = 8 + 2 + (entries * 12) + 4;
        var make = "Spionkamera\0"u8.ToArray();
        var artist = "Hemlig Fotograf, Storgatan 1\0"u8.ToArray();
        var makeAt = ifd0End;
        var artistAt = makeAt + make.Length;
        var gpsAt = artistAt + artist.Length;
        U16(entries);
        U16(0x010F); U16(2); U32(make.Length); U32(makeAt);
        U16(0x0112); U16(3); U32(1); U16(orientation); U16(0);
        U16(0x013B); U16(2); U32(artist.Length); U32(artistAt);
        if (gps)
        {
            U16(0x8825); U16(4); U32(1); U32(gpsAt);
        }

        U32(0);
        tiff.AddRange(make);
        tiff.AddRange(artist);
        if (gps)
        {
            U16(2);
            U16(0x0001); U16(2); U32(2); tiff.AddRange("N\0\0\0"u8.ToArray());
            U16(0x0002); U16(5); U32(3); U32(gpsAt + 2 + 24 + 4);
            U32(loop ? 8 : 0);
            U32(62); U32(1); U32(23); U32(1); U32(4500); U32(100);
        }

        return [.. "Exif\0\0"u8, .. tiff];
    }
}
