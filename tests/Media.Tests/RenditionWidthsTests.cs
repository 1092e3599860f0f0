using Halsoportal.Media.Processing;

namespace Halsoportal.Media.Tests;

public sealed class RenditionWidthsTests
{
    private static readonly int[] Configured = [320, 640, 960, 1280, 1920];

    [Theory]
    [InlineData(4000, new[] { 320, 640, 960, 1280, 1920 })]
    [InlineData(1920, new[] { 320, 640, 960, 1280, 1920 })]
    [InlineData(1000, new[] { 320, 640, 960 })]
    [InlineData(1100, new[] { 320, 640, 960, 1100 })]
    [InlineData(640, new[] { 320, 640 })]
    [InlineData(319, new[] { 319 })]
    [InlineData(1, new[] { 1 })]
    public void Choose_ImageWidth_NeverUpscalesAndAlwaysOne(int imageWidth, int[] expected)
    {
        var widths = RenditionWidths.Choose(imageWidth, Configured);

        Assert.Equal(expected, widths);
        Assert.All(widths, w => Assert.True(w <= imageWidth));
    }
}
