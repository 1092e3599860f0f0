using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Dialog;

/// <summary>
/// Answering a dialog through HTTP as a browser without JavaScript does it: one question per page,
/// errors, going back, a condition, check your answers, the receipt, and every way it may go wrong.
/// </summary>
public sealed class AnsweringTests(DialogSite fixture) : IClassFixture<DialogSite>
{
    private readonly HttpClient client = fixture.Client;

    private static int OptionId(Survey survey, string question, string option) =>
        survey.Questions.Single(q => q.Text == question).Options.Single(o => o.Text == option).Id;

    private static string Field(Survey survey, string question) => $"q{survey.Questions.Single(q => q.Text == question).Id}";

    private static string Heading(IDocument page) => page.QuerySelector("h1")!.TextContent.Trim();

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Answers every question (cycling, so the conditional one too) and stops on the check page.</summary>
    private async Task<IDocument> AnswerAllAsync(Survey survey, bool cycling = true)
    {
        var page = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara");
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Field(survey, SampleSurvey.Age), Id(OptionId(survey, SampleSurvey.Age, "20–64 år"))));
        var evening = Field(survey, SampleSurvey.Evening);
        (_, page) = cycling
            ? await FormPost.SubmitAsync(client, page, "fortsatt", (evening, Id(OptionId(survey, SampleSurvey.Evening, "Promenerar"))), (evening, Id(OptionId(survey, SampleSurvey.Evening, "Cyklar"))))
            : await FormPost.SubmitAsync(client, page, "fortsatt", (evening, Id(OptionId(survey, SampleSurvey.Evening, "Promenerar"))));
        if (cycling)
        {
            Assert.StartsWith(SampleSurvey.Cycling, Heading(page), StringComparison.Ordinal);
            (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Field(survey, SampleSurvey.Cycling), "Vid viadukten"));
        }

        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Field(survey, SampleSurvey.Safety), "4"));
        var matrix = survey.Questions.Single(q => q.Text == SampleSurvey.Places);
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt",
            ($"q{matrix.Id}-r{matrix.Options[0].Id}", "2"), ($"q{matrix.Id}-r{matrix.Options[1].Id}", "3"));
        var ranking = survey.Questions.Single(q => q.Text == SampleSurvey.Ranking);
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt",
            ($"q{ranking.Id}-o{ranking.Options[0].Id}", "2"), ($"q{ranking.Id}-o{ranking.Options[1].Id}", "1"), ($"q{ranking.Id}-o{ranking.Options[2].Id}", "3"));
        Assert.Equal("Kontrollera dina svar", Heading(page));
        return page;
    }

    [Fact]
    public async Task Participant_AnswersEveryQuestion_GetsReceiptAndOneStoredResponse()
    {
        var survey = await fixture.CreateAsync();

        var check = await AnswerAllAsync(survey);
        var summary = check.QuerySelector(".summary-list")!.TextContent;
        Assert.Contains("Vid viadukten", summary, StringComparison.Ordinal);
        Assert.Contains("4", summary, StringComparison.Ordinal);
        Assert.Contains("1. Röja buskar", summary, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Responses(survey.Id));

        var (response, receipt) = await FormPost.SubmitAsync(client, check, "skicka");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tack för dina svar", Heading(receipt));
        Assert.Matches("^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$", receipt.QuerySelector("#kvittokod")!.TextContent.Trim());
        Assert.Equal(1, fixture.Responses(survey.Id));
        Assert.False(response.Headers.Contains("Set-Cookie"), "The answering pages set a cookie.");
    }

    [Fact]
    public async Task Participant_SendsTheSameFormTwice_GetsTheSameReceiptAndOneResponse()
    {
        var survey = await fixture.CreateAsync();
        var check = await AnswerAllAsync(survey);

        var (_, first) = await FormPost.SubmitAsync(client, check, "skicka");
        var (_, again) = await FormPost.SubmitAsync(client, check, "skicka");

        Assert.Equal(first.QuerySelector("#kvittokod")!.TextContent, again.QuerySelector("#kvittokod")!.TextContent);
        Assert.Contains("redan sparade", again.QuerySelector(".receipt")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, fixture.Responses(survey.Id));
    }

    [Fact]
    public async Task Participant_SkipsRequiredQuestion_SeesErrorSummaryTiedToTheField()
    {
        var survey = await fixture.CreateAsync();
        var page = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara");

        var (response, errorPage) = await FormPost.SubmitAsync(client, page, "fortsatt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Fel:", errorPage.Title, StringComparison.Ordinal);
        var field = Field(survey, SampleSurvey.Age);
        var link = errorPage.QuerySelector(".error-summary a")!;
        Assert.Equal("#" + field, link.GetAttribute("href"));
        Assert.Contains("Välj ett svarsalternativ", link.TextContent, StringComparison.Ordinal);
        Assert.NotNull(errorPage.QuerySelector($"input#{field}"));
        Assert.Contains($"{field}-fel", errorPage.QuerySelector("fieldset.question")!.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Participant_ChoosesTooMany_IsToldTheMaximumAndKeepsTheChoices()
    {
        var survey = await fixture.CreateAsync();
        var page = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara");
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Field(survey, SampleSurvey.Age), Id(OptionId(survey, SampleSurvey.Age, "Under 20 år"))));
        var evening = Field(survey, SampleSurvey.Evening);

        var (_, errorPage) = await FormPost.SubmitAsync(client, page, "fortsatt",
            (evening, Id(OptionId(survey, SampleSurvey.Evening, "Promenerar"))), (evening, Id(OptionId(survey, SampleSurvey.Evening, "Cyklar"))), (evening, Id(OptionId(survey, SampleSurvey.Evening, "Springer"))));

        Assert.Contains("Välj högst 2", errorPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, errorPage.QuerySelectorAll($"input[name={evening}][checked]").Length);
    }

    [Fact]
    public async Task Participant_GoesBack_FindsTheAnswerStillChosen()
    {
        var survey = await fixture.CreateAsync();
        var page = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara");
        var age = OptionId(survey, SampleSurvey.Age, "65 år eller äldre");
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Field(survey, SampleSurvey.Age), Id(age)));
        Assert.StartsWith(SampleSurvey.Evening, Heading(page), StringComparison.Ordinal);

        var (_, back) = await FormPost.SubmitAsync(client, page, "tillbaka");

        Assert.StartsWith(SampleSurvey.Age, Heading(back), StringComparison.Ordinal);
        Assert.NotNull(back.QuerySelector($"input[value='{age}'][checked]"));
    }

    [Fact]
    public async Task Participant_ChangesTheAnswerACondition_Depends_On_TheConditionalAnswerIsDropped()
    {
        var survey = await fixture.CreateAsync();
        var check = await AnswerAllAsync(survey, cycling: true);
        var evening = survey.Questions.Single(q => q.Text == SampleSurvey.Evening);

        var (_, change) = await FormPost.SubmitAsync(client, check, $"andra-q{evening.Id}");
        Assert.StartsWith(SampleSurvey.Evening, Heading(change), StringComparison.Ordinal);
        var (_, back) = await FormPost.SubmitAsync(client, change, "fortsatt", ($"q{evening.Id}", Id(OptionId(survey, SampleSurvey.Evening, "Springer"))));

        Assert.Equal("Kontrollera dina svar", Heading(back));
        Assert.DoesNotContain(SampleSurvey.Cycling, back.QuerySelector(".summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(back.QuerySelectorAll("input[type=hidden]"), i => i.GetAttribute("value") == "Vid viadukten");
        var (_, receipt) = await FormPost.SubmitAsync(client, back, "skicka");
        Assert.Equal("Tack för dina svar", Heading(receipt));
    }

    [Fact]
    public async Task Participant_WritesTooLongFreeText_IsToldTheLimitAndNothingIsStored()
    {
        var survey = await fixture.CreateAsync();
        var page = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara");
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Field(survey, SampleSurvey.Age), Id(OptionId(survey, SampleSurvey.Age, "20–64 år"))));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Field(survey, SampleSurvey.Evening), Id(OptionId(survey, SampleSurvey.Evening, "Cyklar"))));

        var (_, errorPage) = await FormPost.SubmitAsync(client, page, "fortsatt", (Field(survey, SampleSurvey.Cycling), new string('å', 41)));

        Assert.StartsWith("Fel:", errorPage.Title, StringComparison.Ordinal);
        Assert.Contains("40", errorPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(new string('å', 41), errorPage.QuerySelector("textarea")!.TextContent);
        Assert.Equal(0, fixture.Responses(survey.Id));
    }

    [Fact]
    public async Task TamperedKey_IsRefusedWithAFreshFormAndNothingStored()
    {
        var survey = await fixture.CreateAsync();
        var check = await AnswerAllAsync(survey);
        check.QuerySelector("input[name=nyckel]")!.SetAttribute("value", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        var (_, refused) = await FormPost.SubmitAsync(client, check, "skicka");

        Assert.Contains("Formuläret gick inte att känna igen", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", refused.QuerySelector("input[name=nyckel]")!.GetAttribute("value"));
        Assert.Equal(0, fixture.Responses(survey.Id));
        var (_, receipt) = await FormPost.SubmitAsync(client, refused, "skicka");
        Assert.Equal("Tack för dina svar", Heading(receipt));
    }

    [Fact]
    public async Task AnswersToAHiddenQuestion_AreNeverStored()
    {
        var survey = await fixture.CreateAsync();
        var check = await AnswerAllAsync(survey, cycling: false);

        // A hand-made field for the conditional question, whose condition is not met.
        var (_, page) = await FormPost.SubmitAsync(client, check, "skicka", (Field(survey, SampleSurvey.Cycling), "Smugglat svar"));

        Assert.Equal("Tack för dina svar", Heading(page));
        using var connection = fixture.Site.OpenDialogStore();
        using var command = connection.CreateCommand();
        command.CommandText = SiteFactory.Sql("SELECT COUNT(*) FROM SurveyAnswers WHERE Text = 'Smugglat svar'");
        Assert.Equal(0L, (long)command.ExecuteScalar()!);
    }

    [Fact]
    public async Task ClosedSurvey_TakesNoAnswersAndSaysWhenItClosed()
    {
        var survey = await fixture.CreateAsync(s => (s.OpensAt, s.ClosesAt) = (DialogSite.Now.UtcDateTime.AddDays(-10), DialogSite.Now.UtcDateTime.AddDays(-1)));

        var page = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara");
        Assert.Contains("stängde", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form#enkat"));

        var response = await client.PostAsync($"/sundsvall/dialog/{survey.Slug}/svara", new FormUrlEncodedContent([new("ga", "skicka"), new("nyckel", "x")]));
        Assert.Contains("tar inte emot fler svar", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, fixture.Responses(survey.Id));
    }

    [Fact]
    public async Task UpcomingSurvey_IsNotPublic()
    {
        var survey = await fixture.CreateAsync(s => (s.OpensAt, s.ClosesAt) = (DialogSite.Now.UtcDateTime.AddDays(2), DialogSite.Now.UtcDateTime.AddDays(9)));

        var (details, _) = await Html.GetAsync(client, $"/sundsvall/dialog/{survey.Slug}");
        var (answer, _) = await Html.GetAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara");
        var list = await Html.GetOkAsync(client, "/sundsvall/dialog");

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.DoesNotContain(Html.Links(list, "main a"), l => l.EndsWith("/" + survey.Slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SurveyOfAnotherKommun_IsNotFoundUnderThisKommun()
    {
        var survey = await fixture.CreateAsync();

        var (response, _) = await Html.GetAsync(client, $"/timra/dialog/{survey.Slug}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task StoreUnavailable_Is503WithTheAnswersKept_AndNeverAReceipt()
    {
        await using var site = new DialogSite();
        await site.InitializeAsync();
        var survey = await site.CreateAsync();
        var check = await CheckPageAsync(site, survey, await Html.GetOkAsync(site.Client, $"/sundsvall/dialog/{survey.Slug}/svara"));

        // A stopped engine answers Unavailable, as a failing disk would.
        await site.Engine.StopAsync(CancellationToken.None);
        var (response, failed) = await FormPost.SubmitAsync(site.Client, check, "skicka");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("Fel:", failed.Title, StringComparison.Ordinal);
        Assert.Contains("försök igen", failed.QuerySelector(".error-summary")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Null(failed.QuerySelector("#kvittokod"));
        Assert.Equal(check.QuerySelector(".summary-list")!.TextContent, failed.QuerySelector(".summary-list")!.TextContent);
        Assert.Equal(check.QuerySelector("input[name=nyckel]")!.GetAttribute("value"), failed.QuerySelector("input[name=nyckel]")!.GetAttribute("value"));
        Assert.Equal(0, site.Responses(survey.Id));
    }

    [SqliteOnlyFact("it holds dialog.db's SQLite write lock; on PostgreSQL the dropped-connection test in Dialog.Tests is the fault")]
    public async Task BusyStore_Is503WithRetryAfterAndNoReceipt_AndTheSameAnswersGoThroughOnceItIsFree()
    {
        await using var site = new DialogSite();
        await site.InitializeAsync();
        var survey = await site.CreateAsync();
        var check = await CheckPageAsync(site, survey, await Html.GetOkAsync(site.Client, $"/sundsvall/dialog/{survey.Slug}/svara"));

        // Another process holds dialog.db's write lock past the writer's busy timeout (security.md item 13).
        HttpResponseMessage response;
        IDocument failed;
        using (var holder = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(site.Site.DataPath, "dialog.db")};Pooling=False"))
        {
            holder.Open();
            using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE;";
            begin.ExecuteNonQuery();
            (response, failed) = await FormPost.SubmitAsync(site.Client, check, "skicka");
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, "No Retry-After on 503.");
        Assert.Contains("försök igen", failed.QuerySelector(".error-summary")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Null(failed.QuerySelector("#kvittokod"));
        Assert.Equal(0, site.Responses(survey.Id));

        // The lock released, sending the kept answers again gives a receipt and exactly one answer.
        var (again, receipt) = await FormPost.SubmitAsync(site.Client, failed, "skicka");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotNull(receipt.QuerySelector("#kvittokod"));
        Assert.Equal(1, site.Responses(survey.Id));
    }

    [Fact]
    public async Task OpenSurvey_TooManyAnswersFromOneAddress_Is429WithRetryAfterAndTheAnswersKept()
    {
        await using var site = new DialogSite { AnswerLimit = 1 };
        await site.InitializeAsync();
        var survey = await site.CreateAsync();
        var checkPages = new List<IDocument>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var page = await Html.GetOkAsync(site.Client, $"/sundsvall/dialog/{survey.Slug}/svara");
            checkPages.Add(page);
        }

        var first = await SubmitMinimalAsync(site, survey, checkPages[0]);
        var (response, second) = await SubmitMinimalAsync(site, survey, checkPages[1]);

        Assert.Equal(HttpStatusCode.OK, first.Response.StatusCode);
        Assert.Equal((HttpStatusCode)429, response.StatusCode);
        Assert.True(response.Headers.RetryAfter is not null, "No Retry-After on 429.");
        Assert.Contains("Vänta", second.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(second.QuerySelector("button[value=skicka]"));
        Assert.Equal(1, site.Responses(survey.Id));
    }

    /// <summary>Only the required questions, then the submit.</summary>
    private static async Task<(HttpResponseMessage Response, IDocument Page)> SubmitMinimalAsync(DialogSite site, Survey survey, IDocument start) =>
        await FormPost.SubmitAsync(site.Client, await CheckPageAsync(site, survey, start), "skicka");

    /// <summary>Only the required questions, to the check page.</summary>
    private static async Task<IDocument> CheckPageAsync(DialogSite site, Survey survey, IDocument start)
    {
        var matrix = survey.Questions.Single(q => q.Text == SampleSurvey.Places);
        var (_, page) = await FormPost.SubmitAsync(site.Client, start, "fortsatt", (Field(survey, SampleSurvey.Age), Id(OptionId(survey, SampleSurvey.Age, "20–64 år"))));
        (_, page) = await FormPost.SubmitAsync(site.Client, page, "fortsatt", (Field(survey, SampleSurvey.Evening), Id(OptionId(survey, SampleSurvey.Evening, "Springer"))));
        (_, page) = await FormPost.SubmitAsync(site.Client, page, "fortsatt", (Field(survey, SampleSurvey.Safety), "3"));
        (_, page) = await FormPost.SubmitAsync(site.Client, page, "fortsatt", ($"q{matrix.Id}-r{matrix.Options[0].Id}", "1"), ($"q{matrix.Id}-r{matrix.Options[1].Id}", "1"));
        (_, page) = await FormPost.SubmitAsync(site.Client, page, "fortsatt");
        Assert.Equal("Kontrollera dina svar", Heading(page));
        return page;
    }

    [Fact]
    public async Task ReceiptCode_LeadsBackToTheDialogsFeedback()
    {
        var survey = await fixture.CreateAsync();
        var (_, receipt) = await FormPost.SubmitAsync(client, await AnswerAllAsync(survey), "skicka");
        var code = receipt.QuerySelector("#kvittokod")!.TextContent.Trim();

        var found = await client.PostAsync("/sundsvall/dialog", new FormUrlEncodedContent([new("kvittokod", code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal))]));
        var unknown = await client.PostAsync("/sundsvall/dialog", new FormUrlEncodedContent([new("kvittokod", "22222-22222")]));

        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Equal($"/sundsvall/dialog/{survey.Slug}#aterkoppling", found.Headers.Location!.OriginalString);
        var page = await new HtmlParser().ParseDocumentAsync(await unknown.Content.ReadAsStringAsync());
        Assert.StartsWith("Fel:", page.Title, StringComparison.Ordinal);
        Assert.Contains("ingen dialog med den kvittokoden", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvitationSurvey_CodeIsCheckedFirst_BurnedWithTheAnswer_AndRefusedTheSecondTime()
    {
        var survey = await fixture.CreateAsync(s => s.Mode = ParticipationMode.Invitation);
        var codes = await fixture.CreateCodesAsync(survey.Id, 2);

        var start = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara");
        Assert.Equal("Skriv in din kod", Heading(start));
        var (_, unknown) = await FormPost.SubmitAsync(client, start, "fortsatt", ("kod", "22222-22222"));
        Assert.StartsWith("Fel:", unknown.Title, StringComparison.Ordinal);
        Assert.Equal("#kod", unknown.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("true", unknown.QuerySelector("input#kod")!.GetAttribute("aria-invalid"));

        // Typed in lower case with a space, as people do from a printed card.
        var typed = codes[0].ToLowerInvariant().Insert(5, " ");
        var (_, first) = await FormPost.SubmitAsync(client, unknown, "fortsatt", ("kod", typed));
        Assert.StartsWith(SampleSurvey.Age, Heading(first), StringComparison.Ordinal);
        var (_, receipt) = await FormPost.SubmitAsync(client, await CheckPageAsync(fixture, survey, first), "skicka");
        Assert.Equal("Tack för dina svar", Heading(receipt));

        // The same code again: refused on the code page, before any question.
        var again = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara");
        var (_, used) = await FormPost.SubmitAsync(client, again, "fortsatt", ("kod", codes[0]));
        Assert.Contains("redan använts", used.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, fixture.Responses(survey.Id));
    }

    [Fact]
    public async Task InvitationSurvey_CodeUsedMeanwhile_SendsTheParticipantBackToTheCodeWithAnswersKept()
    {
        var survey = await fixture.CreateAsync(s => s.Mode = ParticipationMode.Invitation);
        var code = (await fixture.CreateCodesAsync(survey.Id, 1))[0];
        async Task<IDocument> CheckWithCodeAsync()
        {
            var start = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara");
            var (_, first) = await FormPost.SubmitAsync(client, start, "fortsatt", ("kod", code));
            return await CheckPageAsync(fixture, survey, first);
        }

        var mine = await CheckWithCodeAsync();
        var someoneElses = await CheckWithCodeAsync();
        await FormPost.SubmitAsync(client, someoneElses, "skicka");

        var (_, refused) = await FormPost.SubmitAsync(client, mine, "skicka");

        Assert.Equal("Skriv in din kod", Heading(refused));
        Assert.Contains("redan använts", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(refused.QuerySelector("input[name=granska][value='1']"));
        Assert.Equal(1, fixture.Responses(survey.Id));
    }

    [Fact]
    public async Task TrialRun_BeforeOpening_GoesThroughTheRealPagesAndStoresNothing()
    {
        var survey = await fixture.CreateAsync(s =>
        {
            (s.OpensAt, s.ClosesAt) = (DialogSite.Now.UtcDateTime.AddDays(2), DialogSite.Now.UtcDateTime.AddDays(9));
            s.Mode = ParticipationMode.Invitation;
        });
        var token = fixture.Site.Services.GetRequiredService<Halsoportal.Dialog.Submissions.IdempotencyKeys>().TrialToken(survey.Id);
        var (wrong, _) = await Html.GetAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara?prov=x{token[1..]}");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);

        // The code step is skipped; the questions, errors and the check page are the real ones.
        var start = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara?prov={token}");
        Assert.StartsWith("Prov:", start.Title, StringComparison.Ordinal);
        Assert.StartsWith(SampleSurvey.Age, Heading(start), StringComparison.Ordinal);
        var (_, missing) = await FormPost.SubmitAsync(client, start, "fortsatt");
        Assert.Contains("Välj ett svarsalternativ", missing.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var check = await CheckPageAsync(fixture, survey, missing);
        var (_, done) = await FormPost.SubmitAsync(client, check, "skicka");

        Assert.Equal("Provsvaret gick igenom", Heading(done));
        Assert.Null(done.QuerySelector("#kvittokod"));
        Assert.Equal(0, fixture.Responses(survey.Id));
    }
}
