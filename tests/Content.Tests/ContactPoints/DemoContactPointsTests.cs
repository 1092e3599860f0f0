using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.ContactPoints.Hours;
using Halsoportal.Content.Demo;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Taxonomy;

namespace Halsoportal.Content.Tests.ContactPoints;

/// <summary>The demo contact points are enough, valid, spread over every demo kommun and varied where the finder needs it.</summary>
public sealed class DemoContactPointsTests
{
    private static readonly List<Kommun> Kommuner = [.. KommunCatalog.Load().SelectMany(r => r.Kommuner)];
    private static readonly List<TaxonomyTerm> Terms = [.. DefaultTaxonomy.Terms];
    private static readonly List<ContactPoint> Points = DemoContactPoints.Build(Kommuner, Terms, new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc));
    private static readonly List<(ContactPoint Point, ContactPointDraft Draft)> Drafts = [.. Points.Select(p => (p, p.Published!))];

    [Fact]
    public void Build_EveryDemoKommun_HasAtLeastThreePointsAndTheSetAtLeast80()
    {
        Assert.True(Points.Count >= 80, $"{Points.Count} contact points");
        foreach (var kommun in Kommuner.Where(k => k.RegionCode is "22" or "06"))
        {
            Assert.True(Points.Count(p => p.KommunCode == kommun.Code) >= 3, $"{kommun.Name} has fewer than three contact points");
        }
    }

    [Fact]
    public void Build_SlugsAreUniquePerKommunAndEveryTypeIsUsed()
    {
        Assert.All(Points.GroupBy(p => p.KommunCode), g => Assert.Equal(g.Count(), g.Select(p => p.Slug).Distinct().Count()));
        foreach (var type in Terms.Where(t => t.Kind == TaxonomyKind.ContactPointType))
        {
            Assert.Contains(Points, p => p.Type == type.Slug);
        }
    }

    [Fact]
    public void Build_TheEveningBeforeMidsommarafton_SomeStepFreePremisesWithHearingLoopAreOpenAndTomorrowDiffers()
    {
        var evening = new DateTimeOffset(2027, 6, 24, 17, 55, 0, TimeSpan.FromHours(2));
        var open = Drafts.Where(d => OpeningHoursCalculator.StatusAt(d.Draft.Hours, SessionKind.Visiting, evening).IsOpen).ToList();

        Assert.True(open.Count >= 10, $"{open.Count} open at 17.55");
        Assert.True(open.Count(d => d.Draft.Accessibility is { StepFreeEntrance: true, HearingLoop: true }) >= 5);
        Assert.Contains(open, d => OpeningHoursCalculator.StatusAt(d.Draft.Hours, SessionKind.Visiting, evening).ClosesSoon);
        Assert.All(open, d => Assert.Equal("Midsommarafton", OpeningHoursCalculator.ScheduleFor(d.Draft.Hours, SessionKind.Visiting, new DateOnly(2027, 6, 25)).Deviation ?? "Midsommarafton"));
        Assert.Contains(open, d => OpeningHoursCalculator.ScheduleFor(d.Draft.Hours, SessionKind.Visiting, new DateOnly(2027, 6, 25)).Deviation == "Midsommarafton");
    }

    [Fact]
    public void Build_SomeHoursAreUnconfirmedFor90DaysAndNoPhoneNumberCouldBeReal()
    {
        var today = new DateOnly(2026, 11, 23);
        Assert.Contains(Drafts, d => d.Draft.HoursConfirmedOn < today.AddDays(-90));
        Assert.All(Drafts.Where(d => d.Draft.Phone is not null), d => Assert.Contains("-99 99 ", d.Draft.Phone!, StringComparison.Ordinal));
        Assert.All(Drafts.Where(d => d.Draft.Email is not null), d => Assert.EndsWith("@example.se", d.Draft.Email!, StringComparison.Ordinal));
    }
}
