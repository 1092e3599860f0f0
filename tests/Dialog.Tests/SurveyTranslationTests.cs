using Halsoportal.Dialog.Demo;
using Halsoportal.Dialog.Surveys;

namespace Halsoportal.Dialog.Tests;

/// <summary>
/// Translations of a survey: saved per language, complete only when every text is there (a question added later makes
/// a complete one incomplete again), a localized copy with the Swedish ids, removal, conflicts, and the demo's Finnish
/// and Yiddish texts stored complete.
/// </summary>
public sealed class SurveyTranslationTests
{
    private static Dictionary<string, string?> Every(Survey survey, string prefix) =>
        SurveyTranslations.Texts(survey).ToDictionary(t => t.Key, t => (string?)$"{prefix} {t.Source}", StringComparer.Ordinal);

    private static Task<Survey> ReadAsync(DialogTestHost host, int id) =>
        host.WithAsync<SurveyService, Survey>(async s => (await s.GetAsync(id, CancellationToken.None))!);

    [Fact]
    public async Task SaveTranslation_InRounds_IsCompleteOnlyWithEveryText_AndLocalizesWithTheSwedishIds()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        var texts = Every(survey, "fi:");
        var ranking = survey.Questions.Single(q => q.Type == QuestionType.Ranking);
        var lastOption = SurveyTranslations.OptionKey(ranking.Options.OrderBy(o => o.Order).Last().Id);
        texts[lastOption] = "  ";

        var first = await host.WithAsync<SurveyEditingService, SurveyEditResult>(e => e.SaveTranslationAsync(survey.Id, survey.Version, "fi", texts, CancellationToken.None));

        Assert.Equal(SurveyCommandStatus.Done, first.Status);
        survey = await ReadAsync(host, survey.Id);
        Assert.Equal(["fi"], SurveyTranslations.Languages(survey));
        Assert.Equal(1, SurveyTranslations.MissingCount(survey, "fi"));
        Assert.Empty(SurveyTranslations.CompleteLanguages(survey));
        Assert.Null(SurveyTranslations.Localize(survey, "fi"));

        texts[lastOption] = "fi: viimeinen";
        var second = await host.WithAsync<SurveyEditingService, SurveyEditResult>(e => e.SaveTranslationAsync(survey.Id, survey.Version, "fi", texts, CancellationToken.None));
        Assert.Equal(SurveyCommandStatus.Done, second.Status);
        survey = await ReadAsync(host, survey.Id);
        Assert.Equal(["fi"], SurveyTranslations.CompleteLanguages(survey));
        var finnish = SurveyTranslations.Localize(survey, "fi")!;
        Assert.Equal(survey.Questions.Select(q => q.Id), finnish.Questions.Select(q => q.Id));
        Assert.Equal(survey.Questions.SelectMany(q => q.Options).Select(o => o.Id), finnish.Questions.SelectMany(q => q.Options).Select(o => o.Id));
        Assert.Equal("fi: " + survey.Title, finnish.Title);
        Assert.All(finnish.Questions, q => Assert.StartsWith("fi: ", q.Text, StringComparison.Ordinal));
        Assert.Equal("fi: viimeinen", finnish.Questions.Single(q => q.Id == ranking.Id).Options.OrderBy(o => o.Order).Last().Text);

        // A question added later is not translated yet: the translation is no longer shown.
        var added = await host.WithAsync<SurveyEditingService, SurveyEditResult>(e => e.AddQuestionAsync(survey.Id, survey.Version,
            new QuestionDraft(QuestionType.FreeText, "Något mer?", null, false, false, true, [], null, null, null, null, null, 100, null), CancellationToken.None));
        Assert.Equal(SurveyCommandStatus.Done, added.Status);
        survey = await ReadAsync(host, survey.Id);
        Assert.Equal(1, SurveyTranslations.MissingCount(survey, "fi"));
        Assert.Null(SurveyTranslations.Localize(survey, "fi"));
    }

    [Fact]
    public async Task SaveTranslation_BadInput_OrAnOlderVersion_SavesNothing_AndDeleteRemovesEveryText()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        Task<SurveyEditResult> Save(string language, Dictionary<string, string?> texts, int? version = null) =>
            host.WithAsync<SurveyEditingService, SurveyEditResult>(e => e.SaveTranslationAsync(survey.Id, version ?? survey.Version, language, texts, CancellationToken.None));

        Assert.Equal("language", Assert.Single((await Save("sv", Every(survey, "x"))).Errors).Field);
        Assert.Equal("language", Assert.Single((await Save("FI", Every(survey, "x"))).Errors).Field);
        Assert.Equal(SurveyTranslations.TitleKey, Assert.Single((await Save("fi", [])).Errors).Field);
        var tooLong = Every(survey, "x");
        tooLong[SurveyTranslations.TitleKey] = new string('x', 201);
        var refused = await Save("fi", tooLong);
        Assert.Equal(SurveyCommandStatus.Invalid, refused.Status);
        Assert.Equal(SurveyTranslations.TitleKey, Assert.Single(refused.Errors).Field);
        Assert.Empty((await ReadAsync(host, survey.Id)).Translations);

        Assert.Equal(SurveyCommandStatus.Done, (await Save("yi", Every(survey, "yi:"))).Status);
        Assert.Equal(SurveyCommandStatus.Conflict, (await Save("yi", Every(survey, "ny:"), survey.Version)).Status);
        survey = await ReadAsync(host, survey.Id);
        Assert.All(survey.Translations, t => Assert.StartsWith("yi:", t.Text, StringComparison.Ordinal));

        var deleted = await host.WithAsync<SurveyEditingService, SurveyEditResult>(e => e.DeleteTranslationAsync(survey.Id, survey.Version, "yi", CancellationToken.None));
        Assert.Equal(SurveyCommandStatus.Done, deleted.Status);
        Assert.Empty((await ReadAsync(host, survey.Id)).Translations);
    }

    [Fact]
    public async Task DemoSeed_TheOpenDialog_IsCompleteInEnglishFinnishAndYiddish_AndTheDecidedOneInEnglish()
    {
        await using var host = await DialogTestHost.CreateAsync();
        await host.WithAsync<DemoDialogSeeder, int>(s => s.SeedAsync(host.Time.GetUtcNow().UtcDateTime, CancellationToken.None));

        var survey = await host.WithAsync<SurveyService, Survey>(async s => (await s.GetBySlugAsync("trygga-gang-och-cykelvagar", CancellationToken.None))!);

        Assert.Equal(["en", "fi", "yi"], SurveyTranslations.CompleteLanguages(survey));
        Assert.Equal("Kuinka vanha olet?", SurveyTranslations.Localize(survey, "fi")!.Questions[0].Text);
        Assert.Equal("ווי אַלט זענט איר?", SurveyTranslations.Localize(survey, "yi")!.Questions[0].Text);
        Assert.Equal("How old are you?", SurveyTranslations.Localize(survey, "en")!.Questions[0].Text);

        var decided = await host.WithAsync<SurveyService, Survey>(async s => (await s.GetBySlugAsync("rokfria-miljoer", CancellationToken.None))!);
        Assert.Equal(["en"], SurveyTranslations.CompleteLanguages(decided));
        Assert.Equal("Smoke-free bus stops, playgrounds and entrances", SurveyTranslations.Localize(decided, "en")!.Title);
    }
}
