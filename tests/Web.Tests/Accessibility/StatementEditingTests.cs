using System.Net;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Halsoportal.Web.Tests.Editor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Accessibility;

/// <summary>
/// Administrators keep the statement's gaps and assessment date; the compliance status follows from them.
/// Each test has a site of its own, since they change what the statement says.
/// </summary>
public sealed class StatementEditingTests
{
    [Fact]
    public async Task Gaps_AllFixed_StatementBecomesFullyCompliant_AndEveryChangeIsAudited()
    {
        await using var site = new SiteFactory();
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22", displayName: "Åsa Admin");
        var resident = site.CreateSiteClient();
        var ids = await WithDatabaseAsync(site, db => db.AccessibilityGaps.OrderBy(g => g.Id).Select(g => g.Id).ToListAsync());
        Assert.NotEmpty(ids);

        // Bad input: every field named, in Swedish, and nothing saved.
        var bad = await admin.PostFormAsync($"/redaktor/tillganglighet/brister/{ids[0]}",
            [new("Input.Title", ""), new("Input.Description", "x"), new("Input.WcagCriterion", "9.9.9"), new("Input.PlannedFix", "31/5"), new("Input.FixedOn", "igår"), new("Input.BaseVersion", "1")]);
        var errors = await Html.ParseAsync(bad);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.StartsWith("Fel:", errors.Title, StringComparison.Ordinal);
        Assert.Equal(["#Input_FixedOn", "#Input_PlannedFix", "#Input_Title", "#Input_WcagCriterion"], Html.Links(errors, ".error-summary a").Order(StringComparer.Ordinal));
        Assert.Contains("Skriv vad som inte fungerar.", errors.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await WithDatabaseAsync(site, db => db.AccessibilityGaps.CountAsync(g => g.Version > 1)));

        foreach (var id in ids)
        {
            var gap = await WithDatabaseAsync(site, db => db.AccessibilityGaps.AsNoTracking().SingleAsync(g => g.Id == id));
            var fixedOne = await admin.PostFormAsync($"/redaktor/tillganglighet/brister/{id}",
                [new("Input.Title", gap.Title), new("Input.Description", gap.Description), new("Input.WcagCriterion", gap.WcagCriterion ?? ""), new("Input.PlannedFix", ""), new("Input.FixedOn", "2026-11-20"), new("Input.BaseVersion", gap.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            Assert.Equal(HttpStatusCode.Redirect, fixedOne.StatusCode);
            Assert.DoesNotContain(gap.Title, (await Html.GetOkAsync(resident, "/tillganglighetsredogorelse")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        var statement = (await Html.GetOkAsync(resident, "/tillganglighetsredogorelse")).QuerySelector("main")!.TextContent;
        Assert.Contains("helt förenlig", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("delvis förenlig", statement, StringComparison.Ordinal);
        Assert.Contains("Vi känner inte till några brister just nu.", statement, StringComparison.Ordinal);
        Assert.Equal(ids.Count, await WithDatabaseAsync(site, db => db.AuditEntries.CountAsync(a => a.Action == "accessibility.gap.fixed")));

        // A new open gap makes it delvis förenlig again, with the gap and its criterion shown.
        var added = await admin.PostFormAsync("/redaktor/tillganglighet/brister/ny",
            [new("Input.Title", "Diagrammen i dialogresultaten saknar textalternativ"), new("Input.Description", "Skärmläsare läser inte upp staplarna. Siffrorna finns i tabellen under."), new("Input.WcagCriterion", "1.1.1"), new("Input.PlannedFix", "2027-03-31")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        statement = (await Html.GetOkAsync(resident, "/tillganglighetsredogorelse")).QuerySelector("main")!.TextContent;
        Assert.Contains("delvis förenlig", statement, StringComparison.Ordinal);
        Assert.Contains("Diagrammen i dialogresultaten saknar textalternativ", statement, StringComparison.Ordinal);
        Assert.Contains("kriterium 1.1.1 Icke-textbaserat innehåll (nivå A)", statement, StringComparison.Ordinal);
        Assert.Equal(1, await WithDatabaseAsync(site, db => db.AuditEntries.CountAsync(a => a.Action == "accessibility.gap.add")));
    }

    [Fact]
    public async Task Assessment_FutureOrMissingDate_IsRefused_ValidDateIsShown()
    {
        await using var site = new SiteFactory();
        using var admin = await EditorClient.SignInAsync(site, EditorRole.SystemAdmin);

        var future = await admin.PostFormAsync("/redaktor/tillganglighet", [new("Input.AssessedOn", DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new("Input.BaseVersion", "1")]);
        Assert.Contains("kan inte ligga i framtiden", (await Html.ParseAsync(future)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var empty = await admin.PostFormAsync("/redaktor/tillganglighet", [new("Input.AssessedOn", ""), new("Input.BaseVersion", "1")]);
        Assert.Contains("Skriv datum för den senaste bedömningen.", (await Html.ParseAsync(empty)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var saved = await admin.PostFormAsync("/redaktor/tillganglighet", [new("Input.AssessedOn", "2026-11-02"), new("Input.BaseVersion", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var statement = (await Html.GetOkAsync(site.CreateSiteClient(), "/tillganglighetsredogorelse")).QuerySelector("main")!.TextContent;
        Assert.Contains("Den senaste bedömningen gjordes den 2 november 2026", string.Join(' ', statement.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);

        // The form carried version 1, which is now stale: a second save on it is a conflict.
        var stale = await admin.PostFormAsync("/redaktor/tillganglighet", [new("Input.AssessedOn", "2026-11-03"), new("Input.BaseVersion", "1")]);
        Assert.Contains("Någon annan har ändrat redogörelsen", (await Html.ParseAsync(stale)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_OverTheRateLimit_Gets429WithRetryAfterAndKeepsTheText()
    {
        await using var site = new SiteFactory().WithSetting("Halsoportal:Accessibility:ReportsPerAddress", "2");
        var client = site.CreateSiteClient();

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await AccessibilityStatementTests.PostReportAsync(client, description: $"Rapport {i}")).StatusCode);
        }

        var limited = await AccessibilityStatementTests.PostReportAsync(client, description: "Den tredje rapporten");
        var document = await Html.ParseAsync(limited);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.StartsWith("Fel:", document.Title, StringComparison.Ordinal);
        Assert.Equal("Den tredje rapporten", document.QuerySelector("#Description")!.TextContent);
        Assert.Equal(2, await WithDatabaseAsync(site, db => db.AccessibilityReports.CountAsync()));
    }

    private static async Task<T> WithDatabaseAsync<T>(SiteFactory site, Func<ContentDbContext, Task<T>> query)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ContentDbContext>());
    }
}
