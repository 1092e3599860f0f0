using Halsoportal.Content.Editing.Checks;

namespace Halsoportal.Content.Tests.Editing;

public sealed class ReadabilityTests
{
    // Every expected value is counted by hand: words, long words (> 6 letters), sentences, then
    // LIX = words/sentences + 100·long/words, rounded half away from zero.
    public static TheoryData<string, int, int, int, int> KnownBodies => new()
    {
        // Jag gillar att springa i skogen: 6 words, "springa" is long. 6/1 + 100·1/6 = 22.67.
        { "Jag gillar att springa i skogen.", 6, 1, 1, 23 },
        // 7 + 7 words; aktivitet, behandling, ordination, vårdcentral are long. 14/2 + 100·4/14 = 35.57.
        { "Fysisk aktivitet på recept är en behandling. Du får en ordination av din vårdcentral.", 14, 4, 2, 36 },
        // Å, ä and ö are letters: "Överläkaren" has 11, "blåbär" 6 (not long). 3/1 + 100·1/3 = 36.33.
        { "Överläkaren äter blåbär.", 3, 1, 1, 36 },
        // A heading without full stop and each list item end a sentence. 10/3 + 0 = 3.33.
        { "## Så går det till\n\n- Du ringer\n- Du får en tid\n", 10, 0, 3, 3 },
        // Six long words of seven. 7/1 + 100·6/7 = 92.71.
        { "Verksamhetsplaneringen förutsätter samordning mellan huvudmännen avseende finansieringsansvaret.", 7, 6, 1, 93 },
        // Numbers, the autolinked URL and inline code are not words. 8/2 + 0 = 4.
        { "Ring 1177 eller gå till https://www.1177.se idag. Koden `abc123def` behövs inte.", 8, 0, 2, 4 },
        // A colon ends a sentence; "10:30" and the URL do not. 5/2 = 2.5 rounds up to 3.
        { "Kom ihåg: öppet 10:30 [på webben](https://www.1177.se).", 5, 0, 2, 3 },
        // Link text counts, the image's alt text does not (it is not read as running text).
        { "Se ![Karta över Jönköping](karta.png) [kartan här](https://a.se).", 3, 0, 1, 3 },
        // "t.ex." ends a sentence, as in a count by hand: 4/2 = 2.
        { "Ta med t.ex. vatten.", 4, 0, 2, 2 },
        // "och/eller" is two words.
        { "Du kan ringa och/eller skriva.", 6, 0, 1, 6 },
        // Fenced code is skipped entirely.
        { "Hej då.\n\n```\nvar långtVariabelnamn = 1;\n```\n", 2, 0, 1, 2 },
        // Raw HTML is text on the site (the renderer disables HTML), so it is read as written:
        // "<b>Viktigt<" (8 letters), "b>" and "nu." — the "/" splits like "och/eller". 3/1 + 100·1/3 = 36.33.
        { "<b>Viktigt</b> nu.", 3, 1, 1, 36 },
        // A table cell is a block of its own; "75" is not a word. 4/4 + 100·1/4 = 26.
        { "| Ålder | Vaccin |\n|---|---|\n| 75 år | Pneumokocker |\n", 4, 1, 4, 26 },
    };

    [Theory]
    [MemberData(nameof(KnownBodies))]
    public void Measure_KnownBody_CountsByHand(string body, int words, int longWords, int sentences, int score)
    {
        var lix = Readability.Measure(null, null, body);

        Assert.NotNull(lix);
        Assert.Equal((words, longWords, sentences, score), (lix.Words, lix.LongWords, lix.Sentences, lix.Score));
    }

    [Fact]
    public void Measure_TitleAndIngress_AreSentencesOfTheirOwn()
    {
        // "Sömn" (title, no full stop) + "Sov gott." = 3 words, 2 sentences: 1.5 rounds up to 2.
        var lix = Readability.Measure("Sömn", "Sov gott.", "");

        Assert.Equal(new LixResult(2, 3, 0, 2, "Mycket lättläst"), lix);
    }

    [Fact]
    public void Measure_TitleAndIngress_AreNotParsedAsMarkdown()
    {
        // The site shows the ingress as it is, so "#" and "*" are characters, not syntax.
        var lix = Readability.Measure("# Sömn", "*Sov* gott.", null);

        Assert.Equal((3, 2), (lix!.Words, lix.Sentences));
    }

    public static TheoryData<string?> NothingToMeasure => new()
    {
        null,
        "",
        "   \n\n",
        "1177",
        "## 2025\n\n- 12 %\n- 08.00–17.00\n",
        "```\nkod här\n```",
        "![Bild](bild.png)",
        "<https://www.1177.se>",
        "---\n\n***",
        "[1]: https://www.1177.se",
    };

    [Theory]
    [MemberData(nameof(NothingToMeasure))]
    public void Measure_NoWords_ReturnsNull(string? body) => Assert.Null(Readability.Measure(null, null, body));

    [Theory]
    [InlineData(0, "Mycket lättläst")]
    [InlineData(24, "Mycket lättläst")]
    [InlineData(25, "Lättläst")]
    [InlineData(30, "Lättläst")]
    [InlineData(31, "Medelsvår")]
    [InlineData(40, "Medelsvår")]
    [InlineData(41, "Svår")]
    [InlineData(50, "Svår")]
    [InlineData(51, "Mycket svår")]
    [InlineData(60, "Mycket svår")]
    [InlineData(61, "Mycket svår, byråkratsvenska")]
    [InlineData(120, "Mycket svår, byråkratsvenska")]
    public void Band_EdgesBelongToTheLowerBand(int score, string band) => Assert.Equal(band, Readability.Band(score));

    public static TheoryData<string> Hostile => new()
    {
        "*",
        "**",
        "[",
        "](",
        "![",
        "> > > > > > > > > > > > djupt",
        new string('>', 5_000) + " text",
        string.Concat(Enumerable.Repeat("- ", 2_000)) + "lista",
        string.Concat(Enumerable.Repeat("[", 3_000)),
        "\0\u200B\uFEFF\u00AD",
        "😀😀😀 😀.",
        "e\u0301 a\u0308ta.",
        "&amp; &nbsp; &#x1F600;",
        "|||\n|-|-|\n|||",
    };

    [Fact]
    public void Measure_BodyTooDeepToParse_CountsTitleAndIngressOnly()
    {
        var lix = Readability.Measure("Sömn", "Sov gott.", string.Concat(Enumerable.Repeat("- ", 200)) + "ord");

        Assert.Equal((3, 2), (lix!.Words, lix.Sentences));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Measure_HostileInput_DoesNotThrow(string body)
    {
        var lix = Readability.Measure(body, body, body);

        if (lix is not null)
        {
            Assert.InRange(lix.Sentences, 1, lix.Words);
            Assert.InRange(lix.LongWords, 0, lix.Words);
        }
    }
}
