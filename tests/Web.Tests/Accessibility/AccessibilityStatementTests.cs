using System.Net;
using Halsoportal.Content.Accessibility;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Halsoportal.Web.Features.Accessibility;
using Halsoportal.Web.Tests.Editor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Accessibility;

/// <summary>
/// /tillganglighetsredogorelse (accessibility.md item 12): Digg's required parts generated from data, the
/// report form without JavaScript or cookies, its storage and rate limit, and the administrators' backoffice.
/// </summary>
public sealed class AccessibilityStatementTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Statement = "/tillganglighetsredogorelse";
    private const string Form = "/tillganglighetsredogorelse/rapportera";

    [Fact]
    public async Task Statement_Get_HasDiggsRequiredParts()
    {
        var client = site.CreateSiteClient();
        var document = await Html.GetOkAsync(client, Statement);
        var main = document.QuerySelector("main")!.TextContent;

        Assert.Equal("Tillgänglighet för Hälsoportal", document.QuerySelector("h1")!.TextContent);
        Assert.Contains(new AccessibilityStatementOptions().Organisation + " står bakom webbplatsen Hälsoportal.", main, StringComparison.Ordinal);
        Assert.Contains("Hälsoportal är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.", Squash(main), StringComparison.Ordinal);
        foreach (var gap in Content.Demo.DemoAccessibility.BuildGaps(DateTime.UnixEpoch))
        {
            Assert.Contains(gap.Title, main, StringComparison.Ordinal);
            Assert.Contains(gap.Description, main, StringComparison.Ordinal);
        }

        Assert.Contains("kriterium 2.4.3 Fokusordning (nivå A)", main, StringComparison.Ordinal);
        Assert.Contains("Planerad åtgärd senast 28 februari 2027", Squash(main), StringComparison.Ordinal);
        Assert.All(EvaluationMethod.Checks, check => Assert.Contains(check.Description, main, StringComparison.Ordinal));
        Assert.Contains("wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa, best-practice", main, StringComparison.Ordinal);
        Assert.Contains("Den senaste bedömningen gjordes den 23 november 2026", Squash(main), StringComparison.Ordinal);
        Assert.Contains("Redogörelsen publicerades den 23 november 2026", Squash(main), StringComparison.Ordinal);
        Assert.Contains("Senast uppdaterad", main, StringComparison.Ordinal);
        Assert.Contains("https://www.digg.se/tdosanmalan", Html.Links(document, "main a"));
        Assert.Contains(Form, Html.Links(document, "main a"));

        // The editors' text is still there, once.
        Assert.Single(document.QuerySelectorAll("h2"), h => h.TextContent == "Vad kan du göra om du inte kan använda delar av webbplatsen?");
    }

    [Fact]
    public async Task Report_PostedEmpty_ShowsErrorSummaryAndStoresNothing()
    {
        var before = await CountReportsAsync();
        var client = site.CreateSiteClient();

        var response = await PostReportAsync(client, description: "  ", email: "inte-en-adress");
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Fel:", document.Title, StringComparison.Ordinal);
        Assert.Equal(["#Description", "#Email"], Html.Links(document, "[data-error-summary] a"));
        Assert.Contains("Beskriv vad som inte fungerade.", document.QuerySelector("[data-error-summary]")!.TextContent, StringComparison.Ordinal);
        var description = document.QuerySelector("#Description")!;
        Assert.Equal("true", description.GetAttribute("aria-invalid"));
        Assert.Contains("Description-fel", description.GetAttribute("aria-describedby")!, StringComparison.Ordinal);
        Assert.Equal("inte-en-adress", document.QuerySelector("#Email")!.GetAttribute("value"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(before, await CountReportsAsync());
    }

    [Fact]
    public async Task Report_TooLong_IsRefusedWithTheLimit()
    {
        var before = await CountReportsAsync();
        var response = await PostReportAsync(site.CreateSiteClient(), description: new string('a', AccessibilityStatementService.MaxReportLength + 1));
        var document = await Html.ParseAsync(response);

        Assert.Contains("högst 4000 tecken", document.QuerySelector("[data-error-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountReportsAsync());
    }

    [Fact]
    public async Task Report_Valid_IsStoredWithoutConnectionDataAndShowsItsReceipt()
    {
        var client = site.CreateSiteClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Hemlig-webblasare/9.9");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.77");

        var response = await PostReportAsync(client, where: "Kontaktpunkter i Sundsvall", description: "Kartan går inte att nå med tabb.\r\nJag använder NVDA.", name: "Eva Ek", email: "eva.ek@example.se");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var receipt = response.Headers.Location!.OriginalString;
        Assert.Matches("^/tillganglighetsredogorelse/rapportera/tack/[A-Z2-9]{8}$", receipt);
        var reference = receipt[(receipt.LastIndexOf('/') + 1)..];

        var stored = await WithDatabaseAsync(db => db.AccessibilityReports.AsNoTracking().SingleAsync(r => r.Reference == reference));
        Assert.Equal("Kontaktpunkter i Sundsvall", stored.Where);
        Assert.Equal("Kartan går inte att nå med tabb.\nJag använder NVDA.", stored.Description);
        Assert.Equal("Eva Ek", stored.Name);
        Assert.Equal("eva.ek@example.se", stored.Email);
        Assert.Null(stored.HandledAt);

        // Nothing about the connection: no such column, and no value carries it.
        Assert.Equal(
            ["Description", "Email", "HandledAt", "HandledBy", "Id", "Name", "ReceivedAt", "Reference", "Where"],
            typeof(AccessibilityReport).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        var row = string.Join("|", typeof(AccessibilityReport).GetProperties().Select(p => p.GetValue(stored)?.ToString()));
        Assert.DoesNotContain("Hemlig", row, StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113", row, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", row, StringComparison.Ordinal);

        var (page, document) = await Html.GetAsync(client, receipt);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(reference, document.QuerySelector(".receipt__code")!.TextContent);
        Assert.DoesNotContain("NVDA", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.False(page.Headers.Contains("Set-Cookie"));

        var (unknown, _) = await Html.GetAsync(client, "/tillganglighetsredogorelse/rapportera/tack/AAAAAAAA");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Reports_OnlyAdministratorsSeeThemAndMarkThemHandled()
    {
        var response = await PostReportAsync(site.CreateSiteClient(), description: "Knappen Sök syns inte i mörkt läge, rapport för listan.");
        var reference = response.Headers.Location!.OriginalString.Split('/')[^1];
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Publisher, kommunCode: "2281");
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "06", displayName: "Jöns Admin");
        using var anonymous = EditorClient.Anonymous(site);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/redaktor/tillganglighet/rapporter")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/redaktor/tillganglighet/rapporter")).StatusCode);
        var (_, list) = await admin.GetDocumentAsync("/redaktor/tillganglighet/rapporter");
        Assert.Contains("Knappen Sök syns inte i mörkt läge", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var id = await WithDatabaseAsync(db => db.AccessibilityReports.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        var fields = new KeyValuePair<string, string>[] { new("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        var refused = await editor.PostFormAsync("/redaktor/tillganglighet/rapporter?handler=handled", fields, formPage: "/redaktor/artiklar/ny");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(await WithDatabaseAsync(db => db.AccessibilityReports.Where(r => r.Id == id).Select(r => r.HandledAt).SingleAsync()));

        var handled = await admin.PostFormAsync("/redaktor/tillganglighet/rapporter?handler=handled", fields);
        Assert.Equal(HttpStatusCode.Redirect, handled.StatusCode);
        var stored = await WithDatabaseAsync(db => db.AccessibilityReports.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.NotNull(stored.HandledAt);
        Assert.Equal("Jöns Admin", stored.HandledBy);
        Assert.Equal(1, await WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "accessibility.report.handled" && a.ItemId == reference)));

        var (_, waiting) = await admin.GetDocumentAsync("/redaktor/tillganglighet/rapporter");
        Assert.DoesNotContain(reference, waiting.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (_, done) = await admin.GetDocumentAsync("/redaktor/tillganglighet/rapporter?visa=hanterade");
        Assert.Contains(reference, done.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gaps_EditorsCannotChangeThem()
    {
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Publisher, kommunCode: "2281");
        var before = await WithDatabaseAsync(db => db.AccessibilityGaps.AsNoTracking().Select(g => g.Title + g.Version).ToListAsync());

        var add = await editor.PostFormAsync("/redaktor/tillganglighet/brister/ny", [new("Input.Title", "Kapad"), new("Input.Description", "Kapad")], formPage: "/redaktor/artiklar/ny");
        var save = await editor.PostFormAsync("/redaktor/tillganglighet/brister/1", [new("Input.Title", "Kapad"), new("Input.Description", "Kapad"), new("Input.BaseVersion", "1"), new("Input.FixedOn", "2026-11-01")], formPage: "/redaktor/artiklar/ny");
        var assess = await editor.PostFormAsync("/redaktor/tillganglighet", [new("Input.AssessedOn", "2026-01-01"), new("Input.BaseVersion", "1")], formPage: "/redaktor/artiklar/ny");

        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, assess.StatusCode);
        Assert.Equal(before, await WithDatabaseAsync(db => db.AccessibilityGaps.AsNoTracking().Select(g => g.Title + g.Version).ToListAsync()));
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    internal static Task<HttpResponseMessage> PostReportAsync(HttpClient client, string? where = null, string? description = null, string? name = null, string? email = null) =>
        client.PostAsync(new Uri(Form, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Where"] = where ?? "",
            ["Input.Description"] = description ?? "",
            ["Input.Name"] = name ?? "",
            ["Input.Email"] = email ?? "",
        }));

    private Task<int> CountReportsAsync() => WithDatabaseAsync(db => db.AccessibilityReports.CountAsync());

    private async Task<T> WithDatabaseAsync<T>(Func<ContentDbContext, Task<T>> query)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ContentDbContext>());
    }
}
