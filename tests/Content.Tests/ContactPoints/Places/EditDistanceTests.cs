using Halsoportal.Content.ContactPoints.Places;

namespace Halsoportal.Content.Tests.ContactPoints.Places;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("sundsvall", "sundsvall", 0)]
    [InlineData("sundsvall", "sundvsall", 1)] // two neighbours swapped
    [InlineData("kvissleby", "kvisleby", 1)] // a letter left out
    [InlineData("granna", "grannna", 1)] // a letter doubled
    [InlineData("husum", "hisum", 1)] // a neighbouring key
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("ca", "abc", 3)] // optimal string alignment: a swapped pair is not edited again
    public void Damerau_KnownPairs_CountsSlips(string source, string target, int expected)
    {
        Assert.Equal(expected, EditDistance.Damerau(source, target, 10));
        Assert.Equal(expected, EditDistance.Damerau(target, source, 10));
    }

    [Theory]
    [InlineData("sundsvall", "jonkoping", 2)]
    [InlineData("a", "abcdef", 2)]
    public void Damerau_BeyondMax_ReturnsMaxPlusOne(string source, string target, int max)
    {
        Assert.Equal(max + 1, EditDistance.Damerau(source, target, max));
    }
}
