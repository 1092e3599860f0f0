using Halsoportal.Dialog.Submissions;
using Halsoportal.Testing;

namespace Halsoportal.Dialog.Tests;

/// <summary>
/// Two submission engines on one store, as two web nodes on one PostgreSQL (or two processes on
/// one SQLite file): an answer sent to both at once is stored once, and both show its receipt.
/// And on PostgreSQL: the server dropping the writer's connection mid-run is Unavailable, never
/// a receipt, and the next submission goes through on a new connection.
/// </summary>
public sealed class TwoNodeTests
{
    [Fact]
    public async Task SameAnswerToTwoNodesAtOnce_StoredOnce_BothShowTheSameReceipt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "halsoportal-dialog-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var one = await DialogTestHost.CreateAsync(folder: folder);
            await using var two = await DialogTestHost.CreateAsync(folder: folder);
            var survey = await one.CreateSurveyAsync(new SurveyBuilder().Build());
            var keys = Enumerable.Range(0, 40).Select(_ => one.Keys.Create(survey.Id)).ToArray();

            var results = await Task.WhenAll(keys.Select(key => Task.WhenAll(
                Task.Run(() => one.Engine.SubmitAsync(survey.Id, key, Answers.Valid(survey))),
                Task.Run(() => two.Engine.SubmitAsync(survey.Id, key, Answers.Valid(survey))))));

            foreach (var pair in results)
            {
                Assert.All(pair, r => Assert.True(r.Status is SubmissionStatus.Accepted or SubmissionStatus.Duplicate, r.Status.ToString()));
                Assert.Single(pair, r => r.Status == SubmissionStatus.Accepted);
                Assert.Equal(pair[0].ReceiptCode, pair[1].ReceiptCode);
            }

            Assert.Equal(keys.Length, one.Scalar("SELECT COUNT(*) FROM SurveyResponses"));
            Assert.Equal(keys.Length, one.Scalar("SELECT COUNT(*) FROM SurveyIdempotencyKeys"));
            Assert.Equal(keys.Length, one.Scalar("SELECT COUNT(*) FROM SurveyReceipts"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [PostgresOnlyFact("ends the server-side sessions of the writer's connection, which only a server has")]
    public async Task ServerDropsTheWritersConnection_Unavailable_ThenTheResubmitIsAccepted()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        Assert.Equal(SubmissionStatus.Accepted, (await host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), Answers.Valid(survey))).Status);

        // The writer keeps its connection open between batches: end every other session of this database under it.
        Assert.True(host.Scalar("SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()) AS ended") >= 1);
        var key = host.Keys.Create(survey.Id);
        var during = await host.Engine.SubmitAsync(survey.Id, key, Answers.Valid(survey));
        var after = await host.Engine.SubmitAsync(survey.Id, key, Answers.Valid(survey));

        Assert.Equal(SubmissionStatus.Unavailable, during.Status);
        Assert.Null(during.ReceiptCode);
        Assert.Equal(SubmissionStatus.Accepted, after.Status);
        Assert.Equal(2, host.Scalar("SELECT COUNT(*) FROM SurveyResponses"));
        Assert.Contains(host.Logs.Lines, l => l.Contains("could not be stored", StringComparison.Ordinal));
    }
}
