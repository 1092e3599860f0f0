using Halsoportal.Content.ContactPoints.Places;

namespace Halsoportal.Content.Tests.ContactPoints.Places;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Shipped = Gazetteer.Default;

    // Small made-up gazetteers for the cases the shipped data does not have: a name with and
    // without å/ä/ö, and a name in several kommuner.
    private static readonly Gazetteer Twins = Csv(
        "Habo,0643,57.9119,14.0744,1",
        "Håbo,0305,59.5682,17.5294,1",
        "Vasby,0114,59.5180,17.9110,1",
        "Väsby,0115,59.5200,18.0800,1",
        "Valla,2281,62.3907,17.1658,1",
        "Valla,0680,57.7000,14.2000,1",
        "Valla,0685,57.4000,15.1000,1",
        "Vallby,0686,57.6500,15.0000,1");

    [Theory]
    [InlineData("Sundsvall", "Sundsvall", "2281")]
    [InlineData("sundsvall", "Sundsvall", "2281")]
    [InlineData("  KVISSLEBY ", "Kvissleby", "2281")]
    [InlineData("Örnsköldsvik", "Örnsköldsvik", "2284")]
    [InlineData("ornskoldsvik", "Örnsköldsvik", "2284")]
    [InlineData("harnosand", "Härnösand", "2280")]
    [InlineData("Granna", "Gränna", "0680")]
    [InlineData("ange", "Ånge", "2260")]
    [InlineData("jonkoping", "Jönköping", "0680")]
    [InlineData("Njurundabommen", "Njurundabommen", "2281")]
    [InlineData("Gustav Adolf", "Gustav Adolf", "0643")]
    [InlineData("gustav-adolf", "Gustav Adolf", "0643")]
    [InlineData("gustav   adolf", "Gustav Adolf", "0643")]
    public void Find_NameAsTypedOnAPhone_Matches(string query, string name, string kommunCode)
    {
        var lookup = Shipped.Find(query);
        Assert.NotNull(lookup.Match);
        Assert.Equal(name, lookup.Match.Name);
        Assert.Equal(kommunCode, lookup.Match.KommunCode);
        Assert.Empty(lookup.Suggestions);
        Assert.Equal(query.Trim(), lookup.Query);
    }

    [Theory]
    [InlineData("Sundsvalls kommun", "Sundsvall")]
    [InlineData("Sundsvall kommun", "Sundsvall")]
    [InlineData("Timrå kommun", "Timrå")]
    [InlineData("Örnsköldsvik, kommun", "Örnsköldsvik")]
    [InlineData("ornskoldsviks kommun", "Örnsköldsvik")]
    [InlineData("Jönköpings kommun", "Jönköping")]
    [InlineData("Husums kommun", "Husum")]
    public void Find_TrailingKommun_IsIgnored(string query, string name)
    {
        Assert.Equal(name, Shipped.Find(query).Match?.Name);
    }

    [Theory]
    [InlineData("Habo", "Habo")]
    [InlineData("habo", "Habo")]
    [InlineData("Håbo", "Håbo")]
    [InlineData("HÅBO", "Håbo")]
    [InlineData("Vasby", "Vasby")]
    [InlineData("Väsby", "Väsby")]
    public void Find_NamesWithAndWithoutSwedishLetters_PrefersTheExactSpelling(string query, string name)
    {
        Assert.Equal(name, Twins.Find(query).Match?.Name);
    }

    [Fact]
    public void Find_FoldsToTwoNamesButMatchesNeitherExactly_SuggestsBoth()
    {
        var lookup = Twins.Find("Våsby");
        Assert.Null(lookup.Match);
        Assert.Equal(["Vasby", "Väsby"], lookup.Suggestions.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Valla")]
    [InlineData("valla")]
    [InlineData("Valla kommun")]
    public void Find_NameInSeveralKommuner_SuggestsEachWithItsKommun(string query)
    {
        var lookup = Twins.Find(query, maxSuggestions: 1);
        Assert.Null(lookup.Match);
        Assert.Equal(3, lookup.Suggestions.Count);
        Assert.All(lookup.Suggestions, p => Assert.Equal("Valla", p.Name));
        Assert.Equal(["0680", "0685", "2281"], lookup.Suggestions.Select(p => p.KommunCode));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" - ")]
    public void Find_NothingTyped_FindsNothing(string? query)
    {
        var lookup = Shipped.Find(query);
        Assert.Equal(query?.Trim() ?? string.Empty, lookup.Query);
        Assert.Null(lookup.Match);
        Assert.Empty(lookup.Suggestions);
    }

    [Fact]
    public void Find_StartOfAName_SuggestsNamesStartingWithItFirst()
    {
        var lookup = Shipped.Find("Sunds");
        Assert.Null(lookup.Match);

        // Names that start with the query come first; "Lunde" is two slips from "sunds".
        Assert.Equal(["Sundsbruk", "Sundsvall", "Lunde"], lookup.Suggestions.Select(p => p.Name));
    }

    [Fact]
    public void Find_StartOfManyNames_SuggestsTheFirstInSwedishOrder()
    {
        var lookup = Shipped.Find("bo");
        Assert.Null(lookup.Match);
        Assert.Equal(["Bodafors", "Bollstabruk", "Bor", "Borås", "Bottnaryd"], lookup.Suggestions.Select(p => p.Name));
    }

    [Fact]
    public void Find_StartOfANameWithoutSwedishLetters_SuggestsTheName()
    {
        Assert.Equal("Örnsköldsvik", Assert.Single(Shipped.Find("ornsk").Suggestions).Name);
    }

    [Theory]
    [InlineData("Sundvsall", "Sundsvall")]
    [InlineData("Kvisleby", "Kvissleby")]
    [InlineData("Örnsköldvik", "Örnsköldsvik")]
    [InlineData("ornskoldvik", "Örnsköldsvik")]
    [InlineData("Jönkping", "Jönköping")]
    [InlineData("Huskvana", "Huskvarna")]
    [InlineData("Hsum", "Husum")]
    [InlineData("Njurundabomen", "Njurundabommen")]
    public void Find_Typo_SuggestsTheNearestName(string query, string name)
    {
        var lookup = Shipped.Find(query);
        Assert.Null(lookup.Match);
        Assert.Equal(name, lookup.Suggestions[0].Name);
    }

    [Fact]
    public void Find_StartOfSeveralNames_SuggestsEachPlaceInSwedishOrder()
    {
        Assert.Equal(["Valla", "Valla", "Valla", "Vallby"], Twins.Find("Vall").Suggestions.Select(p => p.Name));

        // Folded, "hab" starts both "Habo" and "Håbo"; a sorts before å.
        Assert.Equal(["Habo", "Håbo"], Twins.Find("hab").Suggestions.Select(p => p.Name));
    }

    [Fact]
    public void Find_SeveralTypos_NearestFirstThenSwedishOrder()
    {
        var gazetteer = Csv(
            "Abcdefxy,2280,62.6000,17.9000,1",
            "Xbcdefgh,2281,62.4000,17.3000,1",
            "Abcdefgx,2284,63.3000,18.7000,1",
            "Abcxyzgh,2283,63.1000,17.2000,1");

        // Eight letters allow two slips: one slip away come first, alphabetically; three away is out.
        Assert.Equal(["Abcdefgx", "Xbcdefgh", "Abcdefxy"], gazetteer.Find("abcdefgh").Suggestions.Select(p => p.Name));
    }

    [Fact]
    public void Find_NothingClose_SuggestsNothing()
    {
        var lookup = Shipped.Find("Xyzzyplugh");
        Assert.Null(lookup.Match);
        Assert.Empty(lookup.Suggestions);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Find_MaxSuggestions_IsRespected(int max)
    {
        Assert.Equal(max, Shipped.Find("s", max).Suggestions.Count);
    }

    [Fact]
    public void Find_NegativeMaxSuggestions_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Shipped.Find("Sundsvall", -1));
    }

    [Fact]
    public void Find_FromManyThreadsAtOnce_GivesTheSameAnswers()
    {
        var queries = new[] { "ornskoldsvik", "Sunds", "Kvisleby", "Granna", "", "Valla" };
        var expected = queries.Select(q => Shipped.Find(q)).ToArray();
        Parallel.For(0, 400, i =>
        {
            var q = i % queries.Length;
            var actual = Shipped.Find(queries[q]);
            Assert.Equal(expected[q].Match, actual.Match);
            Assert.Equal(expected[q].Suggestions, actual.Suggestions);
        });
    }

    [Fact]
    public void InKommun_Timra_ListsItsPlacesInSwedishOrder()
    {
        var names = Shipped.InKommun("2262").Select(p => p.Name).ToList();
        Assert.Equal(["Bergeforsen", "Laggarberg", "Stavreviken", "Söråker", "Timrå"], names);
    }

    [Fact]
    public void InKommun_KommunWithoutPlaces_IsEmpty()
    {
        Assert.Empty(Shipped.InKommun("0114"));
        Assert.Empty(Shipped.InKommun("nope"));
    }

    [Theory]
    [InlineData("2284", "Örnsköldsvik")]
    [InlineData("0680", "Jönköping")]
    [InlineData("2132", "Bergsjö")]
    public void CentralTown_KommunWithPlaces_IsItsCentralort(string code, string name)
    {
        Assert.Equal(name, Shipped.CentralTown(code)?.Name);
    }

    [Fact]
    public void CentralTown_KommunWithoutPlaces_IsNull()
    {
        Assert.Null(Shipped.CentralTown("0114"));
    }

    [Fact]
    public void FromCsv_CommentsAndSpaces_AreAllowed()
    {
        var gazetteer = Gazetteer.FromCsv(new StringReader(
            "# a comment before the header\nname,kommunkod,latitude,longitude,central\n# Sundsvall\n Sundsvall , 2281 , 62.3908 , 17.3069 , 1 \n"));
        var place = Assert.Single(gazetteer.Places);
        Assert.Equal(new Place("Sundsvall", "2281", new GeoPoint(62.3908, 17.3069)), place);
    }

    public static TheoryData<string, string> BrokenRows => new()
    {
        { "Sundsvall,2281,17.3069,62.3908,1", "not in Sweden" },
        { "Sundsvall,281,62.3908,17.3069,1", "four digits" },
        { "Sundsvall,2281,62,3908,17.3069,1", "not in Sweden" },
        { "Sundsvall,2281,62.3908,17.3069,yes", "1 or 0" },
        { "Sundsvall,2281,sextiotvå,17.3069,1", "decimal degrees" },
        { ",2281,62.3908,17.3069,1", "no name" },
        { "Sundsvall,2281,62.3908,17.3069,1\nSundsvall,2281,62.3908,17.3069,0", "more than once" },
        { "Sundsvall,2281,62.3908,17.3069,1\nMatfors,2281,62.3477,17.0260,1", "2 central towns" },
        { "Matfors,2281,62.3477,17.0260,0", "0 central towns" },
    };

    [Theory]
    [MemberData(nameof(BrokenRows))]
    public void FromCsv_BrokenRow_ThrowsSayingWhy(string rows, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => Gazetteer.FromCsv(new StringReader("name,kommunkod,latitude,longitude,central\n" + rows)));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCsv_WrongHeader_Throws()
    {
        var error = Assert.Throws<InvalidDataException>(() => Gazetteer.FromCsv(new StringReader("ort,lat,lon\nSundsvall,62.39,17.31\n")));
        Assert.Contains("name,kommunkod,latitude,longitude,central", error.Message, StringComparison.Ordinal);
    }

    private static Gazetteer Csv(params string[] rows) =>
        Gazetteer.FromCsv(new StringReader("name,kommunkod,latitude,longitude,central\n" + string.Join('\n', rows)));
}
