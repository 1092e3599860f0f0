using Halsoportal.Dialog.Invitations;
using Halsoportal.Dialog.Results;
using Halsoportal.Dialog.Retention;
using Halsoportal.Dialog.Surveys;

namespace Halsoportal.Dialog.Tests;

public sealed class RetentionServiceTests
{
    private static async Task<(DialogTestHost Host, Survey Survey, Survey Other)> ClosedSurveyWithAnswersAsync()
    {
        var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().WithInvitationCodes().WithRetentionDays(30).Build());
        var other = await host.CreateSurveyAsync(new SurveyBuilder().WithSlug("pagaende").WithRetentionDays(365).Build());
        var codes = await host.WithAsync<InvitationCodeService, InvitationBatchResult>(s => s.CreateBatchAsync(survey.Id, 20, "Brev", CancellationToken.None));
        for (var i = 0; i < 12; i++)
        {
            Assert.True((await host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), Answers.Valid(survey, age: i % 2 + 1, text: $"Tanke nummer {i}"), codes.Codes[i])).IsReceived);
            Assert.True((await host.Engine.SubmitAsync(other.Id, host.Keys.Create(other.Id), Answers.Valid(other))).IsReceived);
        }

        return (host, survey, other);
    }

    [Fact]
    public async Task RunAsync_TwiceAtOnce_AsTwoNodesStartingTogether_DeletesOnceWithOneSnapshotAndNeitherFails()
    {
        var (host, survey, _) = await ClosedSurveyWithAnswersAsync();
        await using var _h = host;
        var now = survey.RetentionEndsAt;

        // Each run in its own scope (its own connection), as the demo seeder and the daily job, or two nodes, run them.
        var reports = await Task.WhenAll(
            host.WithAsync<RetentionService, RetentionReport>(r => r.RunAsync(now)),
            host.WithAsync<RetentionService, RetentionReport>(r => r.RunAsync(now)));

        Assert.Equal([0, 1], reports.Select(r => r.Surveys).Order());
        Assert.Equal(1, host.Scalar($"SELECT COUNT(*) FROM SurveyResultSnapshots WHERE SurveyId = {survey.Id}"));
        Assert.Equal(0, host.Scalar($"SELECT COUNT(*) FROM SurveyResponses WHERE SurveyId = {survey.Id}"));
    }

    [Fact]
    public async Task RunAsync_BeforeTheRetentionPeriodEnds_DeletesNothing()
    {
        var (host, survey, _) = await ClosedSurveyWithAnswersAsync();
        await using var _h = host;

        var report = await host.WithAsync<RetentionService, RetentionReport>(r => r.RunAsync(survey.RetentionEndsAt.AddSeconds(-1)));

        Assert.Equal(0, report.Surveys);
        Assert.Equal(24, host.Scalar("SELECT COUNT(*) FROM SurveyResponses"));
    }

    [Fact]
    public async Task RunAsync_AfterTheRetentionPeriod_DeletesAnswersKeepsResultsAndReceipts()
    {
        var (host, survey, other) = await ClosedSurveyWithAnswersAsync();
        await using var _h = host;
        host.Time.SetUtcNow(survey.RetentionEndsAt);
        var before = await host.WithAsync<ResultsService, ResultsAnswer>(r => r.GetForEditorAsync(survey.Id, survey.Q(1).Id, CancellationToken.None));

        var report = await host.WithAsync<RetentionService, RetentionReport>(r => r.RunAsync(host.Time.GetUtcNow().UtcDateTime));
        var after = await host.WithAsync<ResultsService, ResultsAnswer>(r => r.GetForEditorAsync(survey.Id, survey.Q(1).Id, CancellationToken.None));
        var overallAfter = await host.WithAsync<ResultsService, ResultsAnswer>(r => r.GetPublicAsync(survey.Id, null, CancellationToken.None));
        var again = await host.WithAsync<RetentionService, RetentionReport>(r => r.RunAsync(host.Time.GetUtcNow().UtcDateTime));

        Assert.Equal(new RetentionReport(1, 12, 12 * 11, 12), report);
        Assert.Equal(0, again.Surveys);
        Assert.Equal(0, host.Scalar($"SELECT COUNT(*) FROM SurveyResponses WHERE SurveyId = {survey.Id}"));
        Assert.Equal(0, host.Scalar($"SELECT COUNT(*) FROM SurveyIdempotencyKeys WHERE SurveyId = {survey.Id}"));
        Assert.Equal(0, host.Scalar($"SELECT COUNT(*) FROM InvitationCodes WHERE SurveyId = {survey.Id}"));
        Assert.Equal(0, host.Scalar("SELECT COUNT(*) FROM SurveyAnswers WHERE Text LIKE 'Tanke%'"));
        Assert.Equal(12, host.Scalar($"SELECT COUNT(*) FROM SurveyResponses WHERE SurveyId = {other.Id}"));
        Assert.Equal(12, host.Scalar($"SELECT COUNT(*) FROM SurveyReceipts WHERE SurveyId = {survey.Id}"));
        // The deleted text is in no page of the file, nor in the log (SQLite's file; PostgreSQL's pages are the server's, vacuumed after the purge).
        if (!Halsoportal.Testing.TestPostgres.Enabled)
        {
            Assert.DoesNotContain("Tanke nummer", System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(host.DatabasePath)), StringComparison.Ordinal);
            Assert.False(File.Exists(host.DatabasePath + "-wal") && new FileInfo(host.DatabasePath + "-wal").Length > 0
                && System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(host.DatabasePath + "-wal")).Contains("Tanke nummer", StringComparison.Ordinal));
        }

        Assert.Equal(ResultsStatus.Available, after.Status);
        Assert.Equal(SwedishTime.DateOf(survey.RetentionEndsAt), after.Results!.SnapshotOn);
        Assert.Equal(before.Results!.Respondents, after.Results.Respondents);
        foreach (var question in before.Results.Questions.Where(q => q.Type != QuestionType.FreeText))
        {
            var kept = after.Results.Questions.Single(q => q.QuestionId == question.QuestionId);
            Assert.Equal(Flatten(question), Flatten(kept));
        }

        var text = after.Results.Questions.Single(q => q.QuestionId == survey.Q(7).Id);
        Assert.Equal(12, text.Answered);
        Assert.Null(text.FreeTexts);
        Assert.Equal(12, overallAfter.Results!.Respondents);
    }

    private static string Flatten(QuestionResult result) =>
        string.Join(";", (result.Overall?.Rows ?? []).SelectMany(r => r.Cells.Select(c => $"{r.Label}/{c.Label}={c.Count}")))
        + "|" + string.Join(";", result.Groups.Select(g => $"{g.Label}:{g.Respondents}:" + string.Join(",", (g.Tally?.Rows ?? []).SelectMany(r => r.Cells.Select(c => c.Count)))));
}
