using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.Storage;
using Halsoportal.Web.Features.OpenData;
using Halsoportal.Web.Tests.Api;
using Halsoportal.Web.Tests.Dialog;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.OpenData;

/// <summary>
/// The open-data files: made at start-up, made anew when the clock passes 03.00, served with the right type, ETag,
/// Last-Modified and CORS; the CSV parses; unpublished contact points and small groups never get in.
/// </summary>
public sealed class OpenDataFilesTests(OpenDataSite site) : IClassFixture<OpenDataSite>
{
    private HttpClient Client => site.Client;

    [Theory]
    [InlineData("/oppna-data/kontaktpunkter.csv", "text/csv")]
    [InlineData("/oppna-data/kontaktpunkter.json", "application/json")]
    [InlineData("/oppna-data/dialogresultat.json", "application/json")]
    public async Task File_IsServedWithTypeETagLastModifiedAndCors_AndTheTagGives304(string url, string mediaType)
    {
        await site.GeneratedAsync(1);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", "https://oppnadata.example.se");
        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Equal("*", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Origin")));

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        var cached = await Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
    }

    [Fact]
    public async Task Csv_IsRfc4180WithAHeaderAndOneRowPerPublishedContactPoint()
    {
        await site.GeneratedAsync(1);
        var bytes = await Client.GetByteArrayAsync(new Uri("/oppna-data/kontaktpunkter.csv", UriKind.Relative));
        var published = (await Client.GetJsonAsync("/api/v1/contact-points?pageSize=1")).GetProperty("totalItems").GetInt32();

        Assert.NotEqual(0xEF, bytes[0]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("\r\n", StringComparison.Ordinal) + 1, text.IndexOf('\n', StringComparison.Ordinal));

        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        Assert.True(await csv.ReadAsync());
        csv.ReadHeader();
        Assert.Equal(ContactPointCsv.Header, csv.HeaderRecord);
        var rows = new List<(string Name, string Monday, string HoursJson, string Languages)>();
        while (await csv.ReadAsync())
        {
            rows.Add((csv.GetField("name")!, csv.GetField("visitingMonday")!, csv.GetField("hoursJson")!, csv.GetField("languages")!));
        }

        Assert.Equal(107, published);
        Assert.Equal(published, rows.Count);
        Assert.Contains(rows, r => r.Name == "Hälsocentralen Centrum Sundsvall" && r.Monday.Contains(':', StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(r.HoursJson).RootElement.GetProperty("sessions").ValueKind));
        Assert.All(rows, r => Assert.Contains("sv", r.Languages.Split(';')));
    }

    [Fact]
    public async Task JsonFiles_SayWhenTheyWereMadeAndUnderWhichLicence()
    {
        await site.GeneratedAsync(1);
        var points = await Client.GetJsonAsync("/oppna-data/kontaktpunkter.json");
        var dialogs = await Client.GetJsonAsync("/oppna-data/dialogresultat.json");

        foreach (var file in new[] { points, dialogs })
        {
            Assert.InRange(file.GetProperty("generatedAt").GetDateTimeOffset(), OpenDataSite.Start, site.Dialogs.Clock.GetUtcNow());
            Assert.Equal("CC0 1.0 Universell", file.GetProperty("licence").Str("name"));
            Assert.StartsWith("https://creativecommons.org/publicdomain/zero/1.0/", file.GetProperty("licence").Str("url"), StringComparison.Ordinal);
        }

        Assert.Equal(points.GetProperty("count").GetInt32(), points.GetProperty("contactPoints").GetArrayLength());
        var first = points.GetProperty("contactPoints")[0];
        Assert.Equal(JsonValueKind.Null, first.GetProperty("state").ValueKind);
        Assert.Equal(JsonValueKind.Object, first.GetProperty("hours").GetProperty("holidays").ValueKind);
    }

    [Fact]
    public async Task Api_StateIsForTheAppsClock()
    {
        var item = (await Client.GetJsonAsync("/api/v1/contact-points?pageSize=1")).GetProperty("items")[0];

        Assert.Equal(site.Dialogs.Clock.GetUtcNow(), item.GetProperty("state").GetProperty("at").GetDateTimeOffset());
        Assert.EndsWith("+01:00", item.GetProperty("state").Str("at"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_AreMadeAnewAfter0300_WithPublishedResultsSuppressed_AndNoUnpublishedContactPoint()
    {
        await site.GeneratedAsync(1);
        const string Draft = "Utkastmottagningen som aldrig publicerats";
        await AddUnpublishedContactPointAsync(Draft);
        var survey = await site.Dialogs.CreateAsync(s => s.ClosesAt = site.Dialogs.Clock.GetUtcNow().UtcDateTime.AddMinutes(1));
        await site.Dialogs.AnswerAsync(survey, ("20–64 år", 9), ("65 år eller äldre", 6), ("Under 20 år", 3));
        site.Dialogs.Clock.Advance(TimeSpan.FromMinutes(2));
        var before = await Client.GetJsonAsync("/oppna-data/dialogresultat.json");

        // 02.50 + 2 minutes + 9 minutes: past 03.00 Swedish time.
        site.Dialogs.Clock.Advance(TimeSpan.FromMinutes(9));
        await site.GeneratedAsync(2);
        var after = await Client.GetJsonAsync("/oppna-data/dialogresultat.json");
        var points = await Client.GetJsonAsync("/oppna-data/kontaktpunkter.json");
        var csv = await Client.GetStringAsync(new Uri("/oppna-data/kontaktpunkter.csv", UriKind.Relative));
        var api = await Client.GetAllAsync("/api/v1/contact-points");

        Assert.DoesNotContain(before.GetProperty("dialogs").EnumerateArray(), d => d.GetProperty("dialog").GetProperty("id").GetInt32() == survey.Id);
        Assert.True(after.GetProperty("generatedAt").GetDateTimeOffset() >= new DateTimeOffset(2027, 3, 10, 2, 0, 0, TimeSpan.Zero));
        var entry = after.GetProperty("dialogs").EnumerateArray().Single(d => d.GetProperty("dialog").GetProperty("id").GetInt32() == survey.Id);
        Assert.Equal(18, entry.GetProperty("results").GetProperty("respondents").GetInt32());
        var age = entry.GetProperty("results").GetProperty("questions").EnumerateArray().Single(q => q.Str("text") == SampleSurvey.Age);
        var cells = age.GetProperty("overall").GetProperty("rows")[0].GetProperty("cells").EnumerateArray().ToDictionary(c => c.Str("label"), c => c.GetProperty("count"));
        Assert.Equal(JsonValueKind.Null, cells["Under 20 år"].ValueKind);
        Assert.Equal(JsonValueKind.Null, cells["65 år eller äldre"].ValueKind);
        var byAge = Assert.Single(entry.GetProperty("breakdowns").EnumerateArray());
        var groups = byAge.GetProperty("questions").EnumerateArray().Single(q => q.Str("text") == SampleSurvey.Safety)
            .GetProperty("groups").EnumerateArray().ToDictionary(g => g.Str("label"));
        Assert.Equal(JsonValueKind.Null, groups["Under 20 år"].GetProperty("tally").ValueKind);
        Assert.Equal(JsonValueKind.Null, groups["Under 20 år"].GetProperty("respondents").ValueKind);
        Assert.Equal(9, groups["20–64 år"].GetProperty("respondents").GetInt32());

        Assert.DoesNotContain(Draft, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(points.GetProperty("contactPoints").EnumerateArray(), p => p.Str("name") == Draft);
        Assert.DoesNotContain(api, p => p.Str("name") == Draft);
        Assert.Equal(api.Count, points.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Folder_HoldsOnlyWholeFiles_NoTemporaryOnes()
    {
        await site.GeneratedAsync(1);
        var folder = site.Dialogs.Site.Services.GetRequiredService<OpenDataFiles>().Folder;

        // Only whole files are in the folder: the temporary ones are renamed into place or removed.
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        Assert.Equal(new[] { "dialogresultat.json", "kontaktpunkter.csv", "kontaktpunkter.json" }, Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
    }

    private async Task AddUnpublishedContactPointAsync(string name)
    {
        await using var scope = site.Dialogs.Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        db.ContactPoints.Add(new ContactPoint
        {
            KommunCode = "2281",
            RegionCode = "22",
            Slug = "utkastmottagningen",
            Name = name,
            Type = "vardcentral",
            UpdatedAt = DateTime.UtcNow,
            DraftVersion = 1,
        });
        await db.SaveChangesAsync();
    }
}

/// <summary>When the nightly run is due, in Swedish time across daylight saving.</summary>
public sealed class OpenDataScheduleTests
{
    [Theory]
    [InlineData("2027-03-10T01:50:00Z", "2027-03-10T03:00:00+01:00")]
    [InlineData("2027-03-10T02:00:00Z", "2027-03-11T03:00:00+01:00")]
    [InlineData("2027-03-27T12:00:00Z", "2027-03-28T03:00:00+02:00")]
    [InlineData("2027-10-30T12:00:00Z", "2027-10-31T03:00:00+01:00")]
    public void NextRun_IsTheNext0300InSweden(string after, string expected)
    {
        var next = OpenDataService.NextRun(DateTimeOffset.Parse(after, CultureInfo.InvariantCulture), new TimeOnly(3, 0));

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), next);
    }
}

/// <summary>Editor-typed text in the CSV never runs as a spreadsheet formula; data that programs read stays exact.</summary>
public sealed class ContactPointCsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"https://example.com\",\"Boka\")", "'=HYPERLINK(\"https://example.com\",\"Boka\")")]
    [InlineData("+46 60 19 10 00", "'+46 60 19 10 00")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("Hälsocentralen Centrum Sundsvall", "Hälsocentralen Centrum Sundsvall")]
    [InlineData("Storgatan 12 = entré från gården", "Storgatan 12 = entré från gården")]
    [InlineData("", "")]
    public void Text_DefusesOnlyALeadingFormulaCharacter(string typed, string written) =>
        Assert.Equal(written, ContactPointCsv.Text(typed));
}
