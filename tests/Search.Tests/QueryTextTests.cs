namespace Halsoportal.Search.Tests;

public sealed class QueryTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    [InlineData("  sluta   snusa ", "sluta snusa")]
    [InlineData("sluta\tsnusa\r\n", "sluta snusa")]
    [InlineData("sö\u0000mn", "sö mn")]
    [InlineData("hälso\u00ADvård", "hälsovård")]
    [InlineData("a\u0308ldre", "äldre")]
    public void Normalise_Input_IsCleaned(string? input, string expected)
    {
        var (text, shortened) = QueryText.Normalise(input, 200);

        Assert.Equal(expected, text);
        Assert.False(shortened);
    }

    [Fact]
    public void Normalise_LoneSurrogates_AreDropped()
    {
        // Built in code: xunit's data serialisation would replace a lone surrogate before the test sees it.
        var input = new string(['\ud800', 'x', ' ', 'y', '\udc00']);

        Assert.Equal("x y", QueryText.Normalise(input, 200).Text);
    }

    [Fact]
    public void Normalise_LongInput_IsCutAtAWordAndFlagged()
    {
        var (text, shortened) = QueryText.Normalise(string.Join(' ', Enumerable.Repeat("vårdcentral", 100)), 50);

        Assert.True(shortened);
        Assert.True(text.Length <= 50);
        Assert.All(text.Split(' '), w => Assert.Equal("vårdcentral", w));
    }

    [Fact]
    public void Normalise_LongEmojiInput_NeverSplitsASurrogatePair()
    {
        var (text, shortened) = QueryText.Normalise(string.Concat(Enumerable.Repeat("😀", 500)), 51);

        Assert.True(shortened);
        Assert.False(char.IsHighSurrogate(text[^1]));
    }
}
