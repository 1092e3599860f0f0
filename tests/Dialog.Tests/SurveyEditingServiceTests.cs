using Halsoportal.Dialog.Submissions;
using Halsoportal.Dialog.Surveys;

namespace Halsoportal.Dialog.Tests;

/// <summary>
/// The survey builder's rules: settings and questions change freely until the first answer; after it only wording,
/// publication, closing and retention may; a stale version is a conflict that saves nothing; every change forgets the
/// engine's cached copy.
/// </summary>
public sealed class SurveyEditingServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static QuestionDraft Draft(Question q) => new(
        q.Type, q.Text, q.Hint, q.Required, q.IsBackground, q.PublishedInResults, [.. q.Options.OrderBy(o => o.Order).Select(o => o.Text)],
        q.MaxChoices, q.ScaleMin, q.ScaleMax, q.ScaleMinLabel, q.ScaleMaxLabel, q.MaxLength, q.ShowWhenOptionId);

    private static string Describe(Question q) =>
        $"{Draft(q) with { Options = [] }}|{string.Join('/', q.Options.OrderBy(o => o.Order).Select(o => $"{o.Id}:{o.Text}"))}";

    private static SurveySettings Settings(string slug = "ny-dialog") => new(
        "Ny dialog", slug, "Vi vill veta vad du tycker.", "Vi sparar svaren utan namn i 90 dagar.",
        DialogTestHost.Start.UtcDateTime.AddDays(1), DialogTestHost.Start.UtcDateTime.AddDays(20), ParticipationMode.Open, 90, false, 5, null, ["2281"]);

    private static Task<SurveyEditResult> Edit(DialogTestHost host, Func<SurveyEditingService, Task<SurveyEditResult>> work) => host.WithAsync(work);

    private static Task<Survey> ReadAsync(DialogTestHost host, int id) => host.WithAsync<SurveyService, Survey>(async s => (await s.GetAsync(id, None))!);

    private static async Task<Survey> AnsweredAsync(DialogTestHost host)
    {
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        var result = await host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), Answers.Valid(survey));
        Assert.Equal(SubmissionStatus.Accepted, result.Status);
        return survey;
    }

    private static void AssertRefused(SurveyEditResult result, string field)
    {
        Assert.Equal(SurveyCommandStatus.Invalid, result.Status);
        Assert.Contains(result.Errors, e => e.Field == field);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public async Task CreateAsync_SettingsOnly_SavesVersionOneWithoutQuestions()
    {
        await using var host = await DialogTestHost.CreateAsync();

        var created = await Edit(host, s => s.CreateAsync(Settings(), None));

        Assert.Equal((SurveyCommandStatus.Done, 1), (created.Status, created.Version));
        var survey = await ReadAsync(host, created.SurveyId);
        Assert.Equal(("ny-dialog", 5, 0), (survey.Slug, survey.SuppressionThreshold, survey.Questions.Count));
        Assert.Equal(["2281"], survey.Kommuner.Select(k => k.KommunCode));
    }

    [Fact]
    public async Task CreateAsync_BadSettings_ReportsEachFieldAndSavesNothing()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var bad = Settings("Inte en adress") with
        {
            Title = " ", PrivacyNotice = "", ClosesAt = DialogTestHost.Start.UtcDateTime, SuppressionThreshold = 3, RetentionDays = 0, KommunCodes = [],
        };

        var result = await Edit(host, s => s.CreateAsync(bad, None));

        Assert.Equal(["title", "slug", "privacyNotice", "closesAt", "retentionDays", "suppressionThreshold", "kommuner"], result.Errors.Select(e => e.Field));
        Assert.Equal(0, host.Scalar("SELECT COUNT(*) FROM Surveys"));
    }

    [Fact]
    public async Task CreateAsync_TakenSlug_IsRefused()
    {
        await using var host = await DialogTestHost.CreateAsync();
        await Edit(host, s => s.CreateAsync(Settings(), None));

        AssertRefused(await Edit(host, s => s.CreateAsync(Settings(), None)), "slug");
    }

    [Fact]
    public async Task Questions_AddEveryTypeMoveAndDelete_KeepOrderAndConditions()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var created = await Edit(host, s => s.CreateAsync(Settings(), None));
        var id = created.SurveyId;
        var version = created.Version;
        async Task<SurveyEditResult> Add(QuestionDraft draft)
        {
            var result = await Edit(host, s => s.AddQuestionAsync(id, version, draft, None));
            Assert.True(result.Status == SurveyCommandStatus.Done, string.Join("; ", result.Errors.Select(e => e.Message)));
            version = result.Version;
            return result;
        }

        var area = await Add(new(QuestionType.SingleChoice, "Var bor du?", null, false, true, true, ["Centrum", "Norr", "Söder"], null, null, null, null, null, null, null));
        var centrum = (await ReadAsync(host, id)).Questions.Single(q => q.Id == area.QuestionId).Options[0].Id;
        await Add(new(QuestionType.MultipleChoice, "Vad gör du?", null, true, false, true, ["Promenerar", "Cyklar", "Simmar"], 2, null, null, null, null, null, null));
        await Add(new(QuestionType.Scale, "Hur nöjd är du?", "1 = inte alls", false, false, true, [], null, 1, 5, "Inte alls", "Mycket", null, null));
        await Add(new(QuestionType.Matrix, "Betygsätt", null, false, false, false, ["Parken", "Torget"], null, 1, 4, "Dåligt", "Bra", null, null));
        await Add(new(QuestionType.Ranking, "Rangordna", null, false, false, true, ["A", "B", "C"], null, null, null, null, null, null, null));
        var free = await Add(new(QuestionType.FreeText, "Något om centrum?", null, false, false, true, [], null, null, null, null, null, 300, centrum));

        var survey = await ReadAsync(host, id);
        Assert.Equal([1, 2, 3, 4, 5, 6], survey.Questions.Select(q => q.Order));
        var text = survey.Questions.Single(q => q.Id == free.QuestionId);
        Assert.Equal((area.QuestionId, (int?)centrum, (int?)300), (text.ShowWhenQuestionId, text.ShowWhenOptionId, text.MaxLength));
        Assert.Empty(SurveyDefinitionValidator.Validate(survey));

        // The conditional question may not move above the question it depends on, nor may that question go while it does.
        var ranking = survey.Questions.Single(q => q.Order == 5);
        Assert.Equal(SurveyCommandStatus.Done, (await Edit(host, s => s.MoveQuestionAsync(id, ranking.Id, down: false, version, None))).Status);
        version++;
        Assert.Equal(SurveyCommandStatus.Done, (await Edit(host, s => s.MoveQuestionAsync(id, text.Id, down: false, version, None))).Status);
        version++;
        AssertRefused(await Edit(host, s => s.DeleteQuestionAsync(id, area.QuestionId!.Value, version, None)), "");
        var second = (await ReadAsync(host, id)).Questions.Single(q => q.Order == 2);
        var deleted = await Edit(host, s => s.DeleteQuestionAsync(id, second.Id, version, None));
        Assert.Equal(SurveyCommandStatus.Done, deleted.Status);

        survey = await ReadAsync(host, id);
        Assert.Equal(["Var bor du?", "Hur nöjd är du?", "Rangordna", "Något om centrum?", "Betygsätt"], survey.Questions.Select(q => q.Text));
        Assert.Equal([1, 2, 3, 4, 5], survey.Questions.Select(q => q.Order));
        AssertRefused(await Edit(host, s => s.MoveQuestionAsync(id, survey.Questions[0].Id, down: false, deleted.Version, None)), "");
    }

    public static TheoryData<string, QuestionDraft> BadQuestions => new()
    {
        { "text", Question(QuestionType.FreeText, []) with { Text = " " } },
        { "options", Question(QuestionType.SingleChoice, ["Ja"]) },
        { "options", Question(QuestionType.MultipleChoice, ["Ja", "ja"]) },
        { "options", Question(QuestionType.Matrix, []) with { ScaleMin = 1, ScaleMax = 5, ScaleMinLabel = "Låg", ScaleMaxLabel = "Hög" } },
        { "options", Question(QuestionType.Ranking, ["Bara en"]) },
        { "maxChoices", Question(QuestionType.MultipleChoice, ["A", "B"]) with { MaxChoices = 3 } },
        { "scaleMin", Question(QuestionType.Scale, []) with { ScaleMin = 1, ScaleMax = 20, ScaleMinLabel = "Låg", ScaleMaxLabel = "Hög" } },
        { "scaleMaxLabel", Question(QuestionType.Scale, []) with { ScaleMin = 1, ScaleMax = 5, ScaleMinLabel = "Låg" } },
        { "maxLength", Question(QuestionType.FreeText, []) with { MaxLength = null } },
        { "isBackground", Question(QuestionType.MultipleChoice, ["A", "B"]) with { IsBackground = true } },
        { "showWhenOptionId", Question(QuestionType.FreeText, []) with { ShowWhenOptionId = 999 } },
    };

    private static QuestionDraft Question(QuestionType type, string[] options) =>
        new(type, "Frågan?", null, false, false, true, options, null, null, null, null, null, type == QuestionType.FreeText ? 100 : null, null);

    [Theory]
    [MemberData(nameof(BadQuestions))]
    public void ValidateQuestion_BrokenQuestion_NamesTheField(string field, QuestionDraft draft) =>
        Assert.Equal(field, Assert.Single(SurveyEditingService.ValidateQuestion(draft, [])).Field);

    [Fact]
    public async Task AddQuestionAsync_ConditionOnLaterOrNonChoiceQuestion_IsRefused()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        var matrixRow = survey.Q(5).Options[0].Id;

        var result = await Edit(host, s => s.AddQuestionAsync(survey.Id, survey.Version,
            new(QuestionType.FreeText, "Varför?", null, false, false, true, [], null, null, null, null, null, 100, matrixRow), None));
        AssertRefused(result, "showWhenOptionId");

        // Question 2's condition may not point to question 3 (later).
        var later = Draft(survey.Q(2)) with { ShowWhenOptionId = survey.Q(3).Options[0].Id };
        AssertRefused(await Edit(host, s => s.UpdateQuestionAsync(survey.Id, survey.Q(2).Id, survey.Version, later, None)), "showWhenOptionId");
    }

    [Fact]
    public async Task UpdateQuestionAsync_RemovingWhatAConditionUses_IsRefused()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        var travel = survey.Q(2);

        // Question 8 is shown when question 2 is answered "Buss" (its second option).
        AssertRefused(await Edit(host, s => s.UpdateQuestionAsync(survey.Id, travel.Id, survey.Version, Draft(travel) with { Options = ["Bil"] }, None)), "options");
        AssertRefused(await Edit(host, s => s.UpdateQuestionAsync(survey.Id, travel.Id, survey.Version, Draft(travel) with { Type = QuestionType.Ranking }, None)), "options");
        Assert.Equal(survey.Version, (await ReadAsync(host, survey.Id)).Version);
    }

    [Fact]
    public async Task MoveQuestionAsync_ConditionalQuestionAboveItsCondition_IsRefused()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        var bus = survey.Q(8);
        var version = survey.Version;
        for (var i = 0; i < 5; i++)
        {
            var moved = await Edit(host, s => s.MoveQuestionAsync(survey.Id, bus.Id, down: false, version, None));
            Assert.Equal(SurveyCommandStatus.Done, moved.Status);
            version = moved.Version;
        }

        var refused = await Edit(host, s => s.MoveQuestionAsync(survey.Id, bus.Id, down: false, version, None));

        AssertRefused(refused, "");
        var after = await ReadAsync(host, survey.Id);
        Assert.Equal(3, after.Questions.Single(q => q.Id == bus.Id).Order);
        Assert.Equal(version, after.Version);
    }

    [Fact]
    public async Task UpdateQuestionAsync_BeforeAnswers_RestructuringIsAllowedAndOptionIdsSurvive()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        var travel = survey.Q(2);

        var changed = Draft(travel) with { Options = ["Bil", "Buss eller tåg", "Cykel", "Till fots", "Annat"], Required = false };
        var result = await Edit(host, s => s.UpdateQuestionAsync(survey.Id, travel.Id, survey.Version, changed, None));

        Assert.Equal(SurveyCommandStatus.Done, result.Status);
        var after = (await ReadAsync(host, survey.Id)).Q(2);
        Assert.Equal(travel.Options.Select(o => o.Id), after.Options.Take(4).Select(o => o.Id));
        Assert.Equal("Buss eller tåg", after.Options[1].Text);
        Assert.Equal(5, after.Options.Count);
        Assert.Equal(survey.Version + 1, result.Version);
    }

    public static TheoryData<string, Func<Survey, (int Order, Func<QuestionDraft, QuestionDraft> Change)>> BreakingChanges => new()
    {
        { "type", s => (7, d => d with { Type = QuestionType.SingleChoice, Options = ["Ja", "Nej"] }) },
        { "options", s => (2, d => d with { Options = [.. d.Options, "Tåg"] }) },
        { "options", s => (6, d => d with { Options = d.Options.Take(2).ToList() }) },
        { "required", s => (3, d => d with { Required = true }) },
        { "scaleMin", s => (4, d => d with { ScaleMax = 7 }) },
        { "scaleMin", s => (5, d => d with { ScaleMin = 0 }) },
        { "showWhenOptionId", s => (8, d => d with { ShowWhenOptionId = s.Q(2).Options[0].Id }) },
        { "showWhenOptionId", s => (7, d => d with { ShowWhenOptionId = s.Q(2).Options[0].Id }) },
        { "maxChoices", s => (3, d => d with { MaxChoices = 1 }) },
        { "maxLength", s => (7, d => d with { MaxLength = 100 }) },
        { "isBackground", s => (1, d => d with { IsBackground = false }) },
    };

    [Theory]
    [MemberData(nameof(BreakingChanges))]
    public async Task UpdateQuestionAsync_AfterAnswers_BreakingChangeIsRefusedAndNothingChanges(string field, Func<Survey, (int Order, Func<QuestionDraft, QuestionDraft> Change)> change)
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await AnsweredAsync(host);
        var (order, edit) = change(survey);
        var question = survey.Q(order);

        var result = await Edit(host, s => s.UpdateQuestionAsync(survey.Id, question.Id, survey.Version, edit(Draft(question)), None));

        AssertRefused(result, field);
        var after = await ReadAsync(host, survey.Id);
        Assert.Equal(survey.Version, after.Version);
        Assert.Equal(Describe(question), Describe(after.Q(order)));
    }

    [Fact]
    public async Task UpdateQuestionAsync_AfterAnswers_WordingPublicationAndHigherLimitsAreSaved()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await AnsweredAsync(host);
        var version = survey.Version;
        async Task Ok(int order, Func<QuestionDraft, QuestionDraft> change)
        {
            var result = await Edit(host, s => s.UpdateQuestionAsync(survey.Id, survey.Q(order).Id, version, change(Draft(survey.Q(order))), None));
            Assert.True(result.Status == SurveyCommandStatus.Done, string.Join("; ", result.Errors.Select(e => e.Message)));
            version = result.Version;
        }

        await Ok(2, d => d with { Text = "Hur reser du oftast till centrum?", Hint = "Välj det vanligaste.", Options = ["Bil", "Buss", "Cykel", "Gång"], Required = false, PublishedInResults = false });
        await Ok(3, d => d with { MaxChoices = 3 });
        await Ok(4, d => d with { ScaleMinLabel = "Otrygg", ScaleMaxLabel = "Trygg" });
        await Ok(7, d => d with { MaxLength = 500 });

        var after = await ReadAsync(host, survey.Id);
        Assert.Equal(("Hur reser du oftast till centrum?", "Gång", false, false), (after.Q(2).Text, after.Q(2).Options[3].Text, after.Q(2).Required, after.Q(2).PublishedInResults));
        Assert.Equal(survey.Q(2).Options.Select(o => o.Id), after.Q(2).Options.Select(o => o.Id));
        Assert.Equal((3, "Otrygg", 500), (after.Q(3).MaxChoices, after.Q(4).ScaleMinLabel, after.Q(7).MaxLength));
    }

    [Fact]
    public async Task StructureChanges_AfterAnswers_AreRefused()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await AnsweredAsync(host);
        var extra = new QuestionDraft(QuestionType.FreeText, "En till?", null, false, false, true, [], null, null, null, null, null, 100, null);

        AssertRefused(await Edit(host, s => s.AddQuestionAsync(survey.Id, survey.Version, extra, None)), "");
        AssertRefused(await Edit(host, s => s.DeleteQuestionAsync(survey.Id, survey.Q(7).Id, survey.Version, None)), "");
        AssertRefused(await Edit(host, s => s.MoveQuestionAsync(survey.Id, survey.Q(7).Id, down: false, survey.Version, None)), "");
        Assert.Equal(8, host.Scalar($"SELECT COUNT(*) FROM SurveyQuestions WHERE SurveyId = {survey.Id}"));
    }

    [Fact]
    public async Task UpdateSettingsAsync_AfterAnswers_LockedSettingsAreRefused()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await AnsweredAsync(host);
        var current = SurveySettings.From(survey);

        var result = await Edit(host, s => s.UpdateSettingsAsync(survey.Id, survey.Version, current with
        {
            Mode = ParticipationMode.Invitation, OpensAt = current.OpensAt.AddHours(-1), Slug = "ny-adress", KommunCodes = ["2281"], SuppressionThreshold = 5,
        }, None));

        Assert.Equal(["mode", "opensAt", "slug", "kommuner"], result.Errors.Select(e => e.Field));
        var stricter = await Edit(host, s => s.UpdateSettingsAsync(survey.Id, survey.Version, current with { SuppressionThreshold = 10 }, None));
        Assert.Equal(SurveyCommandStatus.Done, stricter.Status);
        AssertRefused(await Edit(host, s => s.UpdateSettingsAsync(survey.Id, stricter.Version, current with { SuppressionThreshold = 6 }, None)), "suppressionThreshold");
    }

    [Fact]
    public async Task UpdateSettingsAsync_AfterAnswers_WordingClosingRetentionAndPublicationAreSaved()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await AnsweredAsync(host);
        var current = SurveySettings.From(survey);
        var closes = current.ClosesAt.AddDays(7);

        var result = await Edit(host, s => s.UpdateSettingsAsync(survey.Id, survey.Version, current with
        {
            Title = "Trygghet i hela centrum", Purpose = "Nytt syfte.", PrivacyNotice = "Ny integritetstext.", ClosesAt = closes,
            RetentionDays = 30, ResultsPublishedFrom = closes.AddDays(1), LiveResults = true,
        }, None));

        Assert.Equal(SurveyCommandStatus.Done, result.Status);
        var after = await ReadAsync(host, survey.Id);
        Assert.Equal(("Trygghet i hela centrum", closes, 30, (DateTime?)closes.AddDays(1), true), (after.Title, after.ClosesAt, after.RetentionDays, after.ResultsPublishedFrom, after.LiveResults));
    }

    [Fact]
    public async Task UpdateSettingsAsync_RetentionShorterThanTimeSinceClose_IsRefused()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder()
            .OpenBetween(DialogTestHost.Start.UtcDateTime.AddDays(-60), DialogTestHost.Start.UtcDateTime.AddDays(-40)).WithRetentionDays(90).Build());
        var current = SurveySettings.From(survey);

        AssertRefused(await Edit(host, s => s.UpdateSettingsAsync(survey.Id, survey.Version, current with { RetentionDays = 30 }, None)), "retentionDays");
        Assert.Equal(SurveyCommandStatus.Done, (await Edit(host, s => s.UpdateSettingsAsync(survey.Id, survey.Version, current with { RetentionDays = 45 }, None))).Status);
    }

    [Fact]
    public async Task Save_OnAnOlderVersion_IsAConflictAndSavesNothing()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        var current = SurveySettings.From(survey);

        var first = await Edit(host, s => s.UpdateSettingsAsync(survey.Id, survey.Version, current with { Title = "Eva skrev" }, None));
        var second = await Edit(host, s => s.UpdateSettingsAsync(survey.Id, survey.Version, current with { Title = "Olle skrev" }, None));
        var question = await Edit(host, s => s.UpdateQuestionAsync(survey.Id, survey.Q(1).Id, survey.Version, Draft(survey.Q(1)) with { Text = "Olle" }, None));

        Assert.Equal(SurveyCommandStatus.Done, first.Status);
        Assert.Equal((SurveyCommandStatus.Conflict, first.Version), (second.Status, second.Version));
        Assert.Equal(SurveyCommandStatus.Conflict, question.Status);
        var after = await ReadAsync(host, survey.Id);
        Assert.Equal(("Eva skrev", "Hur gammal är du?"), (after.Title, after.Q(1).Text));
    }

    [Fact]
    public async Task Change_ForgetsTheEnginesCachedSurvey()
    {
        await using var host = await DialogTestHost.CreateAsync(new() { ["Halsoportal:Dialog:SurveyCacheSeconds"] = "3600" });
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        var catalog = (SurveyCatalog)host.Services.GetService(typeof(SurveyCatalog))!;
        Assert.Equal("Hur gammal är du?", (await catalog.GetAsync(survey.Id, None))!.Questions[0].Text);

        await Edit(host, s => s.UpdateQuestionAsync(survey.Id, survey.Q(1).Id, survey.Version, Draft(survey.Q(1)) with { Text = "Din ålder?" }, None));

        Assert.Equal("Din ålder?", (await catalog.GetAsync(survey.Id, None))!.Questions[0].Text);
    }
}
