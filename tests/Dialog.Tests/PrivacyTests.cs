using System.Text;
using System.Text.RegularExpressions;
using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Invitations;
using Halsoportal.Dialog.Results;
using Halsoportal.Dialog.Submissions;
using Halsoportal.Testing;

namespace Halsoportal.Dialog.Tests;

/// <summary>After a busy run, nothing in the store or the log can identify a participant or when they answered.</summary>
public sealed partial class PrivacyTests
{
    // Survey settings are editors' data: their own times of day are allowed.
    internal static readonly HashSet<string> ConfiguredTimes = ["Surveys.OpensAt", "Surveys.ClosesAt", "Surveys.ResultsPublishedFrom"];

    [Fact]
    public async Task AfterARun_NoTableColumnOrLogLineHoldsAddressesAgentsCodesKeysOrTimesOfDay()
    {
        await using var host = await DialogTestHost.CreateAsync();
        // An odd time of day, to be recognised if it leaks anywhere.
        host.Time.Advance(new TimeSpan(3, 37, 21));
        var open = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        var invited = await host.CreateSurveyAsync(new SurveyBuilder().WithSlug("med-kod").WithInvitationCodes().Build());
        var batch = await host.WithAsync<InvitationCodeService, InvitationBatchResult>(s => s.CreateBatchAsync(invited.Id, 30, "Stormöte", CancellationToken.None));
        var secrets = new List<string>(batch.Codes);
        secrets.AddRange(batch.Codes.Select(c => c.Replace("-", "", StringComparison.Ordinal)));
        var texts = new List<string>();

        for (var i = 0; i < 40; i++)
        {
            var survey = i % 2 == 0 ? open : invited;
            var key = host.Keys.Create(survey.Id);
            var text = $"Min åsikt nummer {i}";
            texts.Add(text);
            var result = await host.Engine.SubmitAsync(survey.Id, key, Answers.Valid(survey, age: i % 3 + 1, text: text), survey == invited ? batch.Codes[i / 2] : null);
            Assert.True(result.IsReceived, string.Join(" ", result.Errors.Select(e => e.Message)));
            secrets.Add(key);
            secrets.Add(result.ReceiptCode!);
            secrets.Add(result.ReceiptCode!.Replace("-", "", StringComparison.Ordinal));
            await host.Engine.SubmitAsync(survey.Id, key, Answers.Valid(survey), survey == invited ? batch.Codes[i / 2] : null);
        }

        // Refusals and a failing store log too.
        await host.Engine.SubmitAsync(invited.Id, host.Keys.Create(invited.Id), Answers.Valid(invited), batch.Codes[0]);
        await host.Engine.SubmitAsync(open.Id, "tampered-" + secrets[^3][..23], Answers.Valid(open));
        Execute(host, "ALTER TABLE SurveyAnswers RENAME TO SurveyAnswersAway");
        var failing = host.Keys.Create(open.Id);
        Assert.Equal(SubmissionStatus.Unavailable, (await host.Engine.SubmitAsync(open.Id, failing, Answers.Valid(open, text: "Hemlig text"))).Status);
        secrets.Add(failing);
        texts.Add("Hemlig text");
        Execute(host, "ALTER TABLE SurveyAnswersAway RENAME TO SurveyAnswers");
        host.Time.Advance(TimeSpan.FromDays(31));
        await host.WithAsync<ResultsService, ResultsAnswer>(r => r.GetForEditorAsync(open.Id, open.Q(1).Id, CancellationToken.None));

        var cells = ReadEveryCell(host);
        Assert.NotEmpty(cells);
        foreach (var (column, value) in cells)
        {
            Assert.False(Ipv4().IsMatch(value), $"{column} holds an IPv4-like value");
            Assert.False(Ipv6().IsMatch(value), $"{column} holds an IPv6-like value");
            Assert.False(UserAgent().IsMatch(value), $"{column} holds a user-agent-like value");
            Assert.DoesNotContain(secrets, s => value.Contains(s, StringComparison.OrdinalIgnoreCase));
            if (!ConfiguredTimes.Contains(column))
            {
                Assert.False(TimeOfDay().IsMatch(value), $"{column} holds a time of day: {value}");
            }
        }

        // Nothing in the raw file either (pages not yet reused, the log); SQLite's files only (PostgreSQL's are the server's).
        foreach (var bytes in Halsoportal.Testing.TestPostgres.Enabled ? [] : await ReadDatabaseFilesAsync(host.Folder))
        {
            Assert.DoesNotContain(secrets, s => bytes.Contains(s, StringComparison.Ordinal));
        }

        var log = string.Join("\n", host.Logs.Lines);
        Assert.Contains("could not be stored", log, StringComparison.Ordinal);
        Assert.DoesNotContain(secrets, s => log.Contains(s, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(texts, t => log.Contains(t, StringComparison.Ordinal));
        Assert.DoesNotMatch(Ipv4(), log);
        Assert.DoesNotMatch(UserAgent(), log);
    }

    [SqliteOnlyFact("reads SQLite's hidden rowid; PostgreSQL has none, and its keys are the same random ids the last two assertions check on SQLite")]
    public async Task StoredRows_HaveRandomKeysSoInsertionOrderLinksNothing()
    {
        await using var host = await DialogTestHost.CreateAsync();
        var survey = await host.CreateSurveyAsync(new SurveyBuilder().Build());
        for (var i = 0; i < 30; i++)
        {
            await host.Engine.SubmitAsync(survey.Id, host.Keys.Create(survey.Id), Answers.Valid(survey));
        }

        foreach (var table in new[] { "SurveyResponses", "SurveyReceipts", "SurveyIdempotencyKeys", "SurveyAnswers" })
        {
            // Sequential keys would be small and consecutive; random ones are spread over 63 bits.
            Assert.True(host.Scalar($"SELECT MIN(rowid) FROM {table}") > 1L << 40, table);
        }

        foreach (var table in new[] { "SurveyResponses", "SurveyReceipts", "SurveyIdempotencyKeys" })
        {
            Assert.Equal(0, host.Scalar($"SELECT COUNT(*) FROM {table} a JOIN {table} b ON b.rowid = a.rowid + 1"));
        }

        // A response's answers follow its own id (one page); no answer follows another response's.
        Assert.Equal(0, host.Scalar("SELECT COUNT(*) FROM SurveyAnswers a JOIN SurveyAnswers b ON b.Id = a.Id + 1 WHERE b.ResponseId <> a.ResponseId"));
        Assert.Equal(0, host.Scalar("SELECT COUNT(*) FROM SurveyAnswers WHERE Id <= ResponseId OR Id - ResponseId >= 4096"));
    }

    /// <summary>
    /// Reads dialog.db and its -wal/-shm files. SQLite may checkpoint and delete the WAL between
    /// listing and reading; then the whole set is read again so nothing moved unseen into the
    /// main file.
    /// </summary>
    private static async Task<List<string>> ReadDatabaseFilesAsync(string folder)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var contents = new List<string>();
                foreach (var file in Directory.GetFiles(folder, "dialog.db*"))
                {
                    contents.Add(Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file)));
                }

                return contents;
            }
            catch (FileNotFoundException) when (attempt < 5)
            {
            }
        }
    }

    private static void Execute(DialogTestHost host, string sql) => host.Execute(sql);

    /// <summary>Every cell of every table, as text (blobs as hex and as Latin-1, so hidden text shows).</summary>
    internal static List<(string Column, string Value)> ReadEveryCell(DialogTestHost host)
    {
        using var connection = host.OpenRaw();
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = Halsoportal.Testing.TestPostgres.Enabled
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("SurveyResponses", tables);
        var cells = new List<(string, string)>();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    var text = value switch
                    {
                        byte[] blob => Convert.ToHexString(blob) + " " + Encoding.Latin1.GetString(blob),
                        DBNull => "",
                        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    };
                    cells.Add(($"{table}.{reader.GetName(i)}", text));
                }
            }
        }

        return cells;
    }

    [GeneratedRegex(@"\b(?:\d{1,3}\.){3}\d{1,3}\b")]
    internal static partial Regex Ipv4();

    [GeneratedRegex(@"\b[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){4,7}\b|::[0-9A-Fa-f]{1,4}")]
    internal static partial Regex Ipv6();

    [GeneratedRegex("Mozilla/|AppleWebKit|Chrome/|Safari/|Firefox/|curl/|Gecko", RegexOptions.IgnoreCase)]
    internal static partial Regex UserAgent();

    // hh:mm anywhere, and the run's own odd minute (14.37 UTC = 15.37 Swedish) in any spelling.
    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b|\b1[45][.:]37\b")]
    internal static partial Regex TimeOfDay();
}
