using Halsoportal.Content.Editing.Checks;
using Halsoportal.Content.Media;

namespace Halsoportal.Content.Tests.Editing;

public sealed class PublishChecksTests
{
    private static PublishCheckReport Check(string body, ImageInfo? image = null) =>
        PublishChecks.Run(Drafts.Standard(body), image);

    public static TheoryData<string, PublishCheckCode[]> Bodies => new()
    {
        { "", [] },
        { "   \n\n  ", [] },
        { "## Bara rubriker\n### Underrubrik\n## Nästa\n### Under igen\n", [] },
        { "![](bild.png)", [PublishCheckCode.ImageMissingAltText] },
        { "![   ](bild.png)", [PublishCheckCode.ImageMissingAltText] },
        { "![Två personer promenerar](bild.png)", [] },
        { "![][bild]\n\n[bild]: bild.png", [PublishCheckCode.ImageMissingAltText] },
        // The image inside the link is the link's name: report the missing alt text, not an empty link too.
        { "[![](logo.png)](https://www.1177.se)", [PublishCheckCode.ImageMissingAltText] },
        { "[![Läs mer](logo.png)](https://www.1177.se)", [PublishCheckCode.VagueLinkText] },
        { "[![Logotyp för 1177 Vårdguiden](logo.png)](https://www.1177.se)", [] },
        { "# Titel igen", [PublishCheckCode.HeadingLevelOne] },
        { "Titel igen\n==========\n", [PublishCheckCode.HeadingLevelOne] },
        { "Underrubrik\n-----------\n", [] },
        { "### Direkt på nivå 3", [PublishCheckCode.SkippedHeadingLevel] },
        { "## Motion\n#### Promenader", [PublishCheckCode.SkippedHeadingLevel] },
        { "## A\n### B\n#### C\n## D\n#### E", [PublishCheckCode.SkippedHeadingLevel] },
        { "# Ett\n### Tre", [PublishCheckCode.HeadingLevelOne, PublishCheckCode.SkippedHeadingLevel] },
        { "[läs mer](https://a.se)", [PublishCheckCode.VagueLinkText] },
        { "[Klicka HÄR!](https://a.se)", [PublishCheckCode.VagueLinkText] },
        { "[Läs mer »](https://a.se)", [PublishCheckCode.VagueLinkText] },
        { "[  **Läs** _mer_…  ](https://a.se)", [PublishCheckCode.VagueLinkText] },
        { "[Läs mer om sömn](https://a.se)", [] },
        { "[Här](https://a.se) finns [mer info](https://b.se) och [Mer information.](https://c.se)", [PublishCheckCode.VagueLinkText, PublishCheckCode.VagueLinkText, PublishCheckCode.VagueLinkText] },
        { "[läs mer][1]\n\n[1]: https://a.se", [PublishCheckCode.VagueLinkText] },
        { "[läs mer]\n\n[läs mer]: https://a.se", [PublishCheckCode.VagueLinkText] },
        // Without a definition the brackets are plain text, not a link.
        { "[läs mer][saknas]", [] },
        { "<https://www.1177.se>", [PublishCheckCode.VagueLinkText] },
        { "Gå till https://www.1177.se i dag.", [PublishCheckCode.VagueLinkText] },
        { "Gå till www.1177.se i dag.", [PublishCheckCode.VagueLinkText] },
        { "[https://www.1177.se](https://www.1177.se)", [PublishCheckCode.VagueLinkText] },
        { "Mejla <info@rjl.se> eller [ring 010-242 00 00](tel:0102420000).", [] },
        { "[](https://a.se)", [PublishCheckCode.EmptyLinkText] },
        { "[   ](https://a.se)", [PublishCheckCode.EmptyLinkText] },
        {
            "- [här](https://a.se)\n  - ![](x.png)\n    - ### Rubrik i lista\n",
            [PublishCheckCode.VagueLinkText, PublishCheckCode.ImageMissingAltText, PublishCheckCode.SkippedHeadingLevel]
        },
        { "> ## Citat\n> ![](x.png)", [PublishCheckCode.ImageMissingAltText] },
        { "| Kolumn |\n|---|\n| [läs mer](https://a.se) |", [PublishCheckCode.VagueLinkText] },
        { "## [Läs mer](https://a.se)", [PublishCheckCode.VagueLinkText] },
        // Raw HTML is shown as text by the renderer, so it is neither an image nor a link nor a heading.
        { "<a href=\"https://a.se\">läs mer</a> <img src=\"x.png\"> <h1>Rubrik</h1>", [] },
        { "```\n![](x.png)\n[läs mer](https://a.se)\n# Rubrik\n```", [] },
        { "    # indenterad kod\n    [här](https://a.se)", [] },
        { "`[läs mer](https://a.se)`", [] },
        // Escaped brackets are text, but the bare URL after them is still autolinked.
        { "\\[läs mer\\](https://a.se)", [PublishCheckCode.VagueLinkText] },
        { "##", [] },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Run_Body_FindsExpectedCodes(string body, PublishCheckCode[] expected)
    {
        var report = Check(body);

        Assert.Equal(expected, report.Findings.Select(f => f.Code));
        Assert.All(report.Findings, f => Assert.Equal("Body", f.Field));
        Assert.Equal(expected.Length > 0, report.BlocksPublishing);
    }

    public static TheoryData<string> Hostile => new()
    {
        "[",
        "![",
        "[]()",
        "![]()",
        "[[[[]]]](x)",
        "<>",
        "<https://>",
        "> > > > > > > > > > > > > > > > # djupt",
        new string('>', 5_000) + " [här](x)",
        string.Concat(Enumerable.Repeat("- ", 2_000)) + "![](x)",
        string.Concat(Enumerable.Repeat("[", 3_000)) + "x" + string.Concat(Enumerable.Repeat("](y)", 3_000)),
        string.Concat(Enumerable.Repeat("#", 7)) + " sju",
        "\0\u200B\uFEFF",
        "[läs mer](javascript:alert(1))",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Run_HostileBody_DoesNotThrow(string body)
    {
        var report = Check(body);

        Assert.All(report.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
    }

    [Theory]
    [InlineData(">")]
    [InlineData("- ")]
    public void Run_NestedDeeperThanTheParserAllows_Blocks(string level)
    {
        var body = string.Concat(Enumerable.Repeat(level, 300)) + "text";

        var finding = Assert.Single(PublishChecks.Run(Drafts.WithEasyRead(body) with { Body = "Text." }, null).Findings);

        Assert.Equal((PublishCheckCode.TooDeeplyNested, "EasyReadBody"), (finding.Code, finding.Field));
    }

    [Fact]
    public void Run_VagueLinkText_NamesTheTextAndSuggestsBetter()
    {
        var finding = Assert.Single(Check("Hej.\n\nMer om sömn: [läs mer](https://www.1177.se/somn).").Findings);

        Assert.Equal(PublishCheckSeverity.Blocking, finding.Severity);
        Assert.Equal(3, finding.Line);
        Assert.Equal(
            "Länktexten \"läs mer\" säger inte vart länken leder. Skriv vad man hittar där, till exempel \"Läs om fysisk aktivitet på recept\".",
            finding.Message);
    }

    [Fact]
    public void Run_HeadingLevelOne_SaysTheTitleIsLevelOne()
    {
        var finding = Assert.Single(Check("# Motion").Findings);

        Assert.StartsWith("Använd inte rubriknivå 1 i brödtexten – sidans titel är redan nivå 1.", finding.Message, StringComparison.Ordinal);
        Assert.Contains("\"Motion\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SkippedLevel_NamesBothHeadings()
    {
        var finding = Assert.Single(Check("## Motion\n\nText.\n\n#### Promenader").Findings);

        Assert.Equal(PublishCheckCode.SkippedHeadingLevel, finding.Code);
        Assert.Equal(5, finding.Line);
        Assert.Contains("\"Promenader\" har nivå 4", finding.Message, StringComparison.Ordinal);
        Assert.Contains("\"Motion\" som har nivå 2", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Använd nivå 3 (###)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FirstHeadingTooDeep_NamesThePageTitle()
    {
        var finding = Assert.Single(Check("### Promenader").Findings);

        Assert.Contains("sidans titel \"Fysisk aktivitet på recept\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ImageWithoutAlt_ShowsHowToWriteOne()
    {
        var finding = Assert.Single(Check("![](https://example.se/karta.png)").Findings);

        Assert.Contains("https://example.se/karta.png", finding.Message, StringComparison.Ordinal);
        Assert.Contains("![", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(false, true, false)]
    [InlineData(true, false, false)]
    [InlineData(true, true, false)]
    public void Run_MainImage_NeedsAltTextUnlessDecorative(bool hasAltText, bool isDecorative, bool blocks)
    {
        var report = Check("Text.", new ImageInfo(hasAltText, isDecorative));

        Assert.Equal(blocks, report.BlocksPublishing);
        if (blocks)
        {
            var finding = Assert.Single(report.Findings);
            Assert.Equal((PublishCheckCode.MainImageMissingAltText, "ImageMediaId"), (finding.Code, finding.Field));
        }
    }

    [Fact]
    public void Run_NoMainImage_IsFine() => Assert.Empty(Check("Text.", image: null).Findings);

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("En bild på en cykel", true)]
    public void ImageInfoFrom_MediaItem_ReadsAltText(string? altText, bool hasAltText)
    {
        var item = new MediaItem { FileKey = "k", RenditionWidths = "320", CreatedBy = "test", AltText = altText };

        Assert.Equal(new ImageInfo(hasAltText, false), ImageInfo.From(item));
    }

    [Fact]
    public void Run_EasyReadBody_IsCheckedUnderItsOwnField()
    {
        var report = PublishChecks.Run(Drafts.WithEasyRead("### Hopp\n\n[Klicka här](https://a.se)."), null);

        Assert.Equal(
            [(PublishCheckCode.SkippedHeadingLevel, "EasyReadBody"), (PublishCheckCode.VagueLinkText, "EasyReadBody")],
            report.Findings.Select(f => (f.Code, f.Field)));
        Assert.Contains("\"Rör dig mer\"", report.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_HardEasyRead_GivesAdviceThatDoesNotBlock()
    {
        var report = PublishChecks.Run(
            Drafts.WithEasyRead("Verksamhetsplaneringen förutsätter samordning mellan huvudmännen avseende finansieringsansvaret."),
            null);

        var finding = Assert.Single(report.Findings, f => f.Severity == PublishCheckSeverity.Advice);
        Assert.Equal((PublishCheckCode.EasyReadTooHard, PublishCheckSeverity.Advice, "EasyReadBody"), (finding.Code, finding.Severity, finding.Field));
        Assert.Equal([PublishCheckCode.LongWord, PublishCheckCode.Jargon], report.Findings.Where(f => f.Severity == PublishCheckSeverity.Warning).Select(f => f.Code));
        Assert.EndsWith("Lättlästa texter brukar ha LIX under 30.", finding.Message, StringComparison.Ordinal);
        Assert.False(report.BlocksPublishing);
        Assert.True(report.EasyReadLix!.Score > PublishChecks.EasyReadLixLimit);
    }

    [Fact]
    public void Run_PlainEasyRead_GetsNoAdvice()
    {
        var report = PublishChecks.Run(Drafts.WithEasyRead("Gå en promenad varje dag. Det är bra för dig."), null);

        Assert.Empty(report.Findings);
        Assert.NotNull(report.EasyReadLix);
        Assert.True(report.EasyReadLix.Score <= PublishChecks.EasyReadLixLimit);
    }

    [Fact]
    public void Run_HardStandardText_IsNeverBlocked()
    {
        // With title and ingress: 16 words, 8 long, 3 sentences. 16/3 + 100·8/16 = 55.33.
        var report = Check("Verksamhetsplaneringen förutsätter samordning mellan huvudmännen avseende finansieringsansvaret.");

        // Office words are a warning an editor may override; LIX alone never stops anyone.
        Assert.Equal([(PublishCheckCode.Jargon, PublishCheckSeverity.Warning)], report.Findings.Select(f => (f.Code, f.Severity)));
        Assert.False(report.BlocksPublishing);
        Assert.Equal((55, "Mycket svår"), (report.StandardLix!.Score, report.StandardLix.Band));
    }

    [Fact]
    public void Run_NoEasyRead_HasNoEasyReadLix()
    {
        var report = Check("Text.");

        Assert.NotNull(report.StandardLix);
        Assert.Null(report.EasyReadLix);
    }

    [Fact]
    public void Run_StandardLix_CountsTitleIngressAndBody()
    {
        // Title 4 words (aktivitet long), ingress 5 (Rörelse long), body 7: 16 words, 2 long, 3 sentences.
        var lix = Check("Du kan få hjälp att röra dig.").StandardLix;

        Assert.Equal((16, 2, 3), (lix!.Words, lix.LongWords, lix.Sentences));
    }

    [Theory]
    [InlineData("klicka här")]
    [InlineData("  Läs mer...  ")]
    [InlineData("DEN HÄR LÄNKEN")]
    [InlineData("Gå hit →")]
    [InlineData("La\u0308s mer")] // "ä" as "a" plus a combining diaeresis, as some keyboards type it
    public void IsVagueLinkText_ListedTexts_AreVague(string text) => Assert.True(PublishChecks.IsVagueLinkText(text));

    [Theory]
    [InlineData("Läs mer om sömn")]
    [InlineData("Hitta din vårdcentral")]
    [InlineData("1177.se")]
    [InlineData("merinfo")]
    public void IsVagueLinkText_DescriptiveTexts_AreFine(string text) => Assert.False(PublishChecks.IsVagueLinkText(text));
}
