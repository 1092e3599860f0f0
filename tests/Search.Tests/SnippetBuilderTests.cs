namespace Halsoportal.Search.Tests;

public sealed class SnippetBuilderTests
{
    [Fact]
    public void MarkAll_Spans_AreMarkedAndTextEncoded()
    {
        var html = SnippetBuilder.MarkAll("Snus & <b>nikotin</b>", [new MatchSpan(0, 4, 0), new MatchSpan(10, 17, 1)]);

        Assert.Equal("<mark>Snus</mark> &amp; &lt;b&gt;<mark>nikotin</mark>&lt;/b&gt;", html);
    }

    [Fact]
    public void MarkAll_OverlappingSpans_AreMerged()
    {
        Assert.Equal("<mark>vårdcentralen</mark>", SnippetBuilder.MarkAll("vårdcentralen", [new MatchSpan(0, 13, 0), new MatchSpan(0, 13, 1)]));
    }

    [Fact]
    public void Best_LongText_CutsAroundTheDensestMatches()
    {
        var text = string.Join(' ', Enumerable.Repeat("fyllnad", 60)) + " sluta snusa nu " + string.Join(' ', Enumerable.Repeat("fyllnad", 60));
        var sluta = text.IndexOf("sluta", StringComparison.Ordinal);
        var snusa = text.IndexOf("snusa", StringComparison.Ordinal);

        var snippet = SnippetBuilder.Best(text, [new MatchSpan(0, 7, 2), new MatchSpan(sluta, sluta + 5, 0), new MatchSpan(snusa, snusa + 5, 1)], 100)!;

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>sluta</mark> <mark>snusa</mark>", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length, 50, 150);
    }

    [Fact]
    public void Best_NoSpans_ReturnsNull()
    {
        Assert.Null(SnippetBuilder.Best("text", [], 100));
    }

    [Fact]
    public void Best_MatchAtTheEnd_KeepsTheEndWithoutEllipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("ord", 100)) + " sömn";

        var snippet = SnippetBuilder.Best(text, [new MatchSpan(text.Length - 4, text.Length, 0)], 60)!;

        Assert.EndsWith("<mark>sömn</mark>", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_LongText_IsCutAtAWordAndEncoded()
    {
        var snippet = SnippetBuilder.Plain("<i>" + string.Join(' ', Enumerable.Repeat("ord", 100)), 40);

        Assert.StartsWith("&lt;i&gt;", snippet, StringComparison.Ordinal);
        Assert.EndsWith("ord…", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkAll_WhiteSpaceRuns_BecomeOneSpace()
    {
        Assert.Equal("Sluta <mark>snusa</mark> nu", SnippetBuilder.MarkAll("Sluta \n\n  snusa\t nu", [new MatchSpan(10, 15, 0)]));
    }
}
