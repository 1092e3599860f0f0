using System.Net;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Storage;
using Halsoportal.Web.Tests.Editor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.EasyRead;

/// <summary>The kommun's lättläst start page at <c>/{kommun}/lattlast</c>, over the demo content and texts of its own.</summary>
public sealed class EasyReadPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateSiteClient();

    /// <summary>The lättläst links the page lists, in its main content.</summary>
    private async Task<List<string>> ListedAsync(string kommunSlug)
    {
        var document = await Html.GetOkAsync(_client, $"/{kommunSlug}/lattlast");
        return Html.Links(document, "main .cards .card__title a");
    }

    /// <summary>The rule written out again, straight from the database: published, Swedish lättläst text, shown in the kommun.</summary>
    private async Task<HashSet<string>> ExpectedAsync(string kommunCode)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var kommun = await db.Kommuner.AsNoTracking().SingleAsync(k => k.Code == kommunCode);
        var now = DateTime.UtcNow;
        var articles = await db.Articles.AsNoTracking().Include(a => a.Texts).Include(a => a.Kommuner).ToListAsync();
        return [.. articles
            .Where(a => a.PublishedAt is { } at && at <= now && a.Texts.Any(t => t.Language == "sv" && t.IsEasyRead))
            .Where(a => a.Scope == ArticleScope.National
                || (a.Scope == ArticleScope.Region && a.RegionCode == kommun.RegionCode)
                || (a.Scope == ArticleScope.Kommuner && a.Kommuner.Any(k => k.Code == kommunCode)))
            .Select(a => $"/{kommun.Slug}/{a.Slug}/lattlast")];
    }

    [Theory]
    [InlineData("sundsvall", "2281")]
    [InlineData("jonkoping", "0680")]
    [InlineData("ange", "2260")]
    [InlineData("stockholm", "0180")]
    public async Task Page_ListsExactlyTheLattlastTextsShownInTheKommun_EachOnce(string slug, string code)
    {
        var listed = await ListedAsync(slug);
        var expected = await ExpectedAsync(code);

        Assert.NotEmpty(expected);
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        foreach (var link in listed)
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(link, UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task Page_OtherKommunersOwnTexts_AreNotListed()
    {
        // Jönköping's family centre and Ånge's meeting places have lättläst texts of their own; Sundsvall shows neither.
        var sundsvall = await ListedAsync("sundsvall");
        var jonkopingOwn = await ExpectedOwnAsync("0680");
        var angeOwn = await ExpectedOwnAsync("2260");

        Assert.NotEmpty(jonkopingOwn);
        Assert.NotEmpty(angeOwn);
        Assert.DoesNotContain(sundsvall, l => jonkopingOwn.Any(s => l.Contains(s, StringComparison.Ordinal)));
        Assert.DoesNotContain(sundsvall, l => angeOwn.Any(s => l.Contains(s, StringComparison.Ordinal)));

        // Nor do the other län's regional texts.
        Assert.Contains(await ListedAsync("jonkoping"), l => l.Contains("halsosamtal", StringComparison.Ordinal));
        Assert.DoesNotContain(sundsvall, l => l.Contains("halsosamtal", StringComparison.Ordinal));
    }

    private async Task<List<string>> ExpectedOwnAsync(string kommunCode)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        return await db.Articles.AsNoTracking()
            .Where(a => a.Scope == ArticleScope.Kommuner && a.Kommuner.Any(k => k.Code == kommunCode) && a.Texts.Any(t => t.IsEasyRead))
            .Select(a => "/" + a.Slug + "/").ToListAsync();
    }

    [Fact]
    public async Task PublishedLattlast_AppearsInItsOwnKommunOnly_UnderItsLattlastTitle_AndLeavesWhenUnpublished()
    {
        var publisher = await TestEditors.CreateUserAsync(site.Services, "Petra Publicerare", (EditorRole.Publisher, TestEditors.Timra));
        var articles = new TestArticles(site);
        var id = await articles.CreateAsync(publisher, TestArticles.Draft("Simskola för vuxna i Timrå", TestEditors.Timra) with
        {
            EasyReadTitle = "Lär dig simma i Timrå",
            EasyReadIngress = "Du kan lära dig simma när du är vuxen.",
            EasyReadBody = "Det finns kurser i simhallen. Kurserna är gratis.",
        });
        await articles.PublishAsync(publisher, id);
        var slug = await articles.InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());

        var timra = await Html.GetOkAsync(_client, "/timra/lattlast");
        var link = timra.QuerySelectorAll("main .card__title a").SingleOrDefault(a => a.GetAttribute("href") == $"/timra/{slug}/lattlast");
        Assert.NotNull(link);
        Assert.Equal("Lär dig simma i Timrå", link.TextContent.Trim());
        Assert.DoesNotContain($"/sundsvall/{slug}/lattlast", await ListedAsync("sundsvall"));
        Assert.Equal(await ExpectedAsync(TestEditors.Timra), (await ListedAsync("timra")).ToHashSet());

        var down = await articles.InScopeAsync(sp => sp.GetRequiredService<Content.Editing.ArticleWorkflowService>().UnpublishAsync(publisher, id, CancellationToken.None));
        Assert.Equal(Content.Editing.EditStatus.Done, down.Status);
        Assert.DoesNotContain($"/timra/{slug}/lattlast", await ListedAsync("timra"));
    }

    [Fact]
    public async Task Page_IsMarkedLattlast_GroupedByTopic_AndLinkedBothWays()
    {
        var page = await Html.GetOkAsync(_client, "/sundsvall/lattlast");

        Assert.Equal("Lättläst", page.QuerySelector("main .label")!.TextContent.Trim());
        Assert.Equal("Lättläst om hälsa i Sundsvall", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll("main section h2"));
        Assert.Contains("/sundsvall", Html.Links(page, "main .variant-link a"));

        // The search form limits the search to lättläst texts in the kommun, without JavaScript.
        var form = page.QuerySelector("main form[action='/sok']")!;
        Assert.Equal("ja", form.QuerySelector("input[name=lattlast]")!.GetAttribute("value"));
        Assert.Equal("sundsvall", form.QuerySelector("input[name=kommun]")!.GetAttribute("value"));

        var kommun = await Html.GetOkAsync(_client, "/sundsvall");
        Assert.Contains("/sundsvall/lattlast", Html.Links(kommun, "main a"));

        var easyArticle = Html.Links(page, "main .card__title a")[0];
        var article = await Html.GetOkAsync(_client, easyArticle);
        Assert.Contains("/sundsvall/lattlast", Html.Links(article, "main .variant-link a"));
    }

    [Fact]
    public async Task Search_FromTheLattlastPage_FindsOnlyLattlast()
    {
        var results = await Html.GetOkAsync(_client, "/sok?q=s%C3%B6mn&kommun=sundsvall&lattlast=ja");

        var hits = results.QuerySelectorAll(".hit__meta").Select(m => m.TextContent).ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, m => Assert.Contains("Lättläst", m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownKommun_IsNotFound()
    {
        var response = await _client.GetAsync(new Uri("/atlantis/lattlast", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ArticleTitledLattlast_GetsAnotherSlug_SoThePageIsNeverShadowed()
    {
        var editor = await TestEditors.CreateUserAsync(site.Services, "Erik Redaktör", (EditorRole.Editor, TestEditors.Sundsvall));
        var articles = new TestArticles(site);
        var id = await articles.CreateAsync(editor, TestArticles.Draft("Lättläst", TestEditors.Sundsvall));

        var slug = await articles.InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());

        Assert.NotEqual("lattlast", slug);
        Assert.Contains("Lättläst om hälsa i Sundsvall", (await Html.GetOkAsync(_client, "/sundsvall/lattlast")).Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAnyLattlast_ShowsTheEmptyState_AndTheSitemapLeavesItOut()
    {
        await using var empty = SiteFactory.WithoutDemoContent();
        using var client = empty.CreateSiteClient();

        var page = await Html.GetOkAsync(client, "/sundsvall/lattlast");
        var sitemap = await client.GetStringAsync(new Uri("/sitemap/sundsvall.xml", UriKind.Relative));

        Assert.Empty(page.QuerySelectorAll("main .card"));
        Assert.Contains("Det finns inga lättlästa texter för Sundsvall än.", page.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("/sundsvall", Html.Links(page, "main .notice a"));
        Assert.DoesNotContain("/sundsvall/lattlast", sitemap, StringComparison.Ordinal);
        Assert.Empty(empty.Problems);
    }
}
