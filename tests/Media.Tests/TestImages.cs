using System.Buffers.Binary;
using System.Text;
using NetVips;

namespace Halsoportal.Media.Tests;

/// <summary>Images made in memory with NetVips, and hostile files made byte by byte. Nothing is checked in.</summary>
internal static class TestImages
{
    /// <summary>Where the EXIF block below puts the camera: Stockholm.</summary>
    public const string Latitude = "59/1 20/1 0/1";

    /// <summary>An RGB image, left half red and right half blue, so a rotation shows.</summary>
    public static Image TwoColour(int width, int height)
    {
        using var left = Image.Black(width / 2, height, 3) + new double[] { 220, 20, 20 };
        using var right = Image.Black(width - (width / 2), height, 3) + new double[] { 20, 20, 220 };
        using var joined = left.Join(right, Enums.Direction.Horizontal);
        return joined.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    /// <summary>An encoded image; with <paramref name="orientation"/> or <paramref name="gps"/> it carries EXIF (and XMP) saying so.</summary>
    public static byte[] Encode(string format, int width = 200, int height = 100, int orientation = 1, bool gps = false, bool alpha = false)
    {
        using var plain = TwoColour(width, height);
        using var withAlpha = alpha ? plain.Bandjoin(128) : plain.Copy();
        if (orientation == 1 && !gps)
        {
            return withAlpha.WriteToBuffer("." + format, new VOption { { "keep", (int)Enums.ForeignKeep.None } });
        }

        using var tagged = withAlpha.Mutate(m =>
        {
            m.Set(GValue.BlobType, "exif-data", Exif(orientation, gps));
            m.Set(GValue.GIntType, "orientation", orientation);
            if (gps)
            {
                m.Set(GValue.BlobType, "xmp-data", Encoding.UTF8.GetBytes(
                    "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>" +
                    "<rdf:Description xmlns:exif='http://ns.adobe.com/exif/1.0/' exif:GPSLatitude='59,20N' exif:GPSLongitude='18,4E'/></rdf:RDF></x:xmpmeta>"));
            }
        });
        return tagged.WriteToBuffer("." + format, new VOption { { "keep", (int)Enums.ForeignKeep.All } });
    }

    public static byte[] Jpeg(int width = 200, int height = 100) => Encode("jpg", width, height);

    public static byte[] Png(int width = 200, int height = 100) => Encode("png", width, height);

    public static byte[] Webp(int width = 200, int height = 100) => Encode("webp", width, height);

    public static byte[] Gif()
    {
        using var image = TwoColour(20, 10);
        return image.GifsaveBuffer();
    }

    /// <summary>A PNG signature and an IHDR chunk (with a correct CRC) claiming the given size, and no pixels.</summary>
    public static byte[] PngHeader(uint width, uint height)
    {
        var bytes = new byte[8 + 25];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), 13);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8; // bit depth
        bytes[25] = 2; // colour type RGB
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(29), Crc32(bytes.AsSpan(12, 17)));
        return bytes;
    }

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

    /// <summary>
    /// An EXIF block ("Exif\0\0" + little-endian TIFF): IFD0 with Orientation and, when
    /// <paramref name="gps"/>, a GPS IFD with latitude 59°20′ N and longitude 18°4′ E.
    /// </summary>
    public static byte[] Exif(int orientation, bool gps)
    {
        var b = new List<byte>();
        void U16(int v) => b.AddRange([(byte)v, (byte)(v >> 8)]);
        void U32(long v)
        {
            U16((int)(v & 0xFFFF));
            U16((int)(v >> 16));
        }

        b.AddRange("Exif\0\0"u8.ToArray());
        b.AddRange("II"u8.ToArray());
        U16(42);
        U32(8);

        // IFD0 at 8: 2 entries → 2 + 24 + 4 = 30 bytes, so the GPS IFD starts at 38.
        U16(gps ? 2 : 1);
        U16(0x0112);
        U16(3);
        U32(1);
        U16(orientation);
        U16(0);
        if (gps)
        {
            U16(0x8825);
            U16(4);
            U32(1);
            U32(38);
        }

        U32(0);
        if (gps)
        {
            // GPS IFD at 38: 5 entries → 2 + 60 + 4 = 66 bytes, so its rationals start at 104.
            U16(5);
            U16(0x0000); U16(1); U32(4); b.AddRange([2, 3, 0, 0]);
            U16(0x0001); U16(2); U32(2); b.AddRange([(byte)'N', 0, 0, 0]);
            U16(0x0002); U16(5); U32(3); U32(104);
            U16(0x0003); U16(2); U32(2); b.AddRange([(byte)'E', 0, 0, 0]);
            U16(0x0004); U16(5); U32(3); U32(128);
            U32(0);
            foreach (var value in new[] { 59, 20, 0, 18, 4, 0 })
            {
                U32(value);
                U32(1);
            }
        }

        return [.. b];
    }

    /// <summary>Metadata fields an output must not have.</summary>
    public static IReadOnlyList<string> MetadataFields(byte[] encoded)
    {
        using var image = Image.NewFromBuffer(encoded);
        return [.. image.GetFields().Where(f => f.StartsWith("exif", StringComparison.Ordinal) || f.StartsWith("xmp", StringComparison.Ordinal)
            || f.StartsWith("iptc", StringComparison.Ordinal) || f.StartsWith("icc", StringComparison.Ordinal) || f == "orientation")];
    }
}
