using Halsoportal.Dialog.Results;
using Halsoportal.Dialog.Surveys;

namespace Halsoportal.Dialog.Tests;

public sealed class ResultsTests
{
    private static readonly Survey Survey = new SurveyBuilder().BuildWithIds();

    /// <summary>Stored answers of respondents given as (age band 1–3 or null, travel 1–4, free text or null).</summary>
    private static List<StoredAnswer> Stored(params (int? Age, int Travel, string? Text)[] respondents)
    {
        var rows = new List<StoredAnswer>();
        for (var i = 0; i < respondents.Length; i++)
        {
            var (age, travel, text) = respondents[i];
            var id = 1000L + i;
            if (age is { } a)
            {
                rows.Add(new StoredAnswer(id, 1, 10 + a, null, null));
            }

            rows.Add(new StoredAnswer(id, 2, 20 + travel, null, null));
            rows.Add(new StoredAnswer(id, 4, null, 1 + i % 5, null));
            rows.Add(new StoredAnswer(id, 5, 51, 2, null));
            rows.Add(new StoredAnswer(id, 5, 52, 4, null));
            rows.Add(new StoredAnswer(id, 6, 61, 1, null));
            rows.Add(new StoredAnswer(id, 6, 62, 2, null));
            rows.Add(new StoredAnswer(id, 6, 63, 3, null));
            if (text is not null)
            {
                rows.Add(new StoredAnswer(id, 7, null, null, text));
            }
        }

        return rows;
    }

    private static (int? Age, int Travel, string? Text)[] Group(int age, int count, int travel = 1) =>
        [.. Enumerable.Range(0, count).Select(_ => ((int?)age, travel, (string?)null))];

    private static SurveyResults Compute(Survey survey, (int? Age, int Travel, string? Text)[] respondents, int? breakdown = 1) =>
        ResultsService.Compute(survey, respondents.Length, Stored(respondents), breakdown, includeFreeTexts: true, _ => true);

    [Fact]
    public void Localize_KeepsEveryCount_AndTakesTheTranslationsTexts_TheEnginesOwnWordsStaySwedish()
    {
        var survey = new SurveyBuilder().WithOptionalBackground().BuildWithIds();
        survey.Translations = [.. SurveyTranslations.Texts(survey).Select(t => new SurveyTranslationText { SurveyId = survey.Id, Language = "fi", Key = t.Key, Text = "fi:" + t.Source })];
        var finnish = SurveyTranslations.Localize(survey, "fi")!;
        var results = Compute(survey, [.. Group(1, 6, travel: 1), .. Group(2, 6, travel: 2), .. Group(3, 2), (null, 3, null), (null, 3, null)]);

        var localized = ResultsTranslation.Localize(results, finnish);

        static IEnumerable<int?> Counts(SurveyResults r) => r.Questions.SelectMany(q => (q.Overall?.Rows ?? []).Concat(q.Groups.SelectMany(g => g.Tally?.Rows ?? [])))
            .SelectMany(row => row.Cells.Select(c => c.Count));
        Assert.Equal(Counts(results), Counts(localized));
        Assert.Equal(results.Questions.Select(q => q.Answered), localized.Questions.Select(q => q.Answered));
        Assert.Equal(survey.Questions.OrderBy(q => q.Order).Select(q => "fi:" + q.Text), localized.Questions.Select(q => q.Text));

        var travel = localized.Questions.Single(q => q.QuestionId == 2);
        Assert.Equal(survey.Q(2).Options.Select(o => "fi:" + o.Text), travel.Overall!.Rows[0].Cells.Select(c => c.Label));
        Assert.Equal("fi:" + survey.Q(2).Text, travel.Overall.Rows[0].Label);
        Assert.Equal("1 fi:Inte alls trygg", localized.Questions.Single(q => q.QuestionId == 4).Overall!.Rows[0].Cells[0].Label);
        Assert.Equal(survey.Q(5).Options.Select(o => "fi:" + o.Text), localized.Questions.Single(q => q.QuestionId == 5).Overall!.Rows.Select(r => r.Label));
        var ranking = localized.Questions.Single(q => q.QuestionId == 6).Overall!;
        Assert.Equal(survey.Q(6).Options.Select(o => "fi:" + o.Text), ranking.Rows.Select(r => r.Label));
        Assert.Equal("Plats 1", ranking.Rows[0].Cells[0].Label);

        // Breakdown groups are the background question's options in the translation; the engine's "Har inte svarat" stays.
        var groups = travel.Groups.Select(g => g.Label).ToList();
        Assert.Equal(survey.Q(1).Options.Select(o => "fi:" + o.Text), groups.Take(survey.Q(1).Options.Count));
        Assert.Equal("Har inte svarat", Assert.Single(travel.Groups, g => g.GroupOptionId is null).Label);
    }

    [Fact]
    public void Compute_Counts_PerOptionScaleMatrixAndRanking()
    {
        var results = Compute(Survey, [.. Group(1, 6, travel: 1), .. Group(2, 4, travel: 2)], breakdown: null);

        Assert.Equal(10, results.Respondents);
        var travel = results.Questions.Single(q => q.QuestionId == 2);
        Assert.Equal([6, 4, 0, 0], travel.Overall!.Rows[0].Cells.Select(c => c.Count!.Value));
        var scale = results.Questions.Single(q => q.QuestionId == 4).Overall!.Rows[0];
        Assert.Equal([2, 2, 2, 2, 2], scale.Cells.Select(c => c.Count!.Value));
        Assert.Equal(3.0, scale.Mean);
        Assert.Equal("1 Inte alls trygg", scale.Cells[0].Label);
        var matrix = results.Questions.Single(q => q.QuestionId == 5).Overall!;
        Assert.Equal([(51, (double?)2.0, 10), (52, 4.0, 10), (53, null, 0)], matrix.Rows.Select(r => (r.OptionId!.Value, r.Mean, r.Answered)));
        var ranking = results.Questions.Single(q => q.QuestionId == 6).Overall!;
        Assert.Equal([1.0, 2.0, 3.0], ranking.Rows.Select(r => r.Mean!.Value));
        Assert.Equal([10, 0, 0], ranking.Rows[0].Cells.Select(c => c.Count!.Value));
    }

    [Fact]
    public void Compute_CrossTabWithOneSmallGroup_HidesItAndTheNextSmallestSoTotalsRevealNothing()
    {
        // Under 30: 10, 30–64: 3 (too few), 65+: 12. Hiding only 30–64 would let total − others reveal it.
        var results = Compute(Survey, [.. Group(1, 10), .. Group(2, 3, travel: 2), .. Group(3, 12)]);

        var travel = results.Questions.Single(q => q.QuestionId == 2);
        Assert.Equal(25, travel.Answered);
        Assert.Equal([true, true, false], travel.Groups.Select(g => g.Suppressed));
        Assert.All(travel.Groups.Where(g => g.Suppressed), g => Assert.Null(g.Respondents));
        Assert.Equal(12, travel.Groups[2].Respondents);
        Assert.Equal(12, travel.Groups[2].Tally!.Rows[0].Cells[0].Count);
        // The background question's own counts are group sizes: the same rule applies.
        var age = results.Questions.Single(q => q.QuestionId == 1);
        Assert.Equal([null, null, 12], age.Overall!.Rows[0].Cells.Select(c => c.Count));
        Assert.Empty(age.Groups);
        Assert.Equal("färre än 5", results.SuppressedLabel);
    }

    [Fact]
    public void Compute_TwoSmallGroupsTogetherAtTheThreshold_HideNoMore()
    {
        var results = Compute(Survey, [.. Group(1, 2), .. Group(2, 3), .. Group(3, 20)]);

        Assert.Equal([true, true, false], results.Questions.Single(q => q.QuestionId == 2).Groups.Select(g => g.Suppressed));
    }

    [Fact]
    public void Compute_EveryGroupLargeEnough_ShowsAll()
    {
        var results = Compute(Survey, [.. Group(1, 5), .. Group(2, 5), .. Group(3, 5)]);

        Assert.All(results.Questions.Single(q => q.QuestionId == 4).Groups, g => Assert.Equal(5, g.Respondents));
    }

    [Fact]
    public void Compute_EmptyGroup_IsShownAsFewerThanThresholdNotZero()
    {
        var results = Compute(Survey, [.. Group(1, 8), .. Group(3, 9)]);

        var groups = results.Questions.Single(q => q.QuestionId == 2).Groups;
        // 30–64 is empty: hidden, but there is nobody in it to protect, so the others stay.
        Assert.Equal([false, true, false], groups.Select(g => g.Suppressed));
    }

    [Fact]
    public void Compute_OptionalBackground_ThoseWhoSkippedItAreAGroupToo()
    {
        var survey = new SurveyBuilder().WithOptionalBackground().BuildWithIds();

        var results = Compute(survey, [.. Group(1, 6), .. Group(2, 6), .. Group(3, 6), (null, 1, null), (null, 1, null)]);

        var groups = results.Questions.Single(q => q.QuestionId == 2).Groups;
        Assert.Equal(["Under 30 år", "30–64 år", "65 år eller äldre", "Har inte svarat"], groups.Select(g => g.Label));
        // 2 skipped it: hidden, and with them the first of the smallest visible groups.
        Assert.Equal([true, false, false, true], groups.Select(g => g.Suppressed));
    }

    [Fact]
    public void Compute_FreeTextAnsweredByFewerThanThreshold_IsHiddenEntirely()
    {
        var texts = Enumerable.Range(0, 20).Select(i => ((int?)(i % 3 + 1), 1, i < 4 ? $"Text {i}" : null)).ToArray();

        var text = Compute(Survey, texts).Questions.Single(q => q.QuestionId == 7);

        Assert.Null(text.Answered);
        Assert.Null(text.Overall);
        Assert.Null(text.FreeTexts);
    }

    [Fact]
    public void Compute_FreeTextAnsweredByEnough_IsShownOverallButNeverPerGroup()
    {
        var texts = Enumerable.Range(0, 20).Select(i => ((int?)(i % 3 + 1), 1, i < 5 ? $"Text {i}" : null)).ToArray();

        var text = Compute(Survey, texts).Questions.Single(q => q.QuestionId == 7);

        Assert.Equal(5, text.Answered);
        Assert.Equal(5, text.FreeTexts!.Count);
        Assert.Empty(text.Groups);
    }

    [Fact]
    public void Compute_FewerRespondentsThanThreshold_HidesEverything()
    {
        var results = Compute(Survey, Group(1, 4), breakdown: null);

        Assert.Null(results.Respondents);
        Assert.All(results.Questions, q => Assert.Null(q.Overall));
    }

    [Fact]
    public void Compute_QuestionAnsweredByFewButGroupBigEnough_HidesTheGroupCell()
    {
        // 65+ has 9 people but only 4 answered the scale question: its cell is a small group for that question.
        var respondents = Stored([.. Group(1, 10), .. Group(3, 9)])
            .Where(a => !(a.QuestionId == 4 && a.ResponseId >= 1014))
            .ToList();

        var results = ResultsService.Compute(Survey, 19, respondents, 1, includeFreeTexts: true, _ => true);

        var scaleGroups = results.Questions.Single(q => q.QuestionId == 4).Groups;
        Assert.True(scaleGroups[2].Suppressed);
        Assert.False(results.Questions.Single(q => q.QuestionId == 2).Groups[2].Suppressed);
    }

    [Theory]
    [InlineData(1, 2, 3, 4, 50)]
    [InlineData(4, 40, 41, 0, 0)]
    [InlineData(0, 0, 0, 0, 7)]
    [InlineData(5, 5, 1, 100, 3)]
    public void SmallGroups_WhatTotalsCanReveal_IsEmptyOrAtLeastTheThreshold(int a, int b, int c, int d, int e)
    {
        int[] sizes = [a, b, c, d, e];

        var hidden = SmallGroups.Suppressed(sizes, 5);

        Assert.All(sizes.Where((_, i) => !hidden.Contains(i)), s => Assert.True(s >= 5));
        var revealed = hidden.Sum(i => sizes[i]);
        Assert.True(revealed == 0 || revealed >= 5 || hidden.Count == sizes.Length, $"hidden groups sum to {revealed}");
    }

    [Fact]
    public void SmallGroups_RandomGroups_NeverLeaveASmallRemainder()
    {
        var random = new Random(42);
        for (var run = 0; run < 2000; run++)
        {
            var sizes = Enumerable.Range(0, random.Next(2, 8)).Select(_ => random.Next(0, 12)).ToArray();
            var hidden = SmallGroups.Suppressed(sizes, 5);
            var revealed = hidden.Sum(i => sizes[i]);
            Assert.True(revealed == 0 || revealed >= 5 || hidden.Count == sizes.Length, string.Join(",", sizes));
        }
    }

    [Fact]
    public async Task ResultsService_EditorsAfterCloseOrLive_PublicOnlyPublishedQuestionsAfterClose()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var built = new SurveyBuilder().Build();
        built.Questions.Single(q => q.Order == 7).PublishedInResults = false;
        var survey = await host.CreateSurveyAsync(built);
        for (var i = 0; i < 15; i++)
        {
            Assert.True((await host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), Answers.Valid(survey, age: i % 3 + 1))).IsReceived);
        }

        var editorWhileOpen = await host.WithAsync<ResultsService, ResultsAnswer>(r => r.GetForEditorAsync(survey.Id, null, CancellationToken.None));
        var publicWhileOpen = await host.WithAsync<ResultsService, ResultsAnswer>(r => r.GetPublicAsync(survey.Id, null, CancellationToken.None));
        host.Time.Advance(TimeSpan.FromDays(31));
        var editor = await host.WithAsync<ResultsService, ResultsAnswer>(r => r.GetForEditorAsync(survey.Id, survey.Q(1).Id, CancellationToken.None));
        var published = await host.WithAsync<ResultsService, ResultsAnswer>(r => r.GetPublicAsync(survey.Id, survey.Q(1).Id, CancellationToken.None));
        var badBreakdown = await host.WithAsync<ResultsService, ResultsAnswer>(r => r.GetPublicAsync(survey.Id, survey.Q(2).Id, CancellationToken.None));

        Assert.Equal((ResultsStatus.NotYetAvailable, survey.ClosesAt), (editorWhileOpen.Status, editorWhileOpen.AvailableFrom));
        Assert.Equal(ResultsStatus.NotYetAvailable, publicWhileOpen.Status);
        Assert.Equal(8, editor.Results!.Questions.Count);
        Assert.Equal(15, editor.Results.Respondents);
        Assert.Equal(15, editor.Results.Questions.Single(q => q.QuestionId == survey.Q(7).Id).FreeTexts!.Count);
        Assert.DoesNotContain(published.Results!.Questions, q => q.QuestionId == survey.Q(7).Id);
        Assert.All(published.Results.Questions.Single(q => q.QuestionId == survey.Q(2).Id).Groups, g => Assert.Equal(5, g.Respondents));
        Assert.Equal(ResultsStatus.UnknownBreakdown, badBreakdown.Status);
    }

    [Fact]
    public async Task ResultsService_LiveResults_EditorsSeeThemWhileOpen()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().WithLiveResults().Build());

        var editor = await host.WithAsync<ResultsService, ResultsAnswer>(r => r.GetForEditorAsync(survey.Id, null, CancellationToken.None));

        Assert.Equal(ResultsStatus.Available, editor.Status);
        Assert.Null(editor.Results!.Respondents);
    }
}
