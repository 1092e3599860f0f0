using Halsoportal.Content.ContactPoints.Places;
using Halsoportal.Content.Kommuner;

namespace Halsoportal.Content.Tests.ContactPoints.Places;

/// <summary>The shipped orter.csv: complete for the two demo regions and plausible on a map.</summary>
public sealed class GazetteerDataTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Default;

    private static readonly Dictionary<string, Kommun> Kommuner =
        KommunCatalog.Load().SelectMany(r => r.Kommuner).ToDictionary(k => k.Code, StringComparer.Ordinal);

    public static TheoryData<string> DemoKommuner => new()
    {
        "2260", "2262", "2280", "2281", "2282", "2283", "2284",
        "0604", "0617", "0642", "0643", "0662", "0665", "0680", "0682", "0683", "0684", "0685", "0686", "0687",
    };

    [Fact]
    public void Default_EmbeddedCsv_LoadsAtLeast200Places()
    {
        Assert.True(Gazetteer.Places.Count >= 200, $"{Gazetteer.Places.Count} places");
        Assert.Same(Gazetteer, Gazetteer.Default);
    }

    [Theory]
    [MemberData(nameof(DemoKommuner))]
    public void InKommun_DemoKommun_HasFivePlacesAndItsCentralTown(string code)
    {
        var places = Gazetteer.InKommun(code);
        Assert.True(places.Count >= 5, $"{Kommuner[code].Name} has {places.Count} places");
        Assert.All(places, p => Assert.Equal(code, p.KommunCode));

        var central = Gazetteer.CentralTown(code);
        Assert.NotNull(central);
        Assert.Contains(central, places);
        Assert.Equal(Kommuner[code].Name, central.Name);
    }

    [Fact]
    public void Places_EveryKommunCode_IsAKommunWithACentralTownInIt()
    {
        Assert.All(Gazetteer.Places, p =>
        {
            Assert.True(Kommuner.ContainsKey(p.KommunCode), $"{p.Name}: {p.KommunCode}");
            Assert.Contains(Gazetteer.CentralTown(p.KommunCode)!, Gazetteer.InKommun(p.KommunCode));
        });
    }

    [Fact]
    public void Places_EveryCoordinate_IsInSweden()
    {
        Assert.All(Gazetteer.Places, p => Assert.True(p.Point.IsInSweden(), $"{p.Name} {p.Point}"));
    }

    /// <summary>
    /// A slip in a digit moves a place by tens of kilometres and usually out of its kommun. The
    /// largest kommun here, Sollefteå, reaches about 61 km from its central town (Junsele).
    /// </summary>
    [Fact]
    public void Places_EachPlace_LiesWithin70KmOfItsCentralTown()
    {
        Assert.All(Gazetteer.Places, p =>
        {
            var central = Gazetteer.CentralTown(p.KommunCode)!;
            Assert.True(p.Point.DistanceKm(central.Point) <= 70, $"{p.Name} is {p.Point.DistanceKm(central.Point):F0} km from {central.Name}");
        });
    }

    // As the crow flies, from the town centres: Härnösand lies 42 km up the coast from Sundsvall,
    // Huskvarna 8 km east of Jönköping across the southern tip of Vättern, and Sundsvall 541 km
    // north-north-east of Jönköping (512 km of latitude, 175 km of longitude).
    [Theory]
    [InlineData("Sundsvall", "Härnösand", 42, 5)]
    [InlineData("Jönköping", "Huskvarna", 8, 2)]
    [InlineData("Jönköping", "Sundsvall", 541, 10)]
    [InlineData("Örnsköldsvik", "Umeå", 97, 8)]
    [InlineData("Vetlanda", "Eksjö", 28, 5)]
    public void DistanceKm_BetweenKnownTowns_IsAsOnTheMap(string from, string to, double km, double tolerance)
    {
        var a = Gazetteer.Find(from).Match!;
        var b = Gazetteer.Find(to).Match!;
        Assert.InRange(a.Point.DistanceKm(b.Point), km - tolerance, km + tolerance);
    }
}
