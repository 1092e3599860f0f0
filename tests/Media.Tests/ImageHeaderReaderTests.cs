using System.Text;
using Halsoportal.Media.Uploads;

namespace Halsoportal.Media.Tests;

public sealed class ImageHeaderReaderTests
{
    [Theory]
    [InlineData("jpg", ImageFormat.Jpeg)]
    [InlineData("png", ImageFormat.Png)]
    [InlineData("webp", ImageFormat.Webp)]
    public void TryRead_EncodedImage_ReadsFormatAndSize(string extension, ImageFormat format)
    {
        var outcome = ImageHeaderReader.TryRead(TestImages.Encode(extension, 123, 45), out var header);

        Assert.Equal(HeaderOutcome.Read, outcome);
        Assert.Equal(new ImageHeader(format, 123, 45), header);
    }

    [Fact]
    public void TryRead_LosslessWebp_ReadsSize()
    {
        using var image = TestImages.TwoColour(77, 33);

        var outcome = ImageHeaderReader.TryRead(image.WebpsaveBuffer(lossless: true), out var header);

        Assert.Equal(HeaderOutcome.Read, outcome);
        Assert.Equal((77, 33), (header.Width, header.Height));
    }

    [Fact]
    public void TryRead_ExtendedWebpWithExif_ReadsCanvasSize()
    {
        // EXIF makes libvips write the extended (VP8X) layout.
        var outcome = ImageHeaderReader.TryRead(TestImages.Encode("webp", 300, 20, gps: true), out var header);

        Assert.Equal(HeaderOutcome.Read, outcome);
        Assert.Equal((300, 20), (header.Width, header.Height));
    }

    [Fact]
    public void TryRead_PngHeaderClaimingHugeSize_ReadsClaimWithoutPixels()
    {
        var outcome = ImageHeaderReader.TryRead(TestImages.PngHeader(20_000, 20_000), out var header);

        Assert.Equal(HeaderOutcome.Read, outcome);
        Assert.Equal(400_000_000, header.Pixels);
    }

    public static TheoryData<string, string> NotImages => new()
    {
        { "svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>" },
        { "svg with prolog", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>" },
        { "html renamed .jpg", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>" },
        { "gif", "GIF89a\u0001\u0000\u0001\u0000" },
        { "pdf", "%PDF-1.7\n%âãÏÓ" },
        { "bmp", "BM6\u0000\u0000\u0000" },
        { "riff wave", "RIFF\u0024\u0000\u0000\u0000WAVEfmt " },
        { "jpeg magic cut short", "\u00FF\u00D8" },
        { "text", "hej" },
    };

    [Theory]
    [MemberData(nameof(NotImages))]
    public void TryRead_OtherFileTypes_NotAnImage(string name, string content)
    {
        var bytes = Encoding.Latin1.GetBytes(content);

        Assert.True(HeaderOutcome.NotAnImage == ImageHeaderReader.TryRead(bytes, out _), name);
    }

    [Fact]
    public void TryRead_Heic_NotAnImage()
    {
        byte[] heic = [0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8];

        Assert.Equal(HeaderOutcome.NotAnImage, ImageHeaderReader.TryRead(heic, out _));
    }

    public static TheoryData<string, byte[]> BrokenHeaders => new()
    {
        { "jpeg SOI then nothing", [0xFF, 0xD8, 0xFF] },
        { "jpeg scan before frame", [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08, 0, 0, 0, 0, 0, 0] },
        { "jpeg segment length 0", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x00, 0, 0] },
        { "jpeg frame of 0 × 0", [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x00, 0x00, 0x00, 0x03] },
        { "jpeg segment runs past end", [0xFF, 0xD8, 0xFF, 0xE1, 0x7F, 0xFF, 0x45, 0x78] },
        { "png signature only", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] },
        { "png without IHDR first", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "tEXt"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0] },
        { "png of 0 pixels wide", TestImages.PngHeader(0, 10) },
        { "png wider than 2³¹", TestImages.PngHeader(0x8000_0000, 10) },
        { "webp too short", [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8, .. "VP8 "u8] },
        { "webp unknown chunk", [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8, .. "ABCD"u8, .. new byte[20]] },
        { "webp lossy without start code", [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8, .. "VP8 "u8, .. new byte[20]] },
    };

    [Theory]
    [MemberData(nameof(BrokenHeaders))]
    public void TryRead_BrokenHeader_Malformed(string name, byte[] bytes)
    {
        Assert.True(HeaderOutcome.Malformed == ImageHeaderReader.TryRead(bytes, out _), name);
    }
}
