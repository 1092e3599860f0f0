using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Invitations;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Submissions;

namespace Halsoportal.Dialog.Tests;

public sealed class SubmissionServiceTests
{
    [Fact]
    public async Task SubmitAsync_ValidAnswers_CommitsResponseKeyAndReceiptTogether()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());

        var result = await host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), Answers.Valid(survey));

        Assert.Equal(SubmissionStatus.Accepted, result.Status);
        Assert.Matches("^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$", result.ReceiptCode);
        Assert.Equal(1, host.Scalar("SELECT COUNT(*) FROM SurveyResponses"));
        Assert.Equal(12, host.Scalar("SELECT COUNT(*) FROM SurveyAnswers"));
        Assert.Equal(1, host.Scalar("SELECT COUNT(*) FROM SurveyIdempotencyKeys"));
        Assert.Equal(1, host.Scalar("SELECT COUNT(*) FROM SurveyReceipts"));
        // Day precision, Swedish date: noon on 10 March.
        Assert.Equal(1, host.Scalar("SELECT COUNT(*) FROM SurveyResponses WHERE SubmittedOn = '2027-03-10'"));
        var found = await host.WithAsync<Surveys.SurveyService, int?>(s => s.FindSurveyByReceiptAsync(result.ReceiptCode!.ToLowerInvariant(), CancellationToken.None));
        Assert.Equal(survey.Id, found);
    }

    [Fact]
    public async Task SubmitAsync_ResubmitWithSameKey_ReturnsTheSameReceiptAndStoresNothingMore()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        var key = host.Keys.Create(survey.Id);

        var first = await host.Engine.SubmitAsync(survey.Id, key, Answers.Valid(survey));
        var again = await host.Engine.SubmitAsync(survey.Id, key, Answers.Valid(survey, scale: 1));

        Assert.Equal(SubmissionStatus.Duplicate, again.Status);
        Assert.Equal(first.ReceiptCode, again.ReceiptCode);
        Assert.Equal(1, host.Scalar("SELECT COUNT(*) FROM SurveyResponses"));
    }

    [Fact]
    public async Task SubmitAsync_ResubmitAfterClose_StillReturnsTheReceipt()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        var key = host.Keys.Create(survey.Id);
        var first = await host.Engine.SubmitAsync(survey.Id, key, Answers.Valid(survey));

        host.Time.Advance(TimeSpan.FromDays(40));
        var again = await host.Engine.SubmitAsync(survey.Id, key, Answers.Valid(survey));

        Assert.Equal(SubmissionStatus.Duplicate, again.Status);
        Assert.Equal(first.ReceiptCode, again.ReceiptCode);
    }

    [Fact]
    public async Task SubmitAsync_ConcurrentSubmissionsAndResubmits_StoreEachExactlyOnce()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        const int Tasks = 32;
        const int PerTask = 63; // 2 016 submissions
        var keys = Enumerable.Range(0, Tasks * PerTask).Select(_ => host.Keys.Create(survey.Id)).ToArray();

        var receipts = new string?[keys.Length];
        await Task.WhenAll(Enumerable.Range(0, Tasks).Select(t => Task.Run(async () =>
        {
            for (var i = 0; i < PerTask; i++)
            {
                var n = t * PerTask + i;
                var result = await host.Engine.SubmitAsync(survey.Id, keys[n], Answers.Valid(survey, age: n % 3 + 1, travel: n % 4 + 1));
                Assert.Equal(SubmissionStatus.Accepted, result.Status);
                receipts[n] = result.ReceiptCode;
            }
        })));

        // Every tenth form sent again, all at once: the same receipts, nothing new stored.
        var resubmits = await Task.WhenAll(Enumerable.Range(0, keys.Length).Where(n => n % 10 == 0)
            .Select(async n => (n, await host.Engine.SubmitAsync(survey.Id, keys[n], Answers.Valid(survey)))));

        Assert.All(resubmits, r => Assert.Equal((SubmissionStatus.Duplicate, receipts[r.n]), (r.Item2.Status, r.Item2.ReceiptCode)));
        Assert.Equal(keys.Length, receipts.Distinct().Count());
        Assert.Equal(keys.Length, host.Scalar("SELECT COUNT(*) FROM SurveyResponses"));
        Assert.Equal(keys.Length, host.Scalar("SELECT COUNT(DISTINCT KeyHash) FROM SurveyIdempotencyKeys"));
        Assert.Equal(keys.Length, host.Scalar("SELECT COUNT(*) FROM SurveyReceipts"));
        Assert.Equal(keys.Length * 12L, host.Scalar("SELECT COUNT(*) FROM SurveyAnswers"));
    }

    [Fact]
    public async Task SubmitAsync_SameKeyManyTimesAtOnce_OneResponseOneReceipt()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        var key = host.Keys.Create(survey.Id);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => host.Engine.SubmitAsync(survey.Id, key, Answers.Valid(survey)))));

        Assert.Single(results, r => r.Status == SubmissionStatus.Accepted);
        Assert.All(results, r => Assert.True(r.IsReceived));
        Assert.Single(results.Select(r => r.ReceiptCode).Distinct());
        Assert.Equal(1, host.Scalar("SELECT COUNT(*) FROM SurveyResponses"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("kort")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // right length, no valid MAC
    [InlineData("' OR 1=1 --AAAAAAAAAAAAAAAAAAAAA")]
    public async Task SubmitAsync_TamperedKey_IsRefusedWithAMessage(string key)
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());

        var result = await host.Engine.SubmitAsync(survey.Id, key, Answers.Valid(survey));

        Assert.Equal(SubmissionStatus.Invalid, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal(AnswerFields.IdempotencyKey, error.Field);
        Assert.StartsWith("Formuläret gick inte att känna igen", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Scalar("SELECT COUNT(*) FROM SurveyResponses"));
    }

    [Fact]
    public async Task SubmitAsync_KeyOfAnotherSurveyOrEditedByOneCharacter_IsRefused()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        var other = await host.CreateSurveyAsync(new SurveyBuilder().WithSlug("annan").Build());
        var key = host.Keys.Create(other.Id);
        var edited = (key[5] == 'A' ? 'B' : 'A') is var c ? key[..5] + c + key[6..] : key;

        Assert.Equal(SubmissionStatus.Invalid, (await host.Engine.SubmitAsync(survey.Id, key, Answers.Valid(survey))).Status);
        Assert.Equal(SubmissionStatus.Invalid, (await host.Engine.SubmitAsync(other.Id, edited, Answers.Valid(other))).Status);
        Assert.Equal(SubmissionStatus.Accepted, (await host.Engine.SubmitAsync(other.Id, key, Answers.Valid(other))).Status);
    }

    [Fact]
    public async Task SubmitAsync_InvalidAnswers_StoresNothing()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        var answers = Answers.Valid(survey);
        answers.Remove(survey.Q(2).Id);

        var result = await host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), answers);

        Assert.Equal(SubmissionStatus.Invalid, result.Status);
        Assert.Equal(AnswerFields.Question(survey.Q(2).Id), Assert.Single(result.Errors).Field);
        foreach (var table in new[] { "SurveyResponses", "SurveyAnswers", "SurveyIdempotencyKeys", "SurveyReceipts" })
        {
            Assert.Equal(0, host.Scalar($"SELECT COUNT(*) FROM {table}"));
        }
    }

    [Fact]
    public async Task SubmitAsync_UnknownSurvey_IsInvalid()
    {
        await using var host = await DialogTestHost.CreateAsync();

        var result = await host.Engine.SubmitAsync(999, host.Keys.Create(999), new Dictionary<int, AnswerInput>());

        Assert.Equal(AnswerValidator.UnknownSurvey, Assert.Single(result.Errors));
    }

    [Fact]
    public async Task SubmitAsync_InvitationCodes_EachWorksOnceAndUnknownOnesAreRefused()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().WithInvitationCodes().Build());
        var batch = await host.WithAsync<InvitationCodeService, InvitationBatchResult>(s => s.CreateBatchAsync(survey.Id, 3, "Stormöte", CancellationToken.None));
        var code = batch.Codes[0];

        var missing = await host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), Answers.Valid(survey));
        var malformed = await host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), Answers.Valid(survey), "ABC");
        var unknown = await host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), Answers.Valid(survey), "22222-22222");
        var firstKey = host.Keys.Create(survey.Id);
        var first = await host.Engine.SubmitAsync(survey.Id, firstKey, Answers.Valid(survey), " " + code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));
        var reused = await host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), Answers.Valid(survey), code);
        var resubmit = await host.Engine.SubmitAsync(survey.Id, firstKey, Answers.Valid(survey), code);

        Assert.Equal(AnswerValidator.InvitationError(InvitationCodeState.Missing), Assert.Single(missing.Errors));
        Assert.Equal(AnswerValidator.InvitationError(InvitationCodeState.Malformed), Assert.Single(malformed.Errors));
        Assert.Equal(AnswerValidator.InvitationError(InvitationCodeState.Unknown), Assert.Single(unknown.Errors));
        Assert.Equal(SubmissionStatus.Accepted, first.Status);
        Assert.Equal(AnswerValidator.InvitationError(InvitationCodeState.Used), Assert.Single(reused.Errors));
        Assert.Equal((SubmissionStatus.Duplicate, first.ReceiptCode), (resubmit.Status, resubmit.ReceiptCode));
        Assert.Equal(1, host.Scalar("SELECT COUNT(*) FROM SurveyResponses"));
        Assert.Equal(1, host.Scalar("SELECT COUNT(*) FROM InvitationCodes WHERE Burned = TRUE"));
    }

    [Fact]
    public async Task SubmitAsync_OneCodeFromManyFormsAtOnce_ExactlyOneIsAcceptedAndTheOthersAreNotFailedByIt()
    {
        await using var host = await DialogTestHost.CreateAsync(new() { ["Halsoportal:Dialog:BatchLingerMilliseconds"] = "20" });
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().WithInvitationCodes().Build());
        var batch = await host.WithAsync<InvitationCodeService, InvitationBatchResult>(s => s.CreateBatchAsync(survey.Id, 40, "Brev", CancellationToken.None));

        // 20 forms share code 0 (lands in the same batches), 20 others each have their own code.
        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), Answers.Valid(survey), batch.Codes[i < 20 ? 0 : i]))));

        Assert.Single(results.Take(20), r => r.Status == SubmissionStatus.Accepted);
        Assert.All(results.Take(20).Where(r => r.Status != SubmissionStatus.Accepted),
            r => Assert.Equal(AnswerValidator.InvitationError(InvitationCodeState.Used), Assert.Single(r.Errors)));
        Assert.All(results.Skip(20), r => Assert.Equal(SubmissionStatus.Accepted, r.Status));
        Assert.Equal(21, host.Scalar("SELECT COUNT(*) FROM SurveyResponses"));
        Assert.Equal(21, host.Scalar("SELECT COUNT(*) FROM InvitationCodes WHERE Burned = TRUE"));
    }

    [Fact]
    public async Task SubmitAsync_ReadOnlyDatabase_IsUnavailableNeverAccepted()
    {
        var folder = Path.Combine(Path.GetTempPath(), "halsoportal-dialog-" + Guid.NewGuid().ToString("N"));
        try
        {
            Surveys.Survey survey;
            await using (var writable = await DialogTestHost.CreateAsync(folder: folder))
            {
                survey = await writable.CreateSurveyAsync(new SurveyBuilder().Build());
            }

            await using var host = await DialogTestHost.CreateAsync(store: DialogTestHost.ReadOnlyStore(folder));
            var surveyId = survey.Id;

            var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => host.Engine.SubmitAsync(surveyId, host.Keys.Create(surveyId), Answers.Valid(survey))));

            Assert.All(results, r => Assert.Equal(SubmissionStatus.Unavailable, r.Status));
            Assert.All(results, r => Assert.Null(r.ReceiptCode));
            Assert.Equal(0, host.Scalar("SELECT COUNT(*) FROM SurveyResponses"));
            Assert.Contains(host.Logs.Lines, l => l.Contains("could not be stored", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task SubmitAsync_StoreFailsThenRecovers_UnavailableThenAcceptedAndRetriesFindTheirTrueOutcome()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        var before = await host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), Answers.Valid(survey));

        // Someone breaks the schema under the running engine: every write fails.
        host.Execute("ALTER TABLE SurveyReceipts RENAME TO SurveyReceiptsAway");

        var keys = Enumerable.Range(0, 20).Select(_ => host.Keys.Create(survey.Id)).ToArray();
        var during = await Task.WhenAll(keys.Select(k => Task.Run(() => host.Engine.SubmitAsync(survey.Id, k, Answers.Valid(survey)))));

        host.Execute("ALTER TABLE SurveyReceiptsAway RENAME TO SurveyReceipts");

        var after = await Task.WhenAll(keys.Select(k => host.Engine.SubmitAsync(survey.Id, k, Answers.Valid(survey))));

        Assert.Equal(SubmissionStatus.Accepted, before.Status);
        Assert.All(during, r => Assert.Equal(SubmissionStatus.Unavailable, r.Status));
        Assert.All(after, r => Assert.Equal(SubmissionStatus.Accepted, r.Status));
        Assert.Equal(21, host.Scalar("SELECT COUNT(*) FROM SurveyResponses"));
        Assert.Equal(21, host.Scalar("SELECT COUNT(*) FROM SurveyIdempotencyKeys"));
    }

    [Fact]
    public async Task StopAsync_CommitsWhatIsQueuedThenRefusesNewSubmissions()
    {
        await using var host = await DialogTestHost.CreateAsync(new() { ["Halsoportal:Dialog:BatchLingerMilliseconds"] = "30" });
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());

        // The survey is read once first, so each submission below is queued before SubmitAsync returns its
        // task (on PostgreSQL that first read really is asynchronous; one still reading at the stop is Unavailable, rightly).
        Assert.Equal(SubmissionStatus.Accepted, (await host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), Answers.Valid(survey))).Status);
        var pending = Enumerable.Range(0, 100).Select(_ => host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), Answers.Valid(survey))).ToList();
        await host.Engine.StopAsync(CancellationToken.None);
        var late = await host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), Answers.Valid(survey));

        var results = await Task.WhenAll(pending);
        Assert.All(results, r => Assert.Equal(SubmissionStatus.Accepted, r.Status));
        Assert.Equal(SubmissionStatus.Unavailable, late.Status);
        Assert.Equal(101, host.Scalar("SELECT COUNT(*) FROM SurveyResponses"));
    }

    [Fact]
    public void IdempotencyKeys_Format_Is32Base64UrlCharactersAndChecksItsMac()
    {
        var keys = new IdempotencyKeys(new byte[32]);
        var other = new IdempotencyKeys(Enumerable.Repeat((byte)1, 32).ToArray());

        var key = keys.Create(7);

        Assert.Matches("^[A-Za-z0-9_-]{32}$", key);
        Assert.True(keys.IsValid(7, key));
        Assert.False(keys.IsValid(8, key));
        Assert.False(other.IsValid(7, key));
        Assert.NotEqual(key, keys.Create(7));
    }

    [Fact]
    public void Codes_NormalizeAndFormat_AreForgivingButStrict()
    {
        var code = Codes.NewCode();

        Assert.Equal(10, code.Length);
        Assert.All(code, c => Assert.Contains(c, Codes.Alphabet));
        Assert.Equal(code, Codes.Normalize(Codes.Format(code).ToLowerInvariant()));
        Assert.Equal("K7MQ2XR9TD", Codes.Normalize(" k7mq2 - xr9td "));
        Assert.Null(Codes.Normalize("K7MQ2-XR9T0")); // 0 is not in the alphabet
        Assert.Null(Codes.Normalize("K7MQ2-XR9T"));
        Assert.Null(Codes.Normalize(null));
    }
}
