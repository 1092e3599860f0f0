using Halsoportal.Content.Kommuner;

namespace Halsoportal.Content.Tests;

public sealed class KommunCatalogTests
{
    private static readonly IReadOnlyList<Region> Regions = KommunCatalog.Load();
    private static readonly List<Kommun> Kommuner = [.. Regions.SelectMany(r => r.Kommuner)];

    [Fact]
    public void Load_AllOfSweden_Has290KommunerIn21Regions()
    {
        Assert.Equal(21, Regions.Count);
        Assert.Equal(290, Kommuner.Count);
        Assert.Equal(290, Kommuner.Select(k => k.Code).Distinct().Count());
    }

    [Fact]
    public void Load_Slugs_AreUniqueAndUrlSafe()
    {
        Assert.Equal(Kommuner.Count, Kommuner.Select(k => k.Slug).Distinct().Count());
        Assert.All(Kommuner, k => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", k.Slug));
        Assert.DoesNotContain(Kommuner, k => Slugs.Slug.Reserved.Contains(k.Slug));
    }

    [Theory]
    [InlineData("2284", "ornskoldsvik")]
    [InlineData("0680", "jonkoping")]
    [InlineData("0114", "upplands-vasby")]
    [InlineData("0139", "upplands-bro")]
    [InlineData("0643", "habo")]
    [InlineData("0305", "haabo")]
    public void Load_KnownKommun_HasStableSlug(string code, string slug) =>
        Assert.Equal(slug, Kommuner.Single(k => k.Code == code).Slug);

    [Theory]
    [InlineData("22", "Västernorrlands län", "Region Västernorrland", 7)]
    [InlineData("06", "Jönköpings län", "Region Jönköpings län", 13)]
    public void Load_DemoRegions_HaveTheirKommuner(string code, string name, string organisation, int count)
    {
        var region = Regions.Single(r => r.Code == code);
        Assert.Equal(name, region.Name);
        Assert.Equal(organisation, region.OrganisationName);
        Assert.Equal(count, region.Kommuner.Count);
        Assert.All(region.Kommuner, k => Assert.Same(region, k.Region));
    }
}
