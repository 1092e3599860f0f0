using System.Text.RegularExpressions;
using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Demo;
using Halsoportal.Dialog.Results;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Submissions;
using Halsoportal.Dialog.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Dialog.Tests;

public sealed partial class DemoDialogTests
{
    private static Task<int> SeedAsync(DialogTestHost host) =>
        host.WithAsync<DemoDialogSeeder, int>(s => s.SeedAsync(host.Time.GetUtcNow().UtcDateTime, CancellationToken.None));

    private static Task<List<Survey>> SurveysAsync(DialogTestHost host) =>
        host.WithAsync<DialogDbContext, List<Survey>>(db => db.Surveys.AsNoTracking()
            .Include(s => s.Kommuner)
            .Include(s => s.Questions).ThenInclude(q => q.Options)
            .Include(s => s.Timeline)
            .AsSplitQuery()
            .ToListAsync());

    private static SurveyStage? LatestStage(Survey survey, DateOnly today) =>
        survey.Timeline.Where(t => t.Date <= today).OrderBy(t => t.Date).ThenBy(t => t.Stage).LastOrDefault()?.Stage;

    private static long Count(DialogTestHost host, string table, int surveyId) =>
        host.Scalar($"SELECT COUNT(*) FROM {table} WHERE SurveyId = {surveyId}");

    public static TheoryData<DateTimeOffset> Clocks => new()
    {
        DialogTestHost.Start,
        // The night summer time ends, and New Year's night: dates must still come out right.
        new DateTimeOffset(2027, 10, 31, 1, 30, 0, TimeSpan.Zero),
        new DateTimeOffset(2027, 12, 31, 23, 30, 0, TimeSpan.Zero),
    };

    [Theory]
    [MemberData(nameof(Clocks))]
    public async Task SeedAsync_EmptyStore_SeedsSurveysInEveryState(DateTimeOffset now)
    {
        await using var host = await DialogTestHost.CreateAsync();
        host.Time.SetUtcNow(now);
        var utc = now.UtcDateTime;
        var today = SwedishTime.DateOf(utc);

        var created = await SeedAsync(host);

        var surveys = await SurveysAsync(host);
        Assert.True(created >= 7, $"{created} surveys");
        Assert.Equal(created, surveys.Count);
        var upcoming = Assert.Single(surveys, s => s.OpensAt > utc);
        Assert.True(upcoming.OpensAt < utc.AddDays(8));
        Assert.Equal(0, Count(host, "SurveyResponses", upcoming.Id));
        var open = surveys.Where(s => s.IsOpenAt(utc)).ToList();
        Assert.Contains(open, s => s.Mode == ParticipationMode.Open);
        var invited = Assert.Single(open, s => s.Mode == ParticipationMode.Invitation);
        var closed = surveys.Where(s => s.ClosesAt <= utc).ToList();
        Assert.Contains(closed, s => LatestStage(s, today) == SurveyStage.Analysing && s.ClosesAt > utc.AddDays(-14));
        var decided = closed.Where(s => LatestStage(s, today) == SurveyStage.Decided).ToList();
        Assert.All(decided, s => Assert.Contains(s.Timeline, t => t.Stage == SurveyStage.Decided && t.DecisionUrl!.StartsWith("https://", StringComparison.Ordinal)));
        Assert.Contains(decided, s => s.Timeline.Any(t => t.DecisionUrl?.StartsWith("https://sundsvall.se/", StringComparison.Ordinal) == true));
        Assert.Contains(closed, s => LatestStage(s, today) == SurveyStage.Implemented && s.AnswersDeletedOn is null);
        var purged = Assert.Single(surveys, s => s.AnswersDeletedOn is not null);
        Assert.True(purged.RetentionEndsAt <= utc);
        Assert.All(surveys.Except([purged]), s => Assert.True(s.RetentionEndsAt > utc, s.Slug));

        // Kommuner: Sundsvall and Jönköping at least twice, one survey shared by two kommuner.
        var codes = surveys.SelectMany(s => s.Kommuner.Select(k => k.KommunCode)).ToList();
        Assert.True(codes.Count(c => c == "2281") >= 2);
        Assert.True(codes.Count(c => c == "0680") >= 2);
        Assert.Contains(surveys, s => s.Kommuner.Count == 2);
        Assert.All(codes, c => Assert.Contains(c, DemoKommuner));
        var sundsvall = await host.WithAsync<SurveyService, IReadOnlyList<Survey>>(s => s.ListForKommunAsync("2281", CancellationToken.None));
        Assert.True(sundsvall.Count >= 2);

        foreach (var survey in surveys)
        {
            // A timeline that fits the state: opened on the opening day, no entry in the future but the upcoming one's.
            var first = survey.Timeline.OrderBy(t => t.Date).First();
            Assert.Equal(SurveyStage.Open, first.Stage);
            Assert.Equal(SwedishTime.DateOf(survey.OpensAt), first.Date);
            Assert.All(survey.Timeline, t => Assert.True(t == first || t.Date <= today, $"{survey.Slug}: {t.Title} on {t.Date}"));
            Assert.All(survey.Timeline.Where(t => t.Stage > SurveyStage.Open), t => Assert.True(t.Date > SwedishTime.DateOf(survey.ClosesAt).AddDays(-1)));
            Assert.Contains("personuppgiftsansvarig", survey.PrivacyNotice, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("IP-adress", survey.PrivacyNotice, StringComparison.Ordinal);

            // 30–400 responses but for the upcoming one; receipts stay after retention, so they count the purged one.
            var received = Count(host, "SurveyReceipts", survey.Id);
            Assert.True(survey == upcoming ? received == 0 : received is >= 30 and <= 400, $"{survey.Slug}: {received}");
            if (survey.AnswersDeletedOn is null)
            {
                Assert.Equal(received, Count(host, "SurveyResponses", survey.Id));
                Assert.Equal(received, Count(host, "SurveyIdempotencyKeys", survey.Id));
            }
        }

        // Invitation codes: one burned per response, the rest unused.
        var responses = Count(host, "SurveyResponses", invited.Id);
        Assert.Equal(responses, host.Scalar($"SELECT COUNT(*) FROM InvitationCodes WHERE SurveyId = {invited.Id} AND Burned = TRUE"));
        Assert.True(Count(host, "InvitationCodes", invited.Id) > responses);
        Assert.Equal(0, host.Scalar($"SELECT COUNT(*) FROM InvitationCodes WHERE SurveyId <> {invited.Id}"));

        // Retention ran: snapshot, no answers left.
        Assert.Equal(0, Count(host, "SurveyResponses", purged.Id));
        Assert.Equal(1, host.Scalar($"SELECT COUNT(*) FROM SurveyResultSnapshots WHERE SurveyId = {purged.Id}"));
    }

    [Fact]
    public async Task SeedAsync_Questions_UseEveryTypeAndFeature()
    {
        await using var host = await DialogTestHost.CreateAsync();
        await SeedAsync(host);

        var questions = (await SurveysAsync(host)).SelectMany(s => s.Questions).ToList();

        Assert.All(Enum.GetValues<QuestionType>(), type => Assert.Contains(questions, q => q.Type == type));
        Assert.Contains(questions, q => q.Type == QuestionType.MultipleChoice && q.MaxChoices is not null);
        Assert.Contains(questions, q => q.Type == QuestionType.Scale && q.ScaleMinLabel is not null && q.ScaleMaxLabel is not null);
        Assert.All(questions.Where(q => q.Type == QuestionType.FreeText), q => Assert.NotNull(q.MaxLength));
        Assert.Contains(questions, q => q.IsBackground && q.Options.Any(o => o.Text == "80 år eller äldre"));
        Assert.Contains(questions, q => q.IsBackground && q.Options.Any(o => o.Text == "Stöde"));
        Assert.Contains(questions, q => q.IsBackground && !q.Required);
        Assert.Contains(questions, q => q.Required && !q.IsBackground);
        Assert.Contains(questions, q => !q.Required && !q.IsBackground);
        Assert.Contains(questions, q => q.ShowWhenQuestionId is not null && q.ShowWhenOptionId is not null);
        Assert.Contains(questions, q => !q.PublishedInResults);
    }

    [Fact]
    public async Task SeedAsync_CalledAgain_SeedsNothing()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var first = await SeedAsync(host);
        var responses = host.Scalar("SELECT COUNT(*) FROM SurveyResponses");

        var second = await SeedAsync(host);

        Assert.True(first >= 7);
        Assert.Equal(0, second);
        Assert.Equal(first, host.Scalar("SELECT COUNT(*) FROM Surveys"));
        Assert.Equal(responses, host.Scalar("SELECT COUNT(*) FROM SurveyResponses"));
    }

    [Fact]
    public async Task SeedAsync_StoreWithASurveyAlready_SeedsNothing()
    {
        await using var host = await DialogTestHost.CreateAsync();
        await host.CreateSurveyAsync(new SurveyBuilder().Build());

        Assert.Equal(0, await SeedAsync(host));
        Assert.Equal(1, host.Scalar("SELECT COUNT(*) FROM Surveys"));
    }

    [Fact]
    public async Task SeedAsync_TwoAtOnce_SeedOnce()
    {
        await using var host = await DialogTestHost.CreateAsync();

        // Two scopes: two contexts on two connections, as two processes would have.
        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => SeedAsync(host))));

        Assert.Contains(0, results);
        Assert.Equal(results.Sum(), host.Scalar("SELECT COUNT(*) FROM Surveys"));
        Assert.Equal(1, host.Scalar("SELECT COUNT(*) FROM InvitationBatches"));
    }

    [Fact]
    public async Task SeedAsync_SameClock_SameAnswers()
    {
        await using var one = await DialogTestHost.CreateAsync();
        await using var two = await DialogTestHost.CreateAsync();
        await SeedAsync(one);
        await SeedAsync(two);

        // Row ids are random; what was answered is not.
        // The dates as day numbers: julianday() on SQLite, date arithmetic on PostgreSQL.
        var days = Halsoportal.Testing.TestPostgres.Enabled ? "SubmittedOn - DATE '2000-01-01'" : "julianday(SubmittedOn)";
        var Fingerprint = "SELECT COUNT(*) || '/' || SUM(COALESCE(a.OptionId, 0)) || '/' || SUM(COALESCE(a.Value, 0)) || '/' || SUM(LENGTH(COALESCE(a.Text, '')))"
            + $" || '/' || (SELECT SUM({days}) FROM SurveyResponses) FROM SurveyAnswers a";
        Assert.Equal(Text(one, Fingerprint), Text(two, Fingerprint));
    }

    [Fact]
    public async Task SeedAsync_EveryStoredResponse_PassesTheAnswerValidator()
    {
        await using var host = await DialogTestHost.CreateAsync();
        await SeedAsync(host);
        var surveys = (await SurveysAsync(host)).ToDictionary(s => s.Id);
        var responses = await host.WithAsync<DialogDbContext, List<Response>>(db => db.Responses.AsNoTracking().Include(r => r.Answers).ToListAsync());

        Assert.True(responses.Count > 1000, $"{responses.Count} responses");
        foreach (var response in responses)
        {
            var survey = surveys[response.SurveyId];
            Assert.InRange(response.SubmittedOn, SwedishTime.DateOf(survey.OpensAt), SwedishTime.DateOf(survey.ClosesAt < host.Time.GetUtcNow().UtcDateTime ? survey.ClosesAt : host.Time.GetUtcNow().UtcDateTime));
            Assert.All(response.Answers, a => Assert.InRange(a.Id - response.Id, 1, (1 << 12) - 1));

            // Rebuild what the form posted, and check it the way the engine checked it on that day.
            var inputs = response.Answers.GroupBy(a => a.QuestionId).ToDictionary(g => g.Key, g => Input(survey.Questions.Single(q => q.Id == g.Key), [.. g]));
            var moment = DemoText.Local(response.SubmittedOn, 12);
            moment = moment < survey.OpensAt ? survey.OpensAt : moment >= survey.ClosesAt ? survey.ClosesAt.AddMinutes(-1) : moment;
            var validation = AnswerValidator.Validate(survey, inputs, moment);

            Assert.True(validation.IsValid, string.Join("\n", validation.Errors.Select(e => $"{survey.Slug} {e.Field}: {e.Message}")));
            Assert.Equal(
                response.Answers.Select(a => new AnswerRow(a.QuestionId, a.OptionId, a.Value, a.Text)).Order(RowOrder.Instance),
                validation.Rows.Order(RowOrder.Instance));
        }
    }

    [Fact]
    public async Task Results_ClosedDemoSurvey_CountsWithSuppressedSmallGroups()
    {
        await using var host = await DialogTestHost.CreateAsync();
        await SeedAsync(host);
        var now = host.Time.GetUtcNow().UtcDateTime;
        var surveys = await SurveysAsync(host);
        var closed = surveys.Where(s => s.ClosesAt <= now && s.AnswersDeletedOn is null).ToList();
        Assert.NotEmpty(closed);

        foreach (var survey in closed)
        {
            foreach (var background in survey.Questions.Where(q => q.IsBackground))
            {
                var answer = await host.WithAsync<ResultsService, ResultsAnswer>(r => r.GetForEditorAsync(survey.Id, background.Id, CancellationToken.None));

                Assert.Equal(ResultsStatus.Available, answer.Status);
                var results = answer.Results!;
                Assert.True(results.Respondents > 0);
                Assert.All(results.Questions.Where(q => q.Type != QuestionType.FreeText && q.Overall is not null), q => Assert.True(q.Answered > 0));
                // A small group (1–4 respondents) in each breakdown of each survey: hidden, and not told apart from an empty one.
                Assert.Contains(results.Questions, q => q.Groups.Any(g => g.Suppressed));
                Assert.Contains(results.Questions, q => q.Groups.Any(g => !g.Suppressed && g.Respondents >= results.Threshold));
            }
        }

        // The public sees only published questions; free text is shown overall, never per group.
        var youth = surveys.Single(s => s.Slug == "ungas-fritid-och-halsa");
        var age = youth.Questions.Single(q => q.IsBackground && q.Order == 1);
        var published = (await host.WithAsync<ResultsService, ResultsAnswer>(r => r.GetPublicAsync(youth.Id, age.Id, CancellationToken.None))).Results!;
        Assert.DoesNotContain(published.Questions, q => !youth.Questions.Single(x => x.Id == q.QuestionId).PublishedInResults);
        var texts = published.Questions.Single(q => q.Type == QuestionType.FreeText);
        Assert.NotEmpty(texts.FreeTexts!);
        Assert.Empty(texts.Groups);

        // The purged survey's results come from its snapshot.
        var purged = surveys.Single(s => s.AnswersDeletedOn is not null);
        var frozen = await host.WithAsync<ResultsService, ResultsAnswer>(r => r.GetPublicAsync(purged.Id, purged.Questions.First(q => q.IsBackground).Id, CancellationToken.None));
        Assert.Equal(SwedishTime.DateOf(now), frozen.Results!.SnapshotOn);
        Assert.True(frozen.Results.Respondents >= 30);
        Assert.Contains(frozen.Results.Questions, q => q.Groups.Any(g => g.Suppressed));
    }

    [Fact]
    public async Task SeedAsync_StoresNoAddressesAgentsCodesOrTimesOfDay()
    {
        await using var host = await DialogTestHost.CreateAsync();
        // An odd time of day, to be recognised if it leaks anywhere.
        host.Time.Advance(new TimeSpan(3, 37, 21));
        await SeedAsync(host);

        // Hashes and sealed receipts are random bytes: thousands of them as Latin-1 would now and then spell "::a" or "12:34"
        // by chance. They are checked for what they are (hashes of fixed size) below.
        var cells = PrivacyTests.ReadEveryCell(host).Where(c => !RandomBytes.Contains(c.Column)).ToList();
        Assert.NotEmpty(cells);
        foreach (var (column, value) in cells)
        {
            Assert.False(PrivacyTests.Ipv4().IsMatch(value), $"{column} holds an IPv4-like value");
            Assert.False(PrivacyTests.Ipv6().IsMatch(value), $"{column} holds an IPv6-like value");
            Assert.False(PrivacyTests.UserAgent().IsMatch(value), $"{column} holds a user-agent-like value");
            Assert.False(FormattedCode().IsMatch(value), $"{column} holds a code as printed: {value}");
            if (!PrivacyTests.ConfiguredTimes.Contains(column))
            {
                Assert.False(PrivacyTests.TimeOfDay().IsMatch(value), $"{column} holds a time of day: {value}");
            }
        }

        // Codes and keys are only ever stored as 32-byte hashes; nothing links a code, a key or a receipt to a response.
        Assert.Equal(0, host.Scalar("SELECT COUNT(*) FROM InvitationCodes WHERE LENGTH(CodeHash) <> 32"));
        Assert.Equal(0, host.Scalar("SELECT COUNT(*) FROM SurveyReceipts WHERE LENGTH(CodeHash) <> 32"));
        Assert.Equal(0, host.Scalar("SELECT COUNT(*) FROM SurveyIdempotencyKeys WHERE LENGTH(KeyHash) <> 32"));
        Assert.Equal(0, host.Scalar("SELECT COUNT(*) FROM SurveyResponses WHERE CAST(SubmittedOn AS TEXT) LIKE '%:%'"));
        Assert.True(host.Scalar("SELECT MIN(Id) FROM SurveyResponses") > 1L << 40);

        // The log says what was seeded, never what was answered.
        var log = string.Join("\n", host.Logs.Lines);
        Assert.Contains("Dialog demo: seeded", log, StringComparison.Ordinal);
        var texts = await host.WithAsync<DialogDbContext, List<string>>(db => db.Answers.Where(a => a.Text != null).Select(a => a.Text!).Distinct().ToListAsync());
        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, t => log.Contains(t, StringComparison.Ordinal));
        Assert.DoesNotMatch(PrivacyTests.Ipv4(), log);
    }

    private static readonly HashSet<string> RandomBytes =
        ["InvitationCodes.CodeHash", "SurveyReceipts.CodeHash", "SurveyIdempotencyKeys.KeyHash", "SurveyIdempotencyKeys.SealedReceipt"];

    private static readonly string[] DemoKommuner =
        ["2281", "2284", "2280", "2282", "2262", "2283", "2260", "0680", "0683", "0682", "0685", "0684", "0686", "0687", "0604", "0617", "0642", "0643", "0662", "0665"];

    private static AnswerInput Input(Question question, List<Answer> rows) => question.Type switch
    {
        QuestionType.SingleChoice or QuestionType.MultipleChoice => AnswerInput.Choice([.. rows.Select(a => a.OptionId!.Value)]),
        QuestionType.Scale => AnswerInput.Scale(rows.Single().Value!.Value),
        QuestionType.Matrix => AnswerInput.Matrix(rows.ToDictionary(a => a.OptionId!.Value, a => a.Value!.Value)),
        QuestionType.Ranking => AnswerInput.Ranking([.. rows.OrderBy(a => a.Value).Select(a => a.OptionId!.Value)]),
        _ => AnswerInput.FreeText(rows.Single().Text!),
    };

    private static string Text(DialogTestHost host, string sql)
    {
        using var connection = host.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = Halsoportal.Testing.TestPostgres.Enabled ? Halsoportal.Testing.TestPostgres.Quote(sql) : sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    [GeneratedRegex(@"\b[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}\b")]
    private static partial Regex FormattedCode();

    private sealed class RowOrder : IComparer<AnswerRow>
    {
        public static RowOrder Instance { get; } = new();

        public int Compare(AnswerRow x, AnswerRow y) =>
            (x.QuestionId, x.OptionId ?? 0, x.Value ?? 0, x.Text ?? "").CompareTo((y.QuestionId, y.OptionId ?? 0, y.Value ?? 0, y.Text ?? ""));
    }
}
