using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Halsoportal.Dialog;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Submissions;
using Halsoportal.Dialog.Surveys;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Halsoportal.Web.Tests.Dialog;

/// <summary>
/// Nothing lost, nothing twice, through the real site: participants send answer forms
/// concurrently to the web app as a process, which is killed with SIGKILL several times and
/// started again on the same data folder; every form that got no receipt is sent again, and at the
/// end every receipt a participant saw must be in the dialog store (dialog.db, or its PostgreSQL database on that pass), with exactly one response per form.
/// Small in CI; <c>bench/dialog-crash.sh --app</c> runs it large
/// (HALSOPORTAL_APP_CRASH_SUBMISSIONS, _KILLS, _CONCURRENCY).
/// </summary>
public sealed partial class AppCrashTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task KillDashNine_WhileParticipantsSubmit_EveryReceiptShownIsStoredOnce()
    {
        var submissions = Setting("HALSOPORTAL_APP_CRASH_SUBMISSIONS", 120);
        var kills = Setting("HALSOPORTAL_APP_CRASH_KILLS", 3);
        var concurrency = Setting("HALSOPORTAL_APP_CRASH_CONCURRENCY", 8);
        var folder = Path.Combine(Path.GetTempPath(), "halsoportal-app-crash-" + Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string> { ["Halsoportal__SeedDemoContent"] = "false" };

        // On the PostgreSQL pass the app's stores are databases of their own (the app is killed, the server is not).
        var databases = Halsoportal.Testing.TestPostgres.Enabled
            ? (Content: Halsoportal.Testing.TestPostgres.CreateDatabase(), Dialog: Halsoportal.Testing.TestPostgres.CreateDatabase())
            : default((string Content, string Dialog)?);
        if (databases is { } pg)
        {
            environment["Database__Provider"] = "Postgres";
            environment["ConnectionStrings__Content"] = pg.Content;
            environment["ConnectionStrings__Dialog"] = pg.Dialog;
        }

        var acknowledged = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var uncertain = new ConcurrentQueue<string>();
        var stopwatch = Stopwatch.StartNew();
        var issued = 0;
        var resentAndAlreadyStored = 0;
        try
        {
            var survey = await CreateSurveyAsync(folder, databases?.Dialog);
            var form = AnswerFields(survey);
            for (var round = 0; round <= kills; round++)
            {
                await using var app = AppProcess.Start(AppProcess.BuiltWebDll, AppProcess.RepositoryRoot, folder, listen: true, environment);
                using var client = await app.WaitUntilHealthyAsync(StartTimeout);
                var path = $"/sundsvall/dialog/{survey.Slug}/svara";

                // Forms that got no receipt before the kill are sent again with their own key: stored
                // before the kill (the same receipt, "redan sparade") or not (stored now).
                while (uncertain.TryDequeue(out var key))
                {
                    var (receipt, already) = await SubmitAsync(client, path, key, form);
                    Assert.True(receipt is not null, "A form sent again after the restart got no receipt.");
                    resentAndAlreadyStored += already ? 1 : 0;
                    Assert.True(acknowledged.TryAdd(key, receipt!), "A form got a receipt twice.");
                }

                var target = round == kills ? submissions : (round + 1) * submissions / (kills + 1);
                var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
                {
                    while (Interlocked.Increment(ref issued) <= submissions)
                    {
                        string? key = null;
                        try
                        {
                            key = KeyOf(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
                            var (receipt, _) = await SubmitAsync(client, path, key, form);
                            if (receipt is null)
                            {
                                uncertain.Enqueue(key);
                            }
                            else
                            {
                                Assert.True(acknowledged.TryAdd(key, receipt));
                            }
                        }
                        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or System.Net.Sockets.SocketException)
                        {
                            if (key is null)
                            {
                                // The form was never shown: nothing to send again, but the submission is still owed.
                                Interlocked.Decrement(ref issued);
                            }
                            else
                            {
                                uncertain.Enqueue(key);
                            }

                            return;
                        }
                    }
                })).ToList();

                if (round < kills)
                {
                    while (acknowledged.Count < target && workers.Any(w => !w.IsCompleted))
                    {
                        await Task.Delay(5);
                    }

                    await app.KillAsync();
                }

                await Task.WhenAll(workers);
                if (round == kills)
                {
                    Assert.Empty(uncertain);
                    await app.KillAsync();
                }
            }

            var stored = Verify(folder, databases?.Dialog, survey.Id, acknowledged);
            output.WriteLine($"{submissions} forms through the site, {kills} kills, {resentAndAlreadyStored} sent again after a kill were already stored, " +
                $"{acknowledged.Count} receipts shown, {stored} responses stored: 0 lost, 0 duplicated, {stopwatch.Elapsed.TotalSeconds:0.0} s");
            Assert.Equal(submissions, acknowledged.Count);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            if (databases is { } created)
            {
                Halsoportal.Testing.TestPostgres.DropDatabase(created.Content);
                Halsoportal.Testing.TestPostgres.DropDatabase(created.Dialog);
            }
        }
    }

    /// <summary>Makes the dialog store (dialog.db, or the PostgreSQL database) and the survey the way the app would, before the app first starts.</summary>
    private static async Task<Survey> CreateSurveyAsync(string folder, string? dialogDatabase)
    {
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(dialogDatabase is null ? [] : new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Dialog"] = dialogDatabase,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddHalsoportalDialog(configuration, folder)
            .BuildServiceProvider();
        await using (services)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DialogStoreInitializer>().InitializeAsync(CancellationToken.None);
            var surveys = scope.ServiceProvider.GetRequiredService<SurveyService>();
            var now = DateTime.UtcNow;
            var result = await surveys.CreateAsync(SampleSurvey.Build("krasch", now.AddHours(-1), now.AddDays(1)), CancellationToken.None);
            Assert.Equal(SurveyCommandStatus.Done, result.Status);
            var survey = (await surveys.GetAsync(result.SurveyId!.Value, CancellationToken.None))!;
            SqliteConnection.ClearAllPools();
            return survey;
        }
    }

    /// <summary>A complete answer to the sample survey, as the check page posts it.</summary>
    private static List<KeyValuePair<string, string>> AnswerFields(Survey survey)
    {
        Question Q(string text) => survey.Questions.Single(q => q.Text == text);
        string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var matrix = Q(SampleSurvey.Places);
        return
        [
            new($"q{Q(SampleSurvey.Age).Id}", Id(Q(SampleSurvey.Age).Options[1].Id)),
            new($"q{Q(SampleSurvey.Evening).Id}", Id(Q(SampleSurvey.Evening).Options[0].Id)),
            new($"q{Q(SampleSurvey.Safety).Id}", "3"),
            new($"q{matrix.Id}-r{matrix.Options[0].Id}", "2"),
            new($"q{matrix.Id}-r{matrix.Options[1].Id}", "4"),
            new("ga", "skicka"),
        ];
    }

    /// <summary>Sends the check page's form; the receipt code when the page shows one, and whether it said "already stored".</summary>
    private static async Task<(string? Receipt, bool Already)> SubmitAsync(HttpClient client, string path, string key, List<KeyValuePair<string, string>> form)
    {
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([.. form, new("nyckel", key)]));
        var html = await response.Content.ReadAsStringAsync();
        var receipt = ReceiptPattern().Match(html);
        return response.IsSuccessStatusCode && receipt.Success ? (receipt.Groups[1].Value, html.Contains("redan sparade", StringComparison.Ordinal)) : (null, false);
    }

    private static string KeyOf(string html) =>
        KeyPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("The answer form has no key.");

    /// <summary>Every receipt shown is stored; one response, one key and one receipt per form, nothing else.</summary>
    private static long Verify(string folder, string? dialogDatabase, int surveyId, ConcurrentDictionary<string, string> acknowledged)
    {
        using System.Data.Common.DbConnection connection = dialogDatabase is null
            ? new SqliteConnection($"Data Source={Path.Combine(folder, "dialog.db")};Pooling=False")
            : new Npgsql.NpgsqlConnection(dialogDatabase);
        connection.Open();
        long Count(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = SiteFactory.Sql(sql);
            return (long)command.ExecuteScalar()!;
        }

        var receipts = new HashSet<string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = SiteFactory.Sql($"SELECT CodeHash FROM SurveyReceipts WHERE SurveyId = {surveyId}");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                Assert.True(receipts.Add(Convert.ToHexString((byte[])reader[0])), "A receipt is stored twice.");
            }
        }

        var lost = acknowledged.Values.Count(r => !receipts.Contains(Convert.ToHexString(Codes.ReceiptHash(Codes.Normalize(r)!))));
        var responses = Count($"SELECT COUNT(*) FROM SurveyResponses WHERE SurveyId = {surveyId}");
        Assert.Equal(0, lost);
        Assert.Equal(acknowledged.Count, responses);
        Assert.Equal(acknowledged.Count, receipts.Count);
        Assert.Equal(acknowledged.Count, Count($"SELECT COUNT(*) FROM SurveyIdempotencyKeys WHERE SurveyId = {surveyId}"));
        if (connection is SqliteConnection sqlite)
        {
            Assert.Equal("ok", (string)new SqliteCommand("PRAGMA integrity_check", sqlite).ExecuteScalar()!);
        }

        return responses;
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;

    [GeneratedRegex("name=\"nyckel\" value=\"([A-Za-z0-9_-]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex("""id="kvittokod">([2-9A-Z]{5}-[2-9A-Z]{5})<""", RegexOptions.CultureInvariant)]
    private static partial Regex ReceiptPattern();
}
