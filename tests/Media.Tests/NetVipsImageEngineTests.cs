using Halsoportal.Media.Processing;
using Halsoportal.Media.Uploads;
using NetVips;

namespace Halsoportal.Media.Tests;

public sealed class NetVipsImageEngineTests
{
    private static readonly EncodeSettings Settings = new([320, 640, 960, 1280, 1920], 80, 82);

    private readonly NetVipsImageEngine _engine = new();

    private EncodedImage Encode(byte[] data, EncodeSettings? settings = null)
    {
        Assert.Equal(HeaderOutcome.Read, ImageHeaderReader.TryRead(data, out var header));
        return _engine.Encode(data, header, settings ?? Settings);
    }

    [Theory]
    [InlineData("jpg")]
    [InlineData("png")]
    [InlineData("webp")]
    public void Encode_ExifWithGps_NoMetadataInAnyRendition(string format)
    {
        var input = TestImages.Encode(format, 700, 350, gps: true);
        Assert.Contains("exif-ifd3-GPSLatitude", TestImages.MetadataFields(input)); // the premise: GPS is there to begin with
        Assert.Contains("xmp-data", TestImages.MetadataFields(input));

        var image = Encode(input);

        Assert.NotEmpty(image.Renditions);
        Assert.All(image.Renditions, r => Assert.Empty(TestImages.MetadataFields(r.Data)));
    }

    [Fact]
    public void Encode_IccProfileOtherThanSrgb_ConvertedToSrgbAndProfileDropped()
    {
        using var srgb = (Image.Black(64, 64, 3) + new double[] { 30, 200, 60 }).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        using var p3 = srgb.IccTransform("p3", inputProfile: "srgb");
        var input = p3.JpegsaveBuffer(q: 95, keep: Enums.ForeignKeep.Icc);

        var image = Encode(input);

        var jpeg = image.Renditions.Single(r => r.Format == RenditionFormat.Jpeg);
        Assert.Empty(TestImages.MetadataFields(jpeg.Data));
        using var output = Image.NewFromBuffer(jpeg.Data);
        var pixel = output.Getpoint(32, 32);
        Assert.InRange(pixel[0], 15, 45); // P3 numbers would be about 95,197,81
        Assert.InRange(pixel[1], 185, 215);
        Assert.InRange(pixel[2], 45, 75);
    }

    [Theory]
    [InlineData("jpg")]
    [InlineData("webp")]
    [InlineData("png")]
    public void Encode_Orientation6_TurnedUpright(string format)
    {
        // Stored 200 × 100, red on the left; orientation 6 means "turn 90° clockwise to view".
        var input = TestImages.Encode(format, 200, 100, orientation: 6);

        var image = Encode(input);

        Assert.Equal((100, 200), (image.Width, image.Height));
        var rendition = Assert.Single(image.Renditions, r => r.Format == RenditionFormat.Webp);
        using var output = Image.NewFromBuffer(rendition.Data);
        Assert.Equal((100, 200), (output.Width, output.Height));
        Assert.True(output.Getpoint(50, 20)[0] > 150, "red (the stored left edge) is at the top after turning");
        Assert.True(output.Getpoint(50, 180)[2] > 150, "blue is at the bottom");
    }

    [Fact]
    public void Encode_WideImage_EveryConfiguredWidthInBothFormats()
    {
        var image = Encode(TestImages.Jpeg(2400, 1200));

        Assert.Equal([320, 320, 640, 640, 960, 960, 1280, 1280, 1920, 1920], image.Renditions.Select(r => r.Width));
        foreach (var rendition in image.Renditions)
        {
            using var decoded = Image.NewFromBuffer(rendition.Data);
            Assert.Equal(rendition.Width, decoded.Width);
            Assert.Equal(rendition.Width / 2, decoded.Height, tolerance: 1);
            Assert.Equal(rendition.Format == RenditionFormat.Webp ? "webpload_buffer" : "jpegload_buffer", decoded.Get("vips-loader"));
        }
    }

    [Fact]
    public void Encode_SmallImage_OneRenditionAtOwnWidth()
    {
        var image = Encode(TestImages.Png(150, 90));

        Assert.Equal([150, 150], image.Renditions.Select(r => r.Width));
        Assert.Equal([90, 90], image.Renditions.Select(r => r.Height));
    }

    [Fact]
    public void Encode_TransparentPng_WebpKeepsAlphaJpegFlattenedOnWhite()
    {
        var image = Encode(TestImages.Encode("png", 100, 50, alpha: true));

        using var webp = Image.NewFromBuffer(image.Renditions.Single(r => r.Format == RenditionFormat.Webp).Data);
        using var jpeg = Image.NewFromBuffer(image.Renditions.Single(r => r.Format == RenditionFormat.Jpeg).Data);
        Assert.True(webp.HasAlpha());
        Assert.Equal(3, jpeg.Bands);
    }

    [Fact]
    public void Encode_Truncated_ThrowsImageDecodeException()
    {
        var whole = TestImages.Jpeg(800, 600);
        var half = whole[..(whole.Length / 2)];

        Assert.Throws<ImageDecodeException>(() => Encode(half));
    }

    [Fact]
    public void Encode_HeaderDisagreesWithDecoder_ThrowsImageDecodeException()
    {
        var png = TestImages.Png(50, 40);

        Assert.Throws<ImageDecodeException>(() => _engine.Encode(png, new ImageHeader(ImageFormat.Png, 40, 50), Settings));
    }

    [Fact]
    public void Encode_GifPosingAsJpeg_BlockedLoaderThrows()
    {
        // Even if a GIF got past the magic-byte check, its decoder is blocked.
        Assert.Throws<ImageDecodeException>(() => _engine.Encode(TestImages.Gif(), new ImageHeader(ImageFormat.Jpeg, 20, 10), Settings));
    }
}
