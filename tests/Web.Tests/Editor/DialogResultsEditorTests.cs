using System.Net;
using System.Text.Json;
using Halsoportal.Content.Accounts;
using Halsoportal.Web.Tests.Dialog;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>Editors' results and exports of a survey, and the preview: scoped to the kommun, suppressed like the public page.</summary>
public sealed class DialogResultsEditorTests(DialogSite site) : IClassFixture<DialogSite>
{
    private const string Sundsvall = "2281";

    [Fact]
    public async Task Results_AfterClose_EveryQuestionWithSuppression_AndCsvAndJsonWithoutSmallGroups()
    {
        var survey = await site.CreateAsync(s =>
        {
            s.ClosesAt = DialogSite.Now.UtcDateTime.AddMinutes(2);
            s.Questions.Single(q => q.Text == SampleSurvey.Ranking).PublishedInResults = false;
        });
        await site.AnswerAsync(survey, ("20–64 år", 9), ("65 år eller äldre", 6), ("Under 20 år", 3));
        using var editor = await EditorClient.SignInAsync(site.Site, EditorRole.Editor, kommunCode: Sundsvall);
        var url = $"/redaktor/dialoger/{survey.Id}/resultat";

        var (_, before) = await editor.GetDocumentAsync(url);
        Assert.Contains("när enkäten har stängt", before.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        site.Clock.Advance(TimeSpan.FromMinutes(3));
        var (response, page) = await editor.GetDocumentAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headings = page.QuerySelectorAll("section.result h2").Select(h => h.TextContent).ToList();
        Assert.Contains(SampleSurvey.Ranking, headings); // editors see the unpublished question too
        Assert.Contains("18 personer svarade", page.QuerySelector(".results-intro")!.TextContent, StringComparison.Ordinal);

        var ageId = survey.Questions.Single(q => q.Text == SampleSurvey.Age).Id;
        var csv = await editor.Http.GetStringAsync($"{url}?format=csv&uppdelning={ageId}");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("fråga_nr;fråga;grupp;rad;svar;antal;dold;svarande;snitt", lines[0]);
        var safetyUnder20 = lines.Where(l => l.StartsWith("4;", StringComparison.Ordinal) && l.Contains(";Under 20 år;", StringComparison.Ordinal)).ToList();
        Assert.Equal(["4;" + SampleSurvey.Safety + ";Under 20 år;;;;ja;;"], safetyUnder20);
        Assert.DoesNotContain(lines, l => l.Contains(";Under 20 år;", StringComparison.Ordinal) && l.Contains(";nej;", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(await editor.Http.GetStringAsync($"{url}?format=json"));
        var results = json.RootElement.GetProperty("results");
        Assert.Equal(18, results.GetProperty("respondents").GetInt32());
        Assert.Equal(6, results.GetProperty("questions").GetArrayLength());
    }

    [Fact]
    public async Task ResultsAndPreview_OfAnotherKommunsSurvey_AreNotFound()
    {
        var survey = await site.CreateAsync();
        using var jonkoping = await EditorClient.SignInAsync(site.Site, EditorRole.Editor, kommunCode: "0680");

        var (results, _) = await jonkoping.GetDocumentAsync($"/redaktor/dialoger/{survey.Id}/resultat?format=csv");
        var (preview, _) = await jonkoping.GetDocumentAsync($"/redaktor/dialoger/{survey.Id}/forhandsgranska");

        Assert.Equal(HttpStatusCode.NotFound, results.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, preview.StatusCode);
    }

    [Fact]
    public async Task Preview_BeforeOpening_ShowsEveryQuestionAsParticipantsWillWithConditionsSpelledOut()
    {
        var survey = await site.CreateAsync(s => (s.OpensAt, s.ClosesAt) = (DialogSite.Now.UtcDateTime.AddDays(3), DialogSite.Now.UtcDateTime.AddDays(10)));
        using var editor = await EditorClient.SignInAsync(site.Site, EditorRole.Editor, kommunCode: Sundsvall);

        var (response, page) = await editor.GetDocumentAsync($"/redaktor/dialoger/{survey.Id}/forhandsgranska");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(survey.Questions.Count, page.QuerySelectorAll(".preview-question").Length);
        Assert.Contains("Visas bara för den som har svarat ”Cyklar” på fråga 2", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Före det syns den inte för allmänheten", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("h1"));
        var matrix = survey.Questions.Single(q => q.Text == SampleSurvey.Places);
        Assert.Equal(matrix.Options.Count * 4, page.QuerySelectorAll($"input[type=radio][name^='q{matrix.Id}-r']").Length);
    }
}
