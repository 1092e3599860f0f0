using Halsoportal.Content.Rendering;

namespace Halsoportal.Content.Tests;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Render_StructuredMarkdown_KeepsAllowedElements()
    {
        var html = _renderer.Render("## Rubrik\n\nText med *betoning* och **fetstil**.\n\n- ett\n- två\n\n[1177](https://www.1177.se)\n");

        Assert.Contains("<h2>Rubrik</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<em>betoning</em>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>fetstil</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<li>två</li>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.1177.se\">1177</a>", html, StringComparison.Ordinal);
    }

    public static TheoryData<string> Hostile => new()
    {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[klicka](javascript:alert(1))",
        "[klicka](JaVaScRiPt:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "![bild](https://example.com/spårning.png)",
        "<iframe src=\"https://example.com\"></iframe>",
        "<svg onload=alert(1)>",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<style>body{display:none}</style>",
        "# Egen h1",
    };

    private static readonly HashSet<string> AllowedElements =
        ["HTML", "HEAD", "BODY", "H2", "H3", "H4", "P", "UL", "OL", "LI", "A", "EM", "STRONG", "BR", "BLOCKQUOTE", "TABLE", "THEAD", "TBODY", "TR", "TH", "TD", "CODE", "DIV"];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Render_HostileInput_LeavesOnlyAllowList(string markdown)
    {
        // Parse what a browser would parse: escaped raw HTML is harmless text, live markup is not.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(_renderer.Render(markdown));

        foreach (var element in document.All)
        {
            Assert.Contains(element.TagName, AllowedElements);
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style" || a.Name == "src");
            if (element.GetAttribute("href") is { } href)
            {
                Assert.Matches("^(https?:|mailto:|tel:|/|#)", href);
            }
        }
    }

    [Fact]
    public void Render_Table_IsWrappedInLabelledScrollRegion()
    {
        var html = _renderer.Render("| Ålder | Vaccin |\n|---|---|\n| 75 år | Pneumokocker |\n");

        Assert.Contains("<div class=\"table-scroll\" role=\"region\" aria-label=\"Tabell\" tabindex=\"0\"><table>", html, StringComparison.Ordinal);
        Assert.Contains("</table></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_HeadingsAndListItems_StayApartOnOneLine()
    {
        var text = MarkdownRenderer.ToPlainText("## Så går det till\n\nDu pratar med din vårdcentral.\n\n- promenader\n- simning\n\nKlart!\n");

        Assert.Equal("Så går det till – Du pratar med din vårdcentral. promenader – simning – Klart!", text);
    }

    [Fact]
    public void Render_AbsurdlyDeepNesting_ShowsTextInsteadOfThrowing()
    {
        var markdown = string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- nivå\n")) + "\n<script>x</script>";

        var html = new MarkdownRenderer().Render(markdown);

        Assert.Contains("nivå", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("nivå", MarkdownRenderer.ToPlainText(markdown), StringComparison.Ordinal);
    }
}
