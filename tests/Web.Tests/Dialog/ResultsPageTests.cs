using System.Net;
using Halsoportal.Dialog.Surveys;

namespace Halsoportal.Web.Tests.Dialog;

/// <summary>The public results page: not before publication, then charts with tables, and small groups never shown.</summary>
public sealed class ResultsPageTests(DialogSite site) : IClassFixture<DialogSite>
{
    [Fact]
    public async Task Results_BeforeClose_AreNotShown_AfterClose_ChartsTablesAndSuppressedSmallGroups()
    {
        // Closes in two minutes: the clock is moved past it (moving it days would run every periodic timer of the app that many times).
        var survey = await site.CreateAsync(s => s.ClosesAt = DialogSite.Now.UtcDateTime.AddMinutes(2));
        await site.AnswerAsync(survey, ("20–64 år", 9), ("65 år eller äldre", 6), ("Under 20 år", 3));
        var url = $"/sundsvall/dialog/{survey.Slug}/resultat";

        var before = await Html.GetOkAsync(site.Client, url);
        Assert.Contains("Resultatet publiceras", before.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(before.QuerySelector("table"));

        site.Clock.Advance(TimeSpan.FromMinutes(3));
        var page = await Html.GetOkAsync(site.Client, url);

        Assert.Contains("18 personer svarade", page.QuerySelector(".results-intro")!.TextContent, StringComparison.Ordinal);
        var safety = page.QuerySelectorAll("section.result").Single(s => s.QuerySelector("h2")!.TextContent == SampleSurvey.Safety);
        Assert.StartsWith("Stapeldiagram", safety.QuerySelector(".bars[role=img]")!.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal(5, safety.QuerySelectorAll("table tbody tr").Length);
        Assert.Equal(5, safety.QuerySelectorAll(".bars svg").Length);

        // Broken down by age: the group of three is hidden, and so is the next smallest, so that
        // "total minus the visible groups" cannot tell the three apart either.
        var ageId = survey.Questions.Single(q => q.Text == SampleSurvey.Age).Id;
        var broken = await Html.GetOkAsync(site.Client, $"{url}?uppdelning={ageId}");
        var groups = broken.QuerySelectorAll("section.result").Single(s => s.QuerySelector("h2")!.TextContent == SampleSurvey.Safety)
            .QuerySelectorAll("table")[^1].QuerySelectorAll("tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent);
        Assert.Equal("färre än 5", groups["Under 20 år"]);
        Assert.Equal("färre än 5", groups["65 år eller äldre"]);
        Assert.Equal("9", groups["20–64 år"]);

        // Nine wrote free text; the texts are listed, never per group.
        var cycling = broken.QuerySelectorAll("section.result").Single(s => s.QuerySelector("h2")!.TextContent == SampleSurvey.Cycling);
        Assert.Equal(9, cycling.QuerySelectorAll(".free-texts li").Length);
        Assert.Empty(cycling.QuerySelectorAll("table"));
    }

    [Fact]
    public async Task Results_WithAnUnknownBreakdown_ShowTheWholeInsteadOfAnError()
    {
        var survey = await site.CreateAsync(s => (s.OpensAt, s.ClosesAt) = (DialogSite.Now.UtcDateTime.AddHours(-2), DialogSite.Now.UtcDateTime.AddHours(-1)));

        var (response, page) = await Html.GetAsync(site.Client, $"/sundsvall/dialog/{survey.Slug}/resultat?uppdelning=999999");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Färre än 5 personer svarade", page.QuerySelector(".results-intro")!.TextContent, StringComparison.Ordinal);
    }
}
