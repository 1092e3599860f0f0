using Halsoportal.Search.Analysis;

namespace Halsoportal.Search.Tests;

public sealed class SwedishAnalysisTests
{
    private static List<string> Index(string text) => SwedishAnalysis.Terms(SwedishAnalysis.Index, text);

    private static List<string> Query(string text) => SwedishAnalysis.Terms(SwedishAnalysis.Query, text);

    [Fact]
    public void IndexChain_Ungdomsmottagningen_IndexesCompoundAndParts()
    {
        var terms = Index("ungdomsmottagningen");

        Assert.Equal("ungdomsmottagning", terms[0]);
        Assert.Contains("ungdom", terms);
        Assert.Contains("mottagning", terms);
    }

    [Fact]
    public void IndexChain_Barnhalsovarden_IndexesBarnHalsaVard()
    {
        var terms = Index("Barnhälsovården");

        Assert.Equal(["barnhälsovård", "barn", "hälsa", "vård"], terms);
    }

    [Fact]
    public void IndexChain_LinkingForms_AreStemmedToTheirWord()
    {
        Assert.Contains("barn", Index("barnavårdscentralen"));
        Assert.Contains("vård", Index("barnavårdscentralen"));
        Assert.Contains("central", Index("barnavårdscentralen"));
        Assert.Contains("hälsa", Index("folkhälsomyndigheten"));
    }

    [Theory]
    [InlineData("standardglas", "tand")]
    [InlineData("kostnadsfria", "kost")]
    [InlineData("vårdnadshavare", "vård")]
    [InlineData("journalen", "jour")]
    public void IndexChain_ProtectedWord_YieldsNoFalsePart(string word, string falsePart)
    {
        Assert.DoesNotContain(falsePart, Index(word));
    }

    [Fact]
    public void IndexChain_ShortWord_IsNotSplit()
    {
        Assert.Equal(["vård"], Index("vård"));
    }

    [Fact]
    public void QueryChain_Compound_IsNotSplit()
    {
        Assert.Equal(["ungdomsmottagning"], Query("ungdomsmottagningen"));
    }

    [Theory]
    [InlineData("barn")]
    [InlineData("barnen")]
    [InlineData("barnet")]
    [InlineData("barns")]
    [InlineData("barnens")]
    public void StemmerOverrides_BarnForms_MapToBarn(string form)
    {
        Assert.Equal(["barn"], Query(form));
    }

    [Theory]
    [InlineData("hälsa")]
    [InlineData("hälsan")]
    [InlineData("hälsans")]
    public void StemmerOverrides_HalsaForms_MapToHalsa(string form)
    {
        Assert.Equal(["hälsa"], Query(form));
    }

    [Theory]
    [InlineData("snus")]
    [InlineData("snusa")]
    [InlineData("snusar")]
    [InlineData("snusning")]
    public void StemmerOverrides_SnusForms_MapToSnus(string form)
    {
        Assert.Equal(["snus"], Query(form));
    }

    [Theory]
    [InlineData("aktivitet")]
    [InlineData("aktiviteten")]
    [InlineData("aktiviteter")]
    public void StemmerOverrides_AktivitetForms_MapTogether(string form)
    {
        Assert.Equal(["aktivitet"], Query(form));
    }

    [Theory]
    [InlineData("tandläkare", "tandläkaren", "tandläkarna")]
    [InlineData("skolbarn", "skolbarnen", "skolbarnet")]
    [InlineData("folkhälsa", "folkhälsan", "folkhälsans")]
    [InlineData("ungdomsmottagning", "ungdomsmottagningen", "ungdomsmottagningarna")]
    public void CompoundHeadStemming_Inflections_ShareOneStem(string basic, string definite, string other)
    {
        var stem = Assert.Single(Query(basic));

        Assert.Equal([stem], Query(definite));
        Assert.Equal([stem], Query(other));
    }

    [Theory]
    [InlineData("tunga")]
    [InlineData("lunga")]
    public void CompoundHeadStemming_ShortModifier_IsLeftAlone(string word)
    {
        Assert.DoesNotContain(Query(word), t => t.Contains("ungdom", StringComparison.Ordinal));
    }

    [Fact]
    public void LightStemmer_UnlistedForms_StillStem()
    {
        Assert.Equal(Query("vårdcentral"), Query("vårdcentralen"));
        Assert.Equal(Query("mottagning"), Query("mottagningar"));
    }

    [Theory]
    [InlineData("får", "far")]
    [InlineData("mål", "mal")]
    [InlineData("kör", "kor")]
    public void MainChain_SwedishLetters_AreNotFolded(string swedish, string ascii)
    {
        var main = Query(swedish);

        Assert.NotEmpty(main);
        Assert.NotEqual(Query(ascii), main);
        Assert.Contains(main, t => t.Any(c => c is 'å' or 'ä' or 'ö'));
    }

    [Fact]
    public void MainChain_HarAndHar_AreStopWordsNotFoldedTogether()
    {
        // "här" and "har" are both Swedish stop words: neither is indexed, so neither can be mistaken for the other.
        Assert.Empty(Query("här"));
        Assert.Empty(Query("har"));
    }

    [Fact]
    public void FoldedChain_Vardcentral_MatchesVardcentralWithRing()
    {
        var indexed = SwedishAnalysis.Terms(SwedishAnalysis.IndexFolded, "Vårdcentralen");
        var typed = SwedishAnalysis.Terms(SwedishAnalysis.QueryFolded, "vardcentral");

        Assert.Contains(typed[0], indexed);
        Assert.Equal("vardcentral", typed[0]);
    }

    [Fact]
    public void FoldedChain_Halsan_UsesFoldedOverride()
    {
        Assert.Equal(SwedishAnalysis.Terms(SwedishAnalysis.QueryFolded, "halsa"), SwedishAnalysis.Terms(SwedishAnalysis.IndexFolded, "hälsan"));
    }

    [Fact]
    public void WordLists_Load_AreLargeAndConsistent()
    {
        Assert.True(SwedishWordLists.CompoundWords.Count >= 250);
        Assert.True(SwedishWordLists.StemmerOverrides.Count >= 300);
        Assert.Contains("hälso", SwedishWordLists.CompoundWords);
        Assert.Contains("barna", SwedishWordLists.CompoundWords);
        Assert.All(SwedishWordLists.CompoundWords, w => Assert.Equal(w.ToLowerInvariant(), w));
    }

    [Fact]
    public void IndexChain_StopWords_AreRemoved()
    {
        Assert.Equal(["ont", "rygg"], Index("ont i ryggen"));
    }

    [Fact]
    public void Autocomplete_Chain_IndexesPrefixesOfWordsAndParts()
    {
        var grams = SwedishAnalysis.Terms(SwedishAnalysis.Autocomplete, "Ungdomsmottagningen");

        Assert.Contains("un", grams);
        Assert.Contains("ungdoms", grams);
        Assert.Contains("mott", grams);
    }
}
