using System.Net;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>"An expired session during editing loses nothing (the draft survives re-login)."</summary>
public sealed class ExpiredSessionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Save_AfterSessionEnded_ParksTextAndSavesItAfterSigningInAgain()
    {
        var account = await EditorClient.CreateAccountAsync(site, [new EditorGrant(EditorRole.Editor, "2281")], displayName: "Eva");
        using var client = await EditorClient.SignInAsync(site, account);
        int id;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var access = (await scope.ServiceProvider.GetRequiredService<EditorAccessService>().GetAsync(account.UserId, default))!;
            var draft = new ArticleDraft
            {
                Title = "Simskola för vuxna", Ingress = "Lär dig simma i lugn takt.", Body = "Anmäl dig i receptionen.", Scope = ArticleScope.Kommuner,
                KommunCodes = ["2281"], Terms = ["topic:fysisk-aktivitet", "lifesituation:vuxna"], LastReviewed = new(2026, 11, 1), NextReview = new(2027, 11, 1), ResponsibleUnit = "Badhuset",
            };
            id = (await scope.ServiceProvider.GetRequiredService<ArticleEditingService>().CreateAsync(access, "kommun:2281", draft, default)).ItemId;
        }

        var token = await client.GetAntiforgeryTokenAsync($"/redaktor/artiklar/{id}");
        await EndSessionsAsync(account.UserId);
        KeyValuePair<string, string>[] form =
        [
            new("BaseVersion", "1"), new("Input.Title", "Simskola för vuxna – nya tider"), new("Input.Ingress", "Lär dig simma i lugn takt."),
            new("Input.Body", "Nu även på lördagar. Anmäl dig i receptionen."), new("Input.Topics", "topic:fysisk-aktivitet"),
            new("Input.LifeSituations", "lifesituation:vuxna"), new("Input.LastReviewed", "2026-11-01"), new("Input.NextReview", "2027-11-01"),
            new("Input.ResponsibleUnit", "Badhuset"), new("__RequestVerificationToken", token),
        ];

        var expired = await client.PostWithoutTokenAsync($"/redaktor/artiklar/{id}", form);

        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        var login = expired.Headers.Location!.OriginalString;
        Assert.StartsWith("/redaktor/logga-in?ReturnUrl=%2Fredaktor%2Faterstall%2F", login, StringComparison.Ordinal);
        Assert.Equal(1, await VersionsAsync(id));

        var signedIn = await client.PostFormAsync(login, [new("Email", account.Email), new("Password", account.Password)]);
        var restoreUrl = signedIn.Headers.Location!.OriginalString;
        Assert.StartsWith("/redaktor/aterstall/", restoreUrl, StringComparison.Ordinal);
        var (restore, document) = await client.GetDocumentAsync(restoreUrl);
        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        var saveForm = document.QuerySelector($"form[action='/redaktor/artiklar/{id}']")!;
        var fields = saveForm.QuerySelectorAll("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Where(f => f.Key != "__RequestVerificationToken");

        var saved = await client.PostFormAsync($"/redaktor/artiklar/{id}", fields, formPage: restoreUrl);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(2, await VersionsAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(restoreUrl)).StatusCode);
        await using var check = site.Services.CreateAsyncScope();
        var data = await check.ServiceProvider.GetRequiredService<ContentDbContext>().ContentVersions
            .Where(v => v.ItemType == ContentItemType.Article && v.ItemId == id && v.Number == 2).Select(v => v.Data).FirstAsync();
        Assert.Equal("Simskola för vuxna – nya tider", ArticleDraft.FromJson(data).Title);
        Assert.True(site.Problems.IsEmpty, string.Join("\n", site.Problems));
    }

    [Fact]
    public async Task Post_WithoutAnyEditorSession_IsNotParked()
    {
        using var anonymous = EditorClient.Anonymous(site);

        var response = await anonymous.PostWithoutTokenAsync("/redaktor/artiklar/ny", [new("Input.Title", "Skräp")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("aterstall", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ContentDbContext>().ParkedForms.CountAsync());
    }

    private async Task EndSessionsAsync(string userId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContentDbContext>().EditorSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync();
    }

    private async Task<int> VersionsAsync(int id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().ContentVersions.CountAsync(v => v.ItemType == ContentItemType.Article && v.ItemId == id);
    }
}
