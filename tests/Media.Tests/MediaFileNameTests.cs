using Halsoportal.Media.Processing;
using Halsoportal.Media.Storage;

namespace Halsoportal.Media.Tests;

public sealed class MediaFileNameTests
{
    private const string Key = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void NewKey_TwoCalls_DifferentLowerHexKeys()
    {
        var first = MediaFileName.NewKey();
        var second = MediaFileName.NewKey();

        Assert.NotEqual(first, second);
        Assert.True(MediaFileName.IsValidKey(first));
        Assert.Equal(32, first.Length);
    }

    [Fact]
    public void For_KeyWidthFormat_RoundTripsThroughTryParse()
    {
        var name = MediaFileName.For(Key, 640, RenditionFormat.Webp);

        Assert.Equal($"{Key}-640.webp", name);
        Assert.True(MediaFileName.TryParse(name, out var parsed));
        Assert.Equal(new ParsedMediaFileName(Key, 640, RenditionFormat.Webp), parsed);
        Assert.Equal("image/webp", parsed.ContentType);
        Assert.Equal("image/jpeg", MediaFileName.ContentType(RenditionFormat.Jpeg));
    }

    public static TheoryData<string> Hostile => new()
    {
        "",
        "../" + Key + "-640.jpg",
        "..%2F" + Key + "-640.jpg",
        "/etc/passwd",
        "..",
        Key + "-640.jpg/../../halsoportal.db",
        Key + "-640.jpg\n",
        Key + "-640.jpg ",
        Key + "-640.JPG",
        Key.ToUpperInvariant() + "-640.jpg",
        Key + "-640.svg",
        Key + "-640.png",
        Key + "-0640.jpg",
        Key + "-0.jpg",
        Key + "-123456.jpg",
        Key + "-640",
        Key + ".jpg",
        Key[..31] + "-640.jpg",
        "." + Key + "-0123.tmp",
        "C:\\" + Key + "-640.jpg",
        Key + "-640.jpg\0.png",
        Key + "-６４０.jpg",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void TryParse_HostileName_Refused(string name)
    {
        Assert.False(MediaFileName.TryParse(name, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../x")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("0123456789abcdef0123456789abcdef\n")]
    public void For_InvalidKey_Throws(string key)
    {
        Assert.Throws<ArgumentException>(() => MediaFileName.For(key, 320, RenditionFormat.Jpeg));
    }
}
