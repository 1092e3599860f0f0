using System.Diagnostics;
using System.Globalization;
using Halsoportal.Benchmarks.Measuring;
using Halsoportal.Dialog;
using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Submissions;
using Halsoportal.Dialog.Surveys;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Halsoportal.Benchmarks.Dialog;

/// <summary>
/// Durable survey submissions per second and latency (issue 6): the group-commit engine against
/// one transaction per request, on the same SQLite settings (WAL, synchronous=FULL), the same
/// survey, the same answers and the same SQL, in the same run. Each engine gets a fresh database
/// in its own folder. Load is closed-loop: N clients, each submitting, waiting for the answer,
/// submitting again. Not a test: prints numbers and PASS/MISS, exits 0.
/// </summary>
internal static class DialogBenchmark
{
    private const double TargetPerSecond = 1_000;
    private const double TargetP99Ms = 250;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var submissions = 20_000;
        var baselineSubmissions = 4_000;
        var clients = 64;
        var folderRoot = Path.GetTempPath();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--submissions" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n >= 100:
                    submissions = n;
                    i++;
                    break;
                case "--baseline-submissions" when i + 1 < args.Length && int.TryParse(args[i + 1], out var b) && b >= 100:
                    baselineSubmissions = b;
                    i++;
                    break;
                case "--clients" when i + 1 < args.Length && int.TryParse(args[i + 1], out var c) && c is >= 1 and <= 4096:
                    clients = c;
                    i++;
                    break;
                case "--folder" when i + 1 < args.Length:
                    folderRoot = args[i + 1];
                    i++;
                    break;
                case "--quick":
                    submissions = 3_000;
                    baselineSubmissions = 1_000;
                    break;
                default:
                    Console.Error.WriteLine("""
                        Usage: Halsoportal.Benchmarks dialog [--submissions N] [--baseline-submissions N] [--clients N] [--folder PATH] [--quick]
                          --submissions N           timed submissions for the batched engines (default 20 000)
                          --baseline-submissions N  timed submissions for one transaction per request (default 4 000: it is slow)
                          --clients N               concurrent clients, each waiting for its answer (default 64)
                          --folder PATH             where the databases go (default the temp folder; same disk as the data folder for real numbers)
                          --quick                   3 000 / 1 000 submissions, a smoke run
                        """);
                    return 2;
            }
        }

        var machine = $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
        output.WriteLine($"Dialog submission benchmark: {clients} clients, SQLite WAL + synchronous=FULL in {folderRoot}; {machine}");
        output.WriteLine($"Load average at start: {LoadAverage()} (the machine should be otherwise idle)");

        var runs = new List<RunResult>
        {
            await RunEngineAsync("one transaction per request (naive)", folderRoot, baselineSubmissions, clients, output, naive: true, batchSize: 1),
            await RunEngineAsync("single writer, 1 per transaction", folderRoot, baselineSubmissions, clients, output, naive: false, batchSize: 1),
            await RunEngineAsync("group commit (ours, up to 256 per transaction)", folderRoot, submissions, clients, output, naive: false, batchSize: 256),
        };

        var baseline = runs[0];
        var ours = runs[^1];
        output.WriteLine();
        output.WriteLine($"## Results: {DateTime.UtcNow:yyyy-MM-dd}, {clients} clients, {machine}");
        output.WriteLine();
        output.WriteLine("| engine | submissions | durable/s | p50 ms | p99 ms | max ms | submissions per commit | throughput vs naive |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            output.WriteLine($"| {run.Name} | {Units.Count(run.Count)} | {run.PerSecond:0} | {Units.Ms(run.P50)} | {Units.Ms(run.P99)} | {Units.Ms(run.Max)} | " +
                $"{(run.MeanBatch is { } m ? m.ToString("0.0", CultureInfo.InvariantCulture) : "1")} | {run.PerSecond / baseline.PerSecond:0.0}× |");
        }

        output.WriteLine();
        output.WriteLine("Every submission: 8 questions (12 answer rows), validated, then response + answers + idempotency key + receipt in one transaction; acknowledged only after COMMIT returned.");
        output.WriteLine("Targets (issue 6):");
        Line(output, ours.PerSecond >= TargetPerSecond, $"≥ {TargetPerSecond:0} durable submissions/s: {ours.PerSecond:0}/s ({ours.PerSecond / baseline.PerSecond:0.0}× the naive baseline's {baseline.PerSecond:0}/s)");
        Line(output, ours.P99 <= TargetP99Ms, $"p99 ≤ {TargetP99Ms:0} ms: {Units.Ms(ours.P99)} ms (naive: {Units.Ms(baseline.P99)} ms)");
        output.WriteLine($"Load average at the end: {LoadAverage()}");
        return 0;
    }

    private static async Task<RunResult> RunEngineAsync(string name, string folderRoot, int count, int clients, TextWriter output, bool naive, int batchSize)
    {
        var folder = Path.Combine(folderRoot, "halsoportal-dialog-bench-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Halsoportal:Dialog:MaxBatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddHalsoportalDialog(configuration, folder)
            .BuildServiceProvider();
        try
        {
            int surveyId;
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DialogStoreInitializer>().InitializeAsync(CancellationToken.None);
                var result = await scope.ServiceProvider.GetRequiredService<SurveyService>().CreateAsync(BenchmarkSurvey(), CancellationToken.None);
                surveyId = result.SurveyId!.Value;
            }

            var survey = (await services.GetRequiredService<SurveyCatalog>().GetAsync(surveyId, CancellationToken.None))!;
            var keys = services.GetRequiredService<IdempotencyKeys>();
            var engine = services.GetRequiredService<SubmissionService>();
            var store = services.GetRequiredService<DialogStore>();
            var time = TimeProvider.System;
            Func<int, Task<SubmissionResult>> submit = naive
                ? n => Task.Run(() => NaiveSubmit(store, survey, keys.Create(surveyId), AnswersFor(survey, n), time))
                : n => engine.SubmitAsync(surveyId, keys.Create(surveyId), AnswersFor(survey, n));

            // Warm-up: JIT, connection pool, the file's first pages. Not counted.
            await LoadAsync(submit, Math.Min(500, count / 5), clients);
            var before = engine.CommitStatistics;
            var (latencies, elapsed) = await LoadAsync(submit, count, clients);
            var after = engine.CommitStatistics;
            var stored = Scalar(store, "SELECT COUNT(*) FROM SurveyResponses");
            var expected = count + Math.Min(500, count / 5);
            if (stored != expected)
            {
                throw new InvalidOperationException($"{name}: {stored} responses stored, {expected} acknowledged.");
            }

            latencies.Sort();
            var run = new RunResult(name, count, count / elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies[^1],
                naive ? null : (after.Items - before.Items) / (double)Math.Max(1, after.Batches - before.Batches));
            var busy = after.Busy - before.Busy;
            output.WriteLine($"  {name}: {run.PerSecond:0}/s, p50 {Units.Ms(run.P50)} ms, p99 {Units.Ms(run.P99)} ms ({Units.Count(count)} in {elapsed.TotalSeconds:0.0} s" +
                (naive ? ")" : $"; the writer was in transactions {busy.TotalSeconds / elapsed.TotalSeconds:P0} of the time, {busy.TotalMilliseconds * 1000 / Math.Max(1, after.Items - before.Items):0} µs per submission)"));
            return run;
        }
        finally
        {
            await services.GetRequiredService<SubmissionService>().StopAsync(CancellationToken.None);
            await services.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Closed loop: <paramref name="clients"/> callers share <paramref name="count"/> submissions, each waiting for its answer.</summary>
    private static async Task<(List<double> Latencies, TimeSpan Elapsed)> LoadAsync(Func<int, Task<SubmissionResult>> submit, int count, int clients)
    {
        var next = -1;
        var latencies = new List<double>[clients];
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = [];
            int n;
            while ((n = Interlocked.Increment(ref next)) < count)
            {
                var begun = Stopwatch.GetTimestamp();
                var result = await submit(n);
                mine.Add(Stopwatch.GetElapsedTime(begun).TotalMilliseconds);
                if (result.Status != SubmissionStatus.Accepted)
                {
                    throw new InvalidOperationException($"Submission {n}: {result.Status} {string.Join(" ", result.Errors.Select(e => e.Message))}");
                }
            }
        })));
        return ([.. latencies.SelectMany(l => l)], Stopwatch.GetElapsedTime(start));
    }

    /// <summary>
    /// The baseline a first version would have: validate, open a connection, BEGIN IMMEDIATE,
    /// write with the engine's own SQL, COMMIT — concurrently, one transaction per request, the
    /// requests contending for SQLite's write lock.
    /// </summary>
    private static SubmissionResult NaiveSubmit(DialogStore store, Survey survey, string key, Dictionary<int, AnswerInput> answers, TimeProvider time)
    {
        var validation = AnswerValidator.Validate(survey, answers, time.GetUtcNow().UtcDateTime);
        if (!validation.IsValid)
        {
            return SubmissionResult.Invalid(validation.Errors);
        }

        using var sql = new SubmissionSql(SubmissionSql.Open(store));
        using var transaction = sql.Begin();
        var result = sql.Write(transaction, new PreparedSubmission(survey.Id, key, null, SwedishTime.Today(time), validation.Rows), new BatchState());
        transaction.Commit();
        return result;
    }

    private static Survey BenchmarkSurvey()
    {
        var now = DateTime.UtcNow;
        static QuestionOption O(int order, string text) => new() { Order = order, Text = text };
        return new Survey
        {
            Slug = "benchmark",
            Title = "Trygghet i centrum",
            Purpose = "Mätning.",
            PrivacyNotice = "Inga personuppgifter.",
            OpensAt = now.AddDays(-1),
            ClosesAt = now.AddDays(30),
            Kommuner = [new SurveyKommun { KommunCode = "2281" }],
            Questions =
            [
                new Question { Order = 1, Type = QuestionType.SingleChoice, IsBackground = true, Required = true, Text = "Ålder", Options = [O(1, "Under 30"), O(2, "30–64"), O(3, "65+")] },
                new Question { Order = 2, Type = QuestionType.SingleChoice, Required = true, Text = "Resor", Options = [O(1, "Bil"), O(2, "Buss"), O(3, "Cykel"), O(4, "Gång")] },
                new Question { Order = 3, Type = QuestionType.MultipleChoice, MaxChoices = 2, Text = "Viktigast", Options = [O(1, "Ljus"), O(2, "Folk"), O(3, "Väktare"), O(4, "Kameror")] },
                new Question { Order = 4, Type = QuestionType.Scale, ScaleMin = 1, ScaleMax = 5, ScaleMinLabel = "Otrygg", ScaleMaxLabel = "Trygg", Text = "Trygghet" },
                new Question { Order = 5, Type = QuestionType.Matrix, ScaleMin = 1, ScaleMax = 5, ScaleMinLabel = "Dåligt", ScaleMaxLabel = "Bra", Text = "Platser", Options = [O(1, "Torget"), O(2, "Resecentrum"), O(3, "Parken")] },
                new Question { Order = 6, Type = QuestionType.Ranking, Text = "Förslag", Options = [O(1, "Belysning"), O(2, "Bänkar"), O(3, "Nattbuss")] },
                new Question { Order = 7, Type = QuestionType.FreeText, MaxLength = 500, Text = "Något mer?" },
                new Question { Order = 8, Type = QuestionType.FreeText, MaxLength = 500, Text = "Bussen?" },
            ],
        };
    }

    private static Dictionary<int, AnswerInput> AnswersFor(Survey survey, int n)
    {
        var q = survey.Questions;
        return new Dictionary<int, AnswerInput>
        {
            [q[0].Id] = AnswerInput.Choice(q[0].Options[n % 3].Id),
            [q[1].Id] = AnswerInput.Choice(q[1].Options[0].Id),
            [q[2].Id] = AnswerInput.Choice(q[2].Options[n % 4].Id, q[2].Options[(n + 1) % 4].Id),
            [q[3].Id] = AnswerInput.Scale(n % 5 + 1),
            [q[4].Id] = AnswerInput.Matrix(q[4].Options.ToDictionary(o => o.Id, o => (n + o.Order) % 5 + 1)),
            [q[5].Id] = AnswerInput.Ranking([.. q[5].Options.Select(o => o.Id).OrderBy(id => (id * 7 + n) % 11)]),
            [q[6].Id] = AnswerInput.FreeText("Bättre belysning vid gångtunneln under järnvägen, och fler bänkar i parken."),
        };
    }

    private static long Scalar(DialogStore store, string sql)
    {
        using var connection = new SqliteConnection(store.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static void Line(TextWriter output, bool pass, string text) => output.WriteLine($"  {(pass ? "PASS" : "MISS")}  {text}");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed record RunResult(string Name, int Count, double PerSecond, double P50, double P99, double Max, double? MeanBatch);
}
