using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Halsoportal.Dialog.Submissions;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Halsoportal.Dialog.Tests;

/// <summary>
/// Nothing lost, nothing twice: submit concurrently to a real host process, kill -9 it in the
/// middle (several times), restart it on the same data folder, resubmit whatever got no answer,
/// and compare every acknowledged receipt with the database (dialog.db, or on the PostgreSQL pass a
/// database of its own: the app process dies, the server does not). Small in CI;
/// <c>bench/dialog-crash.sh</c> runs it large (HALSOPORTAL_CRASH_SUBMISSIONS, _KILLS, _CONCURRENCY).
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public async Task KillDashNine_UnderLoad_EveryAcknowledgedReceiptIsStoredOnceAndNothingElse()
    {
        var submissions = Setting("HALSOPORTAL_CRASH_SUBMISSIONS", 300);
        var kills = Setting("HALSOPORTAL_CRASH_KILLS", 3);
        var concurrency = Setting("HALSOPORTAL_CRASH_CONCURRENCY", 16);
        var folder = Path.Combine(Path.GetTempPath(), "halsoportal-crash-" + Guid.NewGuid().ToString("N"));

        // On the PostgreSQL pass the host's store is a fresh database of its own (the host is killed, the server is not).
        var database = Halsoportal.Testing.TestPostgres.Enabled ? Halsoportal.Testing.TestPostgres.CreateDatabase() : null;
        var acknowledged = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var uncertain = new ConcurrentQueue<string>();
        var stopwatch = Stopwatch.StartNew();
        var killedWithRequestsInFlight = 0;
        var committedButUnanswered = 0;
        var issued = 0;
        try
        {
            IdempotencyKeys? keys = null;
            SurveyInfo? survey = null;
            for (var round = 0; round <= kills; round++)
            {
                await using var host = await CrashHost.StartAsync(folder, database, output);
                survey ??= await host.Client.GetFromJsonAsync<SurveyInfo>(new Uri("/survey", UriKind.Relative));
                keys ??= new IdempotencyKeys(await File.ReadAllBytesAsync(Path.Combine(folder, "dialog-key.bin")));

                // Whatever got no answer before the kill is sent again with its own key: it was
                // either committed (Duplicate, the receipt it would have shown) or not (Accepted now).
                while (uncertain.TryDequeue(out var key))
                {
                    var (status, receipt) = await host.SubmitAsync(survey!, key);
                    Assert.True(status is "Accepted" or "Duplicate", $"resubmit after restart gave {status}");
                    committedButUnanswered += status == "Duplicate" ? 1 : 0;
                    Assert.True(acknowledged.TryAdd(key, receipt!), "a key was acknowledged twice");
                }

                // Acknowledged answers are still there, with the same receipt.
                foreach (var (key, receipt) in acknowledged.Take(10).ToList())
                {
                    Assert.Equal(("Duplicate", receipt), await host.SubmitAsync(survey!, key));
                }

                var target = round == kills ? submissions : (round + 1) * submissions / (kills + 1);
                var killed = round < kills;
                using var stop = new CancellationTokenSource();
                var inFlight = 0;
                var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
                {
                    // Each new form takes one of the run's submissions; resubmits above take none.
                    while (!stop.IsCancellationRequested && Interlocked.Increment(ref issued) <= submissions)
                    {
                        var key = keys.Create(survey!.SurveyId);
                        Interlocked.Increment(ref inFlight);
                        try
                        {
                            var (status, receipt) = await host.SubmitAsync(survey, key);
                            if (status == "Accepted")
                            {
                                Assert.True(acknowledged.TryAdd(key, receipt!));
                            }
                            else
                            {
                                uncertain.Enqueue(key);
                            }
                        }
                        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                        {
                            uncertain.Enqueue(key);
                            return;
                        }
                        finally
                        {
                            Interlocked.Decrement(ref inFlight);
                        }
                    }
                })).ToList();

                if (killed)
                {
                    while (acknowledged.Count < target && workers.Any(w => !w.IsCompleted))
                    {
                        await Task.Delay(2);
                    }

                    killedWithRequestsInFlight += Volatile.Read(ref inFlight);
                    host.Kill();
                }

                await Task.WhenAll(workers);
                stop.Cancel();
                if (!killed)
                {
                    // The last round ends with a kill too: the database is checked exactly as a crash left it.
                    Assert.Empty(uncertain);
                    host.Kill();
                }
            }

            var stored = Verify(folder, database, acknowledged);
            output.WriteLine($"{submissions} submissions, {kills} kills (about {killedWithRequestsInFlight} requests in flight at the kills, {committedButUnanswered} of them committed before the kill and answered Duplicate on resubmit), " +
                $"{acknowledged.Count} acknowledged, {stored} responses stored, 0 lost, 0 duplicated, {stopwatch.Elapsed.TotalSeconds:0.0} s");
            Assert.Equal(submissions, acknowledged.Count);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            if (database is not null)
            {
                Halsoportal.Testing.TestPostgres.DropDatabase(database);
            }
        }
    }

    /// <summary>Every acknowledged key and receipt is stored exactly once; nothing else is stored.</summary>
    private static long Verify(string folder, string? database, ConcurrentDictionary<string, string> acknowledged)
    {
        using System.Data.Common.DbConnection connection = database is null
            ? new SqliteConnection($"Data Source={Path.Combine(folder, "dialog.db")};Pooling=False")
            : new Npgsql.NpgsqlConnection(database);
        connection.Open();
        long Count(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = database is null ? sql : Halsoportal.Testing.TestPostgres.Quote(sql);
            return (long)command.ExecuteScalar()!;
        }

        var sealedByKey = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """SELECT "KeyHash", "SealedReceipt" FROM "SurveyIdempotencyKeys" """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                Assert.True(sealedByKey.TryAdd(Convert.ToHexString((byte[])reader[0]), (byte[])reader[1]), "an idempotency key is stored twice");
            }
        }

        var receiptHashes = new HashSet<string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """SELECT "CodeHash" FROM "SurveyReceipts" """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                Assert.True(receiptHashes.Add(Convert.ToHexString((byte[])reader[0])), "a receipt is stored twice");
            }
        }

        var lost = 0;
        foreach (var (key, receipt) in acknowledged)
        {
            var found = sealedByKey.TryGetValue(Convert.ToHexString(IdempotencyKeys.Hash(key)), out var sealedReceipt)
                && ReceiptSeal.Open(key, sealedReceipt) == Codes.Normalize(receipt)
                && receiptHashes.Contains(Convert.ToHexString(Codes.ReceiptHash(Codes.Normalize(receipt)!)));
            lost += found ? 0 : 1;
        }

        var responses = Count("SELECT COUNT(*) FROM SurveyResponses");
        Assert.Equal(0, lost);
        Assert.Equal(acknowledged.Count, responses);
        Assert.Equal(acknowledged.Count, sealedByKey.Count);
        Assert.Equal(acknowledged.Count, receiptHashes.Count);
        Assert.Equal(3 * responses, Count("SELECT COUNT(*) FROM SurveyAnswers"));
        if (connection is SqliteConnection sqlite)
        {
            Assert.Equal("ok", (string)new SqliteCommand("PRAGMA integrity_check", sqlite).ExecuteScalar()!);
        }

        return responses;
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;

    private sealed record SurveyInfo(int SurveyId, List<QuestionInfo> Questions);

    private sealed record QuestionInfo(int Id, string Type, List<int> Options);

    private sealed record SubmitResponse(string Status, string? Receipt);

    /// <summary>tests/Dialog.CrashHost as a child process on a free loopback port.</summary>
    private sealed class CrashHost : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _log = new();

        private CrashHost(Process process, HttpClient client)
        {
            _process = process;
            Client = client;
        }

        public HttpClient Client { get; }

        public static async Task<CrashHost> StartAsync(string folder, string? database, ITestOutputHelper output)
        {
            var dll = Path.Combine(RepositoryRoot(), "tests", "Dialog.CrashHost", "bin", Configuration, "net10.0", "Halsoportal.Dialog.CrashHost.dll");
            Assert.True(File.Exists(dll), $"Build the crash host first: {dll}");
            var url = $"http://127.0.0.1:{FreePort()}";
            var info = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { dll, "--data", folder, "--urls", url })
            {
                info.ArgumentList.Add(argument);
            }

            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            if (database is not null)
            {
                info.Environment["Database__Provider"] = "Postgres";
                info.Environment["ConnectionStrings__Dialog"] = database;
            }

            var process = Process.Start(info)!;
            var host = new CrashHost(process, new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) });
            process.OutputDataReceived += (_, e) => host.Append(e.Data);
            process.ErrorDataReceived += (_, e) => host.Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < deadline && !process.HasExited)
            {
                try
                {
                    if ((await host.Client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                    {
                        return host;
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }

                await Task.Delay(100);
            }

            output.WriteLine(host.Log);
            await host.DisposeAsync();
            throw new InvalidOperationException($"The crash host did not start:\n{host.Log}");
        }

        public string Log
        {
            get
            {
                lock (_log)
                {
                    return _log.ToString();
                }
            }
        }

        public async Task<(string Status, string? Receipt)> SubmitAsync(SurveyInfo survey, string key)
        {
            var choice = survey.Questions[0];
            var body = new
            {
                Key = key,
                Answers = new Dictionary<int, object>
                {
                    [choice.Id] = new { OptionIds = new[] { choice.Options[key[0] % 2] } },
                    [survey.Questions[1].Id] = new { Value = key[1] % 5 + 1 },
                    [survey.Questions[2].Id] = new { Text = "Fler bänkar längs ån." },
                },
            };
            using var response = await Client.PostAsJsonAsync(new Uri("/submit", UriKind.Relative), body);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (response.StatusCode.ToString(), null);
            }

            var result = (await response.Content.ReadFromJsonAsync<SubmitResponse>())!;
            return (result.Status, result.Receipt);
        }

        /// <summary>SIGKILL: no shutdown hooks, no flushing, mid-request.</summary>
        public void Kill()
        {
            _process.Kill();
            _process.WaitForExit();
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
            Client.Dispose();
        }

        private void Append(string? line)
        {
            if (line is not null)
            {
                lock (_log)
                {
                    _log.AppendLine(line);
                }
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Halsoportal.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Halsoportal.sln not found above the test assembly.");
        }
    }
}
