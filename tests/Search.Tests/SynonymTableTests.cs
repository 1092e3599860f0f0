namespace Halsoportal.Search.Tests;

public sealed class SynonymTableTests
{
    private static readonly SynonymTable Table = new(
    [
        new SynonymGroup(["BVC", "barnavårdscentral"]),
        new SynonymGroup(["FaR", "fysisk aktivitet på recept"]),
        new SynonymGroup(["fysisk aktivitet", "motion"]),
    ]);

    private static (int Length, IReadOnlyList<string[]> Alternatives) Match(string typed, int start = 0)
    {
        var words = typed.Split(' ');
        return Table.Match([.. words.Select(w => w.ToLowerInvariant())], words, start);
    }

    [Theory]
    [InlineData("bvc")]
    [InlineData("BVC")]
    [InlineData("Bvc")]
    public void Match_CapitalAbbreviation_MatchesAnyCase(string typed)
    {
        var (length, alternatives) = Match(typed);

        Assert.Equal(1, length);
        Assert.Equal(["barnavårdscentral"], Assert.Single(alternatives));
    }

    [Theory]
    [InlineData("FaR", 1)]
    [InlineData("FAR", 1)]
    [InlineData("far", 0)]
    [InlineData("Far", 0)]
    public void Match_MixedCaseAbbreviation_MatchesOnlyAsWritten(string typed, int expectedLength)
    {
        Assert.Equal(expectedLength, Match(typed).Length);
    }

    [Fact]
    public void Match_Phrase_PrefersLongestExpression()
    {
        var (length, alternatives) = Match("fysisk aktivitet på recept");

        Assert.Equal(4, length);
        Assert.Equal(["far"], Assert.Single(alternatives));
    }

    [Fact]
    public void Match_ShorterPhrase_MatchesItsGroup()
    {
        var (length, alternatives) = Match("fysisk aktivitet för äldre");

        Assert.Equal(2, length);
        Assert.Equal(["motion"], Assert.Single(alternatives));
    }

    [Fact]
    public void Match_Alternative_ExpandsBackToTheAbbreviation()
    {
        Assert.Equal(["bvc"], Assert.Single(Match("barnavårdscentral").Alternatives));
    }

    [Fact]
    public void Match_TypedWithoutSwedishLetters_MatchesAndKeepsTheRealWord()
    {
        var (length, alternatives) = Match("barnavardscentral");

        Assert.Equal(1, length);
        Assert.Contains(alternatives, a => a.SequenceEqual(["barnavårdscentral"]));
        Assert.Contains(alternatives, a => a.SequenceEqual(["bvc"]));
    }

    [Fact]
    public void Match_NoExpression_ReturnsZero()
    {
        Assert.Equal(0, Match("sömn").Length);
    }

    [Fact]
    public void Constructor_EmptyAndOddGroups_AreSkipped()
    {
        var table = new SynonymTable([new SynonymGroup([]), new SynonymGroup(["", "  "]), new SynonymGroup(["ensam"]), new SynonymGroup(["!!!", "?"])]);

        Assert.Equal(0, table.Match(["ensam"], ["ensam"], 0).Length);
    }

    [Fact]
    public void DefaultSource_HasTheIssuesAbbreviations()
    {
        var groups = new DefaultSynonymSource().GetGroups();

        foreach (var abbreviation in new[] { "bvc", "umo", "vc", "far", "mvc" })
        {
            Assert.Contains(groups, g => g.Expressions.Any(e => string.Equals(e, abbreviation, StringComparison.OrdinalIgnoreCase)));
        }
    }

    [Fact]
    public void Parse_Lines_SplitsOnCommas()
    {
        var groups = DefaultSynonymSource.Parse(["a, b ,c", "ensam"]);

        Assert.Equal(["a", "b", "c"], Assert.Single(groups).Expressions);
    }
}
