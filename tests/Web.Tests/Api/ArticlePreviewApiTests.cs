using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Halsoportal.Web.Tests.Editor.TestEditors;

namespace Halsoportal.Web.Tests.Api;

/// <summary>
/// <c>/api/v1/articles/{id}?preview=true</c>: the newest draft for a key of the owning kommun, and
/// for nobody else — no key, an unknown or revoked key, another kommun's key, a regional article.
/// </summary>
public sealed class ArticlePreviewApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string DraftTitle = "Hemligt utkast om simskola";
    private const string DraftBody = "Hemlig brödtext som inte är klar.";

    private readonly TestArticles _content = new(site);
    private readonly HttpClient _client = site.CreateSiteClient();

    private async Task<HttpResponseMessage> PreviewAsync(int id, string? key, string query = "preview=true")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/articles/{id}?{query}");
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await _client.SendAsync(request);
    }

    private async Task<(int Id, string SundsvallKey, string TimraKey, EditorAccess Admin, int SundsvallKeyId)> DraftAndKeysAsync()
    {
        var editor = await CreateUserAsync(site.Services, "Eva", (EditorRole.Editor, Sundsvall));
        var admin = await CreateUserAsync(site.Services, "Rut", (EditorRole.RegionAdmin, Vasternorrland));
        var id = await _content.CreateAsync(editor, TestArticles.Draft(DraftTitle, Sundsvall, DraftBody));
        var sundsvall = await _content.IssueKeyAsync(admin, Sundsvall);
        var timra = await _content.IssueKeyAsync(admin, Timra);
        return (id, sundsvall.Key, timra.Key, admin, sundsvall.Grant.KeyId);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Hemlig", body, StringComparison.Ordinal);
        Assert.DoesNotContain("simskola", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnKommunsKey_GivesTheNewestDraft_PrivatelyCached()
    {
        var (id, key, _, _, _) = await DraftAndKeysAsync();

        var response = await PreviewAsync(id, key);
        var article = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DraftTitle, article.GetProperty("title").GetString());
        Assert.Equal(DraftBody, article.GetProperty("bodyText").GetString());
        Assert.Equal(1, article.GetProperty("previewVersion").GetInt32());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("published").ValueKind);
        Assert.Equal("sundsvall", article.GetProperty("municipalities")[0].GetProperty("slug").GetString());
        Assert.Contains("fysisk-aktivitet", article.Slugs("topics"));
        Assert.True(response.Headers.CacheControl?.Private);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task WithoutKey_Gives401WithChallenge_AndNoDraft()
    {
        var (id, _, _, _, _) = await DraftAndKeysAsync();

        var response = await PreviewAsync(id, key: null);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("hp_detta-ar-ingen-riktig-nyckel")]
    [InlineData("inte-ens-ratt-prefix")]
    public async Task UnknownKey_Gives401(string key)
    {
        var (id, _, _, _, _) = await DraftAndKeysAsync();

        await AssertRefusedAsync(await PreviewAsync(id, key), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OtherScheme_Gives401()
    {
        var (id, key, _, _, _) = await DraftAndKeysAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/articles/{id}?preview=true");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", key);

        await AssertRefusedAsync(await _client.SendAsync(request), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnotherKommunsKey_Gives403()
    {
        var (id, _, timraKey, _, _) = await DraftAndKeysAsync();

        await AssertRefusedAsync(await PreviewAsync(id, timraKey), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RevokedKey_Gives401_AtOnce()
    {
        var (id, key, _, admin, keyId) = await DraftAndKeysAsync();
        Assert.Equal(HttpStatusCode.OK, (await PreviewAsync(id, key)).StatusCode);

        await _content.RevokeKeyAsync(admin, keyId);

        await AssertRefusedAsync(await PreviewAsync(id, key), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RegionalArticle_IsNotPreviewedWithAKommunKey()
    {
        var (_, key, _, _, _) = await DraftAndKeysAsync();
        var regional = await _content.InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().Articles
            .Where(a => a.OwnerKommunCode == null && a.OwnerRegionCode == Vasternorrland).Select(a => a.Id).FirstAsync());

        var response = await PreviewAsync(regional, key);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task UnknownArticle_WithAValidKey_Gives404()
    {
        var (_, key, _, _, _) = await DraftAndKeysAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await PreviewAsync(987654, key)).StatusCode);
    }

    [Fact]
    public async Task PublishedArticle_ShowsTheDraftOnlyWithPreviewAndKey()
    {
        var publisher = await CreateUserAsync(site.Services, "Pia", (EditorRole.Publisher, Sundsvall));
        var admin = await CreateUserAsync(site.Services, "Rut", (EditorRole.RegionAdmin, Vasternorrland));
        var key = (await _content.IssueKeyAsync(admin, Sundsvall)).Key;
        var id = await _content.CreateAsync(publisher, TestArticles.Draft("Publicerad text om simskola för vuxna", Sundsvall));
        await _content.PublishAsync(publisher, id);
        var version = await _content.SaveAsync(publisher, id, d => d with { Title = "Ny rubrik i utkastet", Body = "Ny brödtext i utkastet." });

        var withKeyNoPreview = await PreviewAsync(id, key, query: "");
        var preview = await PreviewAsync(id, key);
        var previewWithoutKey = await PreviewAsync(id, key: null);
        var previewJson = JsonDocument.Parse(await preview.Content.ReadAsStringAsync()).RootElement;

        var publicText = await withKeyNoPreview.Content.ReadAsStringAsync();
        Assert.Contains("Publicerad text om simskola för vuxna", publicText, StringComparison.Ordinal);
        Assert.DoesNotContain("utkastet", publicText, StringComparison.Ordinal);
        Assert.Equal("public, max-age=60", withKeyNoPreview.Headers.CacheControl?.ToString());
        Assert.Equal("Ny rubrik i utkastet", previewJson.GetProperty("title").GetString());
        Assert.Equal(version, previewJson.GetProperty("previewVersion").GetInt32());
        Assert.Equal(JsonValueKind.String, previewJson.GetProperty("published").ValueKind);
        Assert.Equal(HttpStatusCode.Unauthorized, previewWithoutKey.StatusCode);
        Assert.DoesNotContain("utkastet", await previewWithoutKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftOnlyArticle_WithKeyButWithoutPreview_IsNotFound()
    {
        var (id, key, _, _, _) = await DraftAndKeysAsync();

        await AssertRefusedAsync(await PreviewAsync(id, key, query: ""), HttpStatusCode.NotFound);
        await AssertRefusedAsync(await PreviewAsync(id, key, query: "preview=false"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PreviewWithMunicipality_Gives400()
    {
        var (id, key, _, _, _) = await DraftAndKeysAsync();

        await AssertRefusedAsync(await PreviewAsync(id, key, query: "preview=true&municipality=sundsvall"), HttpStatusCode.BadRequest);
        await AssertRefusedAsync(await PreviewAsync(id, key, query: "preview=ja"), HttpStatusCode.BadRequest);
    }
}
