using Halsoportal.Content.Rendering;
using Halsoportal.Web.Features.Api;

namespace Halsoportal.Web.Tests.Api;

/// <summary>The API's <c>bodyText</c>: plain text with paragraphs from the renderer's allow-listed HTML.</summary>
public sealed class HtmlTextTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static string FromMarkdown(string markdown) => HtmlText.ToPlainText(Renderer.Render(markdown));

    [Fact]
    public void Blocks_AreSeparatedByABlankLine_AndInlineMarkupIsDropped()
    {
        var text = FromMarkdown("## Så går det till\n\nVi ses  vid *biblioteket*\noch **går** tillsammans.\n\n> Ta med vatten.");

        Assert.Equal("Så går det till\n\nVi ses vid biblioteket och går tillsammans.\n\nTa med vatten.", text);
    }

    [Fact]
    public void ListItems_AreLinesOfTheirOwn_NumberedAndNested()
    {
        var text = FromMarkdown("Så här:\n\n1. Först\n2. Sedan\n   - en del\n   - en annan\n3. Sist\n\nKlart.");

        Assert.Equal("Så här:\n\n1. Först\n2. Sedan\n  – en del\n  – en annan\n3. Sist\n\nKlart.", text);
    }

    [Fact]
    public void LooseListItems_StayOnTheirMarkerLine()
    {
        var text = FromMarkdown("- Ett\n\n- Två");

        Assert.Equal("– Ett\n– Två", text);
    }

    [Fact]
    public void Tables_AreRowsWithCellsJoined()
    {
        var text = FromMarkdown("Före.\n\n| Dag | Tid |\n|---|---|\n| Måndag | 10–12 |\n\nEfter.");

        Assert.Equal("Före.\n\nDag | Tid\nMåndag | 10–12\n\nEfter.", text);
    }

    [Fact]
    public void Links_KeepTheirAddress_UnlessItIsTheText()
    {
        var text = FromMarkdown("Läs [1177 om sömn](https://www.1177.se/somn) eller <https://www.1177.se>.");

        Assert.Equal("Läs 1177 om sömn (https://www.1177.se/somn) eller https://www.1177.se.", text);
    }

    [Fact]
    public void EntitiesAreDecoded_ButTagLikeTextIsLeftOut()
    {
        var text = HtmlText.ToPlainText("<p>5 &lt; 7 &amp; 7 &gt; 5</p><p>&lt;script&gt;alert(1)&lt;/script&gt; kvar</p>");

        Assert.Equal("5 < 7 & 7 > 5\n\nalert(1) kvar", text);
    }

    [Fact]
    public void LineBreaks_AreKept()
    {
        Assert.Equal("Rad ett\nRad två", HtmlText.ToPlainText("<p>Rad ett<br>Rad två</p>"));
    }

    [Fact]
    public void Empty_IsEmpty()
    {
        Assert.Equal("", HtmlText.ToPlainText(""));
    }
}
