using System.Net;
using System.Text.Json;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Tests.Dialog;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Api;

/// <summary>
/// <c>/api/v1/dialogs</c> on a fixed clock: only dialogs that have opened, the stage filter, the återkoppling timeline,
/// and results only once published, with exactly the results page's small-group suppression.
/// </summary>
public sealed class DialogsApiTests(DialogSite site) : IClassFixture<DialogSite>
{
    private HttpClient Client => site.Client;

    private DateTime Now => site.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task List_HasOpenedDialogsOnly_FilteredByStageAndMunicipality()
    {
        var open = await site.CreateAsync();
        var future = await site.CreateAsync(s => (s.OpensAt, s.ClosesAt) = (Now.AddDays(1), Now.AddDays(8)));
        var decided = await site.CreateAsync(s =>
        {
            (s.OpensAt, s.ClosesAt) = (Now.AddDays(-30), Now.AddDays(-20));
            s.Timeline = [new SurveyStatusEntry { Stage = SurveyStage.Decided, Date = new DateOnly(2027, 3, 1), Title = "Beslut i nämnden", Text = "Fler lampor längs Södra stadsberget." }];
        });

        var all = Ids(await Client.GetAllAsync("/api/v1/dialogs"));
        var openOnes = Ids(await Client.GetAllAsync("/api/v1/dialogs?stage=open"));
        var decidedOrDone = Ids(await Client.GetAllAsync("/api/v1/dialogs?stage=decided,done&municipality=sundsvall"));
        var elsewhere = Ids(await Client.GetAllAsync("/api/v1/dialogs?municipality=jonkoping"));

        Assert.Contains(open.Id, all);
        Assert.Contains(decided.Id, all);
        Assert.DoesNotContain(future.Id, all);
        Assert.Contains(open.Id, openOnes);
        Assert.DoesNotContain(decided.Id, openOnes);
        Assert.Equal(new[] { decided.Id }, decidedOrDone.Intersect(new[] { open.Id, decided.Id, future.Id }));
        Assert.Empty(elsewhere.Intersect(new[] { open.Id, decided.Id, future.Id }));
        await Client.GetProblemAsync($"/api/v1/dialogs/{future.Id}", HttpStatusCode.NotFound);
        await Client.GetProblemAsync($"/api/v1/dialogs/{future.Id}/results", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_GivesPurposeWhoMayAnswerInstantsStageTimelineAndUrls()
    {
        var survey = await site.CreateAsync(s => s.Mode = ParticipationMode.Invitation);
        await using (var scope = site.Site.Services.CreateAsyncScope())
        {
            var entry = new SurveyStatusEntry { Stage = SurveyStage.Open, Date = new DateOnly(2027, 3, 10), Title = "Dialogen öppnar", Text = "Svara senast om en vecka." };
            await scope.ServiceProvider.GetRequiredService<SurveyService>().AddStatusEntryAsync(survey.Id, entry, CancellationToken.None);
        }

        var dialog = await Client.GetJsonAsync($"/api/v1/dialogs/{survey.Id}");

        Assert.Equal(survey.Purpose, dialog.Str("purpose"));
        Assert.Equal("invitation", dialog.Str("participation"));
        Assert.StartsWith("Du som har fått en kod", dialog.Str("whoMayAnswer"), StringComparison.Ordinal);
        Assert.Equal("open", dialog.Str("stage"));
        Assert.Equal("Öppen", dialog.Str("stageName"));
        Assert.EndsWith("+01:00", dialog.Str("opensAt"), StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(DateTime.SpecifyKind(survey.ClosesAt, DateTimeKind.Utc)), dialog.GetProperty("closesAt").GetDateTimeOffset());
        Assert.Equal($"/sundsvall/dialog/{survey.Slug}", dialog.Str("url"));
        Assert.Equal(JsonValueKind.Null, dialog.GetProperty("resultsUrl").ValueKind);
        var step = Assert.Single(dialog.GetProperty("timeline").EnumerateArray());
        Assert.Equal("open", step.Str("stage"));
        Assert.Equal("2027-03-10", step.Str("date"));
        Assert.Equal("2281", dialog.GetProperty("municipalities")[0].Str("code"));
        await Client.GetProblemAsync("/api/v1/dialogs/987654", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Results_BeforeClose404_AfterClose_SuppressSmallGroupsExactlyAsThePage()
    {
        var survey = await site.CreateAsync(s => s.ClosesAt = Now.AddMinutes(2));
        await site.AnswerAsync(survey, ("20–64 år", 9), ("65 år eller äldre", 6), ("Under 20 år", 3));
        var url = $"/api/v1/dialogs/{survey.Id}/results";

        var early = await Client.GetProblemAsync(url, HttpStatusCode.NotFound);
        site.Clock.Advance(TimeSpan.FromMinutes(3));
        var results = await Client.GetJsonAsync(url);
        var age = survey.Questions.Single(q => q.Text == SampleSurvey.Age);
        var broken = await Client.GetJsonAsync($"{url}?breakdown={age.Id}");
        var dialog = await Client.GetJsonAsync($"/api/v1/dialogs/{survey.Id}");

        Assert.Contains("publiceras", early.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(18, results.GetProperty("respondents").GetInt32());
        Assert.Equal(5, results.GetProperty("threshold").GetInt32());
        Assert.Equal($"/sundsvall/dialog/{survey.Slug}/resultat", dialog.Str("resultsUrl"));
        Assert.Equal(url, dialog.Str("resultsApiUrl"));

        // The age question's own counts are group sizes: the three are hidden, and the six with them.
        var ageCells = Question(results, SampleSurvey.Age).GetProperty("overall").GetProperty("rows")[0].GetProperty("cells")
            .EnumerateArray().ToDictionary(c => c.Str("label"), c => c.GetProperty("count"));
        Assert.Equal(JsonValueKind.Null, ageCells["Under 20 år"].ValueKind);
        Assert.Equal(JsonValueKind.Null, ageCells["65 år eller äldre"].ValueKind);
        Assert.Equal(9, ageCells["20–64 år"].GetInt32());

        var groups = Question(broken, SampleSurvey.Safety).GetProperty("groups").EnumerateArray().ToDictionary(g => g.Str("label"));
        Assert.Equal(JsonValueKind.Null, groups["Under 20 år"].GetProperty("respondents").ValueKind);
        Assert.Equal(JsonValueKind.Null, groups["Under 20 år"].GetProperty("tally").ValueKind);
        Assert.Equal(JsonValueKind.Null, groups["65 år eller äldre"].GetProperty("tally").ValueKind);
        Assert.Equal(9, groups["20–64 år"].GetProperty("respondents").GetInt32());

        // Free text as the page shows it (nine wrote some), never per group.
        var cycling = Question(broken, SampleSurvey.Cycling);
        Assert.Equal(9, cycling.GetProperty("freeTexts").GetArrayLength());
        Assert.Empty(cycling.GetProperty("groups").EnumerateArray());
    }

    [Fact]
    public async Task Results_WithFewerRespondentsThanTheThreshold_ShowNoCounts()
    {
        var survey = await site.CreateAsync(s => s.ClosesAt = Now.AddMinutes(1));
        await site.AnswerAsync(survey, ("20–64 år", 4));
        site.Clock.Advance(TimeSpan.FromMinutes(2));

        var results = await Client.GetJsonAsync($"/api/v1/dialogs/{survey.Id}/results");

        Assert.Equal(JsonValueKind.Null, results.GetProperty("respondents").ValueKind);
        Assert.All(results.GetProperty("questions").EnumerateArray(), q =>
        {
            Assert.Equal(JsonValueKind.Null, q.GetProperty("overall").ValueKind);
            Assert.Equal(JsonValueKind.Null, q.GetProperty("freeTexts").ValueKind);
        });
    }

    [Fact]
    public async Task Results_NotPublished_Are404_AndAnUnknownBreakdownIs400()
    {
        var later = await site.CreateAsync(s => (s.OpensAt, s.ClosesAt, s.ResultsPublishedFrom) = (Now.AddDays(-3), Now.AddDays(-1), Now.AddDays(10)));
        var none = await site.CreateAsync(s =>
        {
            (s.OpensAt, s.ClosesAt) = (Now.AddDays(-3), Now.AddDays(-1));
            s.Questions.ForEach(q => q.PublishedInResults = false);
        });
        var published = await site.CreateAsync(s => (s.OpensAt, s.ClosesAt) = (Now.AddDays(-3), Now.AddDays(-1)));
        var safety = published.Questions.Single(q => q.Text == SampleSurvey.Safety);

        var notYet = await Client.GetProblemAsync($"/api/v1/dialogs/{later.Id}/results", HttpStatusCode.NotFound);
        await Client.GetProblemAsync($"/api/v1/dialogs/{none.Id}/results", HttpStatusCode.NotFound);
        var notBackground = await Client.GetProblemAsync($"/api/v1/dialogs/{published.Id}/results?breakdown={safety.Id}", HttpStatusCode.BadRequest);
        var notANumber = await Client.GetProblemAsync($"/api/v1/dialogs/{published.Id}/results?breakdown=alder", HttpStatusCode.BadRequest);
        var dialog = await Client.GetJsonAsync($"/api/v1/dialogs/{later.Id}");

        Assert.Contains("inte publicerade ännu", notYet.Str("detail"), StringComparison.Ordinal);
        Assert.True(notBackground.GetProperty("errors").TryGetProperty("breakdown", out _));
        Assert.True(notANumber.GetProperty("errors").TryGetProperty("breakdown", out _));
        Assert.Equal(JsonValueKind.Null, dialog.GetProperty("resultsUrl").ValueKind);
        Assert.Equal("analysing", dialog.Str("stage"));
    }

    [Theory]
    [InlineData("stage=stangd", "stage")]
    [InlineData("municipality=atlantis", "municipality")]
    [InlineData("page=0", "page")]
    [InlineData("kommun=sundsvall", "kommun")]
    public async Task List_WithBadInput_Is400NamingTheParameter(string query, string parameter)
    {
        var problem = await Client.GetProblemAsync($"/api/v1/dialogs?{query}", HttpStatusCode.BadRequest);

        Assert.Contains(" / ", problem.GetProperty("errors").GetProperty(parameter)[0].GetString()!, StringComparison.Ordinal);
    }

    private static List<int> Ids(List<JsonElement> items) => [.. items.Select(i => i.GetProperty("id").GetInt32())];

    private static JsonElement Question(JsonElement results, string text) =>
        results.GetProperty("questions").EnumerateArray().Single(q => q.Str("text") == text);
}
