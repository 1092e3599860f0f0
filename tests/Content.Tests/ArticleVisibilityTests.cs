using Halsoportal.Content.Articles;
using Halsoportal.Testing;

namespace Halsoportal.Content.Tests;

/// <summary>What a kommun page may show: the rule is the same expression EF translates to SQL.</summary>
public sealed class ArticleVisibilityTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Kommuner.Kommun Sundsvall = new KommunBuilder().Build();
    private static readonly Kommuner.Kommun Timra = new KommunBuilder().WithCode("2262").WithName("Timrå").Build();
    private static readonly Kommuner.Kommun Jonkoping = new KommunBuilder().WithCode("0680").WithName("Jönköping").InRegion("06").Build();

    private static readonly Article National = new ArticleBuilder().WithTitle("Nationell").National().Build();
    private static readonly Article Vasternorrland = new ArticleBuilder().WithTitle("Västernorrland").ForRegion("22").Build();
    private static readonly Article JonkopingsLan = new ArticleBuilder().WithTitle("Jönköpings län").ForRegion("06").Build();
    private static readonly Article SundsvallLocal = new ArticleBuilder().WithTitle("Sundsvall lokalt").ForKommuner(Sundsvall).Build();
    private static readonly Article TimraLocal = new ArticleBuilder().WithTitle("Timrå lokalt").ForKommuner(Timra).Build();
    private static readonly Article Shared = new ArticleBuilder().WithTitle("Delad").ForKommuner(Timra, Jonkoping).Build();
    private static readonly Article[] All = [National, Vasternorrland, JonkopingsLan, SundsvallLocal, TimraLocal, Shared];

    private static List<string> VisibleIn(Kommuner.Kommun kommun) =>
        [.. All.Where(ArticleVisibility.IsVisibleIn(kommun.Code, kommun.RegionCode).Compile()).Select(a => a.Slug)];

    [Fact]
    public void IsVisibleIn_Kommun_ShowsOwnRegionalAndNational()
    {
        Assert.Equal(["nationell", "vasternorrland", "sundsvall-lokalt"], VisibleIn(Sundsvall));
    }

    [Fact]
    public void IsVisibleIn_NeighbourKommun_DoesNotShowOtherKommunsLocalContent()
    {
        Assert.Equal(["nationell", "vasternorrland", "timra-lokalt", "delad"], VisibleIn(Timra));
    }

    [Fact]
    public void IsVisibleIn_OtherRegion_ShowsItsOwnRegionOnly()
    {
        Assert.Equal(["nationell", "jonkopings-lan", "delad"], VisibleIn(Jonkoping));
    }

    [Fact]
    public void IsVisibleWithoutKommun_ShowsNationalAndRegionalButNoLocal()
    {
        var visible = All.Where(ArticleVisibility.IsVisibleWithoutKommun().Compile()).Select(a => a.Slug);
        Assert.Equal(["nationell", "vasternorrland", "jonkopings-lan"], visible);
    }

    [Fact]
    public void IsPublished_DraftsAndFuturePublications_AreHidden()
    {
        var draft = new ArticleBuilder().Draft().Build();
        var scheduled = new ArticleBuilder().Published(Now.AddMinutes(1)).Build();
        var published = new ArticleBuilder().Published(Now.AddMinutes(-1)).Build();
        var isPublished = ArticleVisibility.IsPublished(Now).Compile();

        Assert.False(isPublished(draft));
        Assert.False(isPublished(scheduled));
        Assert.True(isPublished(published));
    }
}
