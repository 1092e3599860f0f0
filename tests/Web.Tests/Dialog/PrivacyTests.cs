using System.Text;
using Halsoportal.Dialog.Surveys;
using Microsoft.Data.Sqlite;

namespace Halsoportal.Web.Tests.Dialog;

/// <summary>
/// After a participant has answered through the site — with an invitation code, a free-text
/// answer, a tampered form and a receipt lookup — neither the app's log (with ASP.NET Core's request
/// logging on) nor dialog.db holds their address, browser, code, receipt or what they wrote.
/// </summary>
public sealed class PrivacyTests
{
    private const string Agent = "Mozilla/5.0 (Linux; Android 14; Integritetstest) Firefox/131.0";
    private const string Address = "198.51.100.23";
    private const string Secret = "Lampan vid viadukten är trasig";

    [Fact]
    public async Task AfterAnswering_NeitherLogNorDatabaseHoldsAddressAgentCodeReceiptOrText()
    {
        await using var site = new DialogSite { CaptureLogs = true };
        await site.InitializeAsync();
        var survey = await site.CreateAsync(s => s.Mode = ParticipationMode.Invitation);
        var code = (await site.CreateCodesAsync(survey.Id, 1))[0];
        var client = site.Client;
        client.DefaultRequestHeaders.UserAgent.ParseAdd(Agent);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", Address);
        Field Q(string text) => new(survey.Questions.Single(q => q.Text == text));

        var page = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara");
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", ("kod", code));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Q(SampleSurvey.Age).Name, Q(SampleSurvey.Age).Option("20–64 år")));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Q(SampleSurvey.Evening).Name, Q(SampleSurvey.Evening).Option("Cyklar")));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Q(SampleSurvey.Cycling).Name, Secret));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Q(SampleSurvey.Safety).Name, "2"));
        var matrix = survey.Questions.Single(q => q.Text == SampleSurvey.Places);
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", ($"q{matrix.Id}-r{matrix.Options[0].Id}", "1"), ($"q{matrix.Id}-r{matrix.Options[1].Id}", "2"));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt");
        var tampered = await client.PostAsync($"/sundsvall/dialog/{survey.Slug}/svara", new FormUrlEncodedContent([new("nyckel", "x"), new("ga", "skicka"), new("kod", code)]));
        tampered.EnsureSuccessStatusCode();
        Assert.True(page.QuerySelector("h1")?.TextContent == "Kontrollera dina svar", page.QuerySelector("main")?.TextContent);
        var (_, receiptPage) = await FormPost.SubmitAsync(client, page, "skicka");
        var receipt = receiptPage.QuerySelector("#kvittokod")!.TextContent.Trim();
        await client.PostAsync("/sundsvall/dialog", new FormUrlEncodedContent([new("kvittokod", receipt)]));

        var secrets = new[] { Agent, "Integritetstest", Address, code, code.Replace("-", "", StringComparison.Ordinal), receipt, receipt.Replace("-", "", StringComparison.Ordinal), Secret, "viadukten" };
        var log = string.Join('\n', site.Site.Logs);
        Assert.Contains("/svara", log, StringComparison.Ordinal); // request logging was on
        Assert.All(secrets, s => Assert.DoesNotContain(s, log, StringComparison.OrdinalIgnoreCase));

        // Every cell of every table, as text and as bytes; the free text is there only as the answer itself.
        var cells = DatabaseText(site.Site);
        Assert.All(secrets.Where(s => s is not Secret and not "viadukten"), s => Assert.DoesNotContain(s, cells, StringComparison.OrdinalIgnoreCase));
        Assert.Single(cells.Split('\n'), c => c.Contains(Secret, StringComparison.Ordinal));
    }

    private sealed record Field(Question Question)
    {
        public string Name => $"q{Question.Id}";

        public string Option(string text) => Question.Options.Single(o => o.Text == text).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string DatabaseText(SiteFactory site)
    {
        using var connection = site.OpenDialogStore();
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = Halsoportal.Testing.TestPostgres.Enabled
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                : "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
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
                    text.Append(value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}
