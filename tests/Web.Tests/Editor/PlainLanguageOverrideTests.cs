using System.Net;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Halsoportal.Web.Tests.Editor.TestEditors;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>Klarspråk warnings on the publishing page: publishing past them needs a written reason, which the audit log keeps.</summary>
public sealed class PlainLanguageOverrideTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Sundsvall = "2281";

    private async Task<int> NewArticleAsync(string title, string body)
    {
        var editor = await CreateUserAsync(site.Services, "Eva Redaktör", (EditorRole.Editor, Sundsvall));
        return await new TestArticles(site).CreateAsync(editor, TestArticles.Draft(title, Sundsvall, body));
    }

    private async Task<bool> IsPublishedAsync(int id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Articles.AnyAsync(a => a.Id == id && a.PublishedAt != null);
    }

    private async Task<List<string>> OverridesAsync(int id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().AuditEntries
            .Where(a => a.ItemType == "article" && a.ItemId == key && a.Action == "article.checks.override")
            .Select(a => a.UserName + ": " + a.Detail).ToListAsync();
    }

    [Fact]
    public async Task Warnings_NeedAWrittenReason_WhichTheAuditLogKeeps()
    {
        var id = await NewArticleAsync("Promenader med stöd", "## Så går det till\n\nDu kan erhålla stöd samt råd av en fysioterapeut.");
        using var publisher = await EditorClient.SignInAsync(site, EditorRole.Publisher, displayName: "Per Publicerare");
        var page = $"/redaktor/artiklar/{id}/publicering";

        var (_, shown) = await publisher.GetDocumentAsync(page);
        Assert.Contains("Bör rättas:", shown.QuerySelector("#kontroller-rubrik")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("”erhålla” (skriv få)", shown.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(shown.QuerySelector("textarea#OverrideReason[name=OverrideReason]"));

        var refused = await publisher.PostFormAsync($"{page}?handler=publish", [new("Version", "1"), new("OverrideReason", "  ")], formPage: page);
        var refusedPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.StartsWith("Fel:", refusedPage.Title, StringComparison.Ordinal);
        Assert.Contains("en varning om klarspråk", refusedPage.QuerySelector(".error-summary")!.TextContent.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Equal("#OverrideReason", refusedPage.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.False(await IsPublishedAsync(id));
        Assert.Empty(await OverridesAsync(id));

        var published = await publisher.PostFormAsync($"{page}?handler=publish", [new("Version", "1"), new("OverrideReason", "Texten är ett citat ur kommunens beslut.")], formPage: page);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.True(await IsPublishedAsync(id));
        var entry = Assert.Single(await OverridesAsync(id));
        Assert.StartsWith("Per Publicerare: version 1: Jargon. Skäl: Texten är ett citat ur kommunens beslut.", entry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainText_HasNoReasonFieldAndPublishesAsBefore()
    {
        var id = await NewArticleAsync("Promenader i grupp", "## Så går det till\n\nVi träffas vid biblioteket och går en halvtimme tillsammans.");
        using var publisher = await EditorClient.SignInAsync(site, EditorRole.Publisher);
        var page = $"/redaktor/artiklar/{id}/publicering";

        var (_, shown) = await publisher.GetDocumentAsync(page);
        var published = await publisher.PostFormAsync($"{page}?handler=publish", [new("Version", "1")], formPage: page);

        Assert.Null(shown.QuerySelector("#OverrideReason"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.True(await IsPublishedAsync(id));
        Assert.Empty(await OverridesAsync(id));
    }

    [Fact]
    public async Task Scheduling_PastWarnings_NeedsTheReasonToo()
    {
        var id = await NewArticleAsync("Promenader med beslut", "## Så går det till\n\nMötet äger rum i enlighet med planen.");
        using var publisher = await EditorClient.SignInAsync(site, EditorRole.Publisher);
        var page = $"/redaktor/artiklar/{id}/publicering";
        var at = DateTime.Now.AddDays(2).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

        var refused = await publisher.PostFormAsync($"{page}?handler=schedule", [new("Version", "1"), new("PublishAt", at)], formPage: page);
        var scheduled = await publisher.PostFormAsync($"{page}?handler=schedule", [new("Version", "1"), new("PublishAt", at), new("OverrideReason", "Planens ordalydelse ska stå kvar.")], formPage: page);

        Assert.Contains("en varning om klarspråk", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        Assert.Contains(await OverridesAsync(id), e => e.Contains("Jargon", StringComparison.Ordinal) && e.EndsWith("Planens ordalydelse ska stå kvar.", StringComparison.Ordinal));
    }
}
