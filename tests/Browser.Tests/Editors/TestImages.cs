using NetVips;

namespace Halsoportal.Browser.Tests.Editors;

/// <summary>Small real images, made with the same libvips the app uses.</summary>
public static class TestImages
{
    /// <summary>A plain JPEG (two colour bands, so the renditions are not all one colour).</summary>
    public static byte[] Jpeg(int width = 800, int height = 500)
    {
        using var left = Image.Black(width / 2, height, 3) + new double[] { 40, 120, 200 };
        using var right = Image.Black(width - (width / 2), height, 3) + new double[] { 230, 180, 60 };
        using var joined = left.Join(right, Enums.Direction.Horizontal);
        using var image = joined.Cast(Enums.BandFormat.Uchar);
        return image.JpegsaveBuffer();
    }
}
