using System.Net;
using System.Text.Json;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Media;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Halsoportal.Web.Tests.Editor.TestEditors;

namespace Halsoportal.Web.Tests.Api;

/// <summary>
/// Only what residents may read is in <c>/api/v1/articles</c>: drafts, scheduled articles and the
/// unpublished edits of a published article stay out; bodies are sanitized; local additions show
/// in their own kommun only.
/// </summary>
public sealed class ArticleLifecycleApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly TestArticles _content = new(site);
    private readonly HttpClient _client = site.CreateSiteClient();

    private async Task<bool> IsListedAsync(int id, string filter = "") =>
        (await _client.AllArticlesAsync(filter)).Any(i => i.GetProperty("id").GetInt32() == id);

    [Fact]
    public async Task Draft_IsNotListedAndIs404_UntilPublished()
    {
        var publisher = await CreateUserAsync(site.Services, "Pia", (EditorRole.Publisher, Sundsvall));
        var id = await _content.CreateAsync(publisher, TestArticles.Draft("Utkast om kvällspromenader", Sundsvall));

        Assert.False(await IsListedAsync(id));
        Assert.False(await IsListedAsync(id, "municipality=sundsvall"));
        await _client.GetProblemAsync($"/api/v1/articles/{id}", HttpStatusCode.NotFound);

        await _content.PublishAsync(publisher, id);

        Assert.True(await IsListedAsync(id, "municipality=sundsvall"));
        Assert.False(await IsListedAsync(id, "municipality=jonkoping"));
        var article = await _client.GetJsonAsync($"/api/v1/articles/{id}");
        Assert.Equal("Utkast om kvällspromenader", article.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.String, article.GetProperty("published").ValueKind);
    }

    [Fact]
    public async Task ScheduledForLater_IsNotListedAndIs404()
    {
        var publisher = await CreateUserAsync(site.Services, "Pia", (EditorRole.Publisher, Sundsvall));
        var id = await _content.CreateAsync(publisher, TestArticles.Draft("Schemalagd artikel om vinterbad", Sundsvall));
        var scheduled = await _content.InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>()
            .ScheduleAsync(publisher, id, 1, DateTime.UtcNow.AddDays(2), null, CancellationToken.None));

        Assert.Equal(EditStatus.Done, scheduled.Status);
        Assert.False(await IsListedAsync(id));
        await _client.GetProblemAsync($"/api/v1/articles/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PublishedArticleWithANewerDraft_ShowsThePublishedTextOnly()
    {
        var publisher = await CreateUserAsync(site.Services, "Pia", (EditorRole.Publisher, Sundsvall));
        var id = await _content.CreateAsync(publisher, TestArticles.Draft("Publicerad rubrik om cykling", Sundsvall));
        await _content.PublishAsync(publisher, id);
        await _content.SaveAsync(publisher, id, d => d with { Title = "Hemlig ny rubrik", Body = "Hemlig ny brödtext." });

        var list = await _client.GetStringAsync(new Uri("/api/v1/articles?pageSize=100&fields=full", UriKind.Relative));
        var item = await _client.GetStringAsync(new Uri($"/api/v1/articles/{id}", UriKind.Relative));

        Assert.Contains("Publicerad rubrik om cykling", item, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemlig", item, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemlig", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unpublished_IsGoneAgain()
    {
        var publisher = await CreateUserAsync(site.Services, "Pia", (EditorRole.Publisher, Sundsvall));
        var id = await _content.CreateAsync(publisher, TestArticles.Draft("Artikel som tas ner", Sundsvall));
        await _content.PublishAsync(publisher, id);
        await _client.GetJsonAsync($"/api/v1/articles/{id}");

        var result = await _content.InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().UnpublishAsync(publisher, id, CancellationToken.None));

        Assert.Equal(EditStatus.Done, result.Status);
        Assert.False(await IsListedAsync(id));
        await _client.GetProblemAsync($"/api/v1/articles/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HostileMarkdown_IsSanitizedInHtml_AndTextHasNoTags()
    {
        var publisher = await CreateUserAsync(site.Services, "Pia", (EditorRole.Publisher, Sundsvall));
        const string Body = "## Om säkerhet\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\nSe [Folkhälsomyndighetens råd](javascript:alert(1)) och **var rädd** om dig.\n\n1. Först\n2. Sedan";
        var id = await _content.CreateAsync(publisher, TestArticles.Draft("Artikel med farlig kod", Sundsvall, Body));
        await _content.PublishAsync(publisher, id);

        var article = await _client.GetJsonAsync($"/api/v1/articles/{id}");
        var html = article.GetProperty("bodyHtml").GetString()!;
        var text = article.GetProperty("bodyText").GetString()!;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<strong>var rädd</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<[a-zA-Z/!]", text);
        Assert.DoesNotContain("javascript:", text, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Om säkerhet\n\n", text, StringComparison.Ordinal);
        Assert.EndsWith("1. Först\n2. Sedan", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Image_IsAJpegRenditionUpTo960WithItsAltText()
    {
        var publisher = await CreateUserAsync(site.Services, "Pia", (EditorRole.Publisher, Sundsvall));
        var key = new string('a', 32);
        var imageId = await _content.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ContentDbContext>();
            var item = new MediaItem { FileKey = key, OwnerKommunCode = Sundsvall, OwnerRegionCode = Vasternorrland, Width = 2000, Height = 1000, RenditionWidths = "320,640,960,1600", AltText = "Två personer går på en grusväg", Credit = "Foto: Testsson", CreatedBy = "Test" };
            db.MediaItems.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
        var id = await _content.CreateAsync(publisher, TestArticles.Draft("Artikel med bild på promenad", Sundsvall) with { ImageMediaId = imageId });
        await _content.PublishAsync(publisher, id);

        var image = (await _client.GetJsonAsync($"/api/v1/articles/{id}")).GetProperty("image");
        var listed = (await _client.AllArticlesAsync("municipality=sundsvall")).Single(i => i.GetProperty("id").GetInt32() == id).GetProperty("image");

        Assert.Equal($"/media/{key}-960.jpg", image.GetProperty("url").GetString());
        Assert.Equal("Två personer går på en grusväg", image.GetProperty("altText").GetString());
        Assert.False(image.GetProperty("decorative").GetBoolean());
        Assert.Equal(960, image.GetProperty("width").GetInt32());
        Assert.Equal(480, image.GetProperty("height").GetInt32());
        Assert.Equal("Foto: Testsson", image.GetProperty("credit").GetString());
        Assert.Equal(image.ToString(), listed.ToString());
    }

    [Fact]
    public async Task LocalAddition_IsInTheArticleForItsKommunOnly()
    {
        var publisher = await CreateUserAsync(site.Services, "Pia", (EditorRole.Publisher, Sundsvall));
        var regional = await _content.InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().Articles
            .Where(a => a.Slug == "fysisk-aktivitet-pa-recept-i-vasternorrland").Select(a => a.Id).FirstAsync());
        var additions = (IServiceProvider sp) => sp.GetRequiredService<LocalAdditionService>();
        var draft = new LocalAdditionDraft("Så får du FaR i Sundsvall", "Fråga på din vårdcentral.\n\nKommunens **aktivitetsguide** ringer upp.", new DateOnly(2026, 11, 1), new DateOnly(2027, 5, 1));
        Assert.Equal(EditStatus.Done, (await _content.InScopeAsync(sp => additions(sp).SaveAsync(publisher, regional, Sundsvall, 0, draft, CancellationToken.None))).Status);
        Assert.Equal(EditStatus.Done, (await _content.InScopeAsync(sp => additions(sp).PublishAsync(publisher, regional, Sundsvall, 1, CancellationToken.None))).Status);

        var inSundsvall = await _client.GetJsonAsync($"/api/v1/articles/{regional}?municipality=sundsvall");
        var inTimra = await _client.GetJsonAsync($"/api/v1/articles/{regional}?municipality=timra");
        var without = await _client.GetJsonAsync($"/api/v1/articles/{regional}");

        var addition = inSundsvall.GetProperty("localAddition");
        Assert.Equal("Så får du FaR i Sundsvall", addition.GetProperty("heading").GetString());
        Assert.Equal("sundsvall", addition.GetProperty("municipality").GetProperty("slug").GetString());
        Assert.Contains("<strong>aktivitetsguide</strong>", addition.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal("Fråga på din vårdcentral.\n\nKommunens aktivitetsguide ringer upp.", addition.GetProperty("bodyText").GetString());
        Assert.Equal($"/sundsvall/{inSundsvall.Slug()}", inSundsvall.GetProperty("municipalityUrl").GetString());
        Assert.Equal(JsonValueKind.Null, inTimra.GetProperty("localAddition").ValueKind);
        Assert.Equal(JsonValueKind.Null, without.GetProperty("localAddition").ValueKind);
    }
}
