using System.Net;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>Administrators keep the vocabularies: a rename keeps the URL, a new term is offered to editors.</summary>
public sealed class TaxonomyAdminTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Rename_Topic_KeepsItsUrlAndAsksSearchToRebuild()
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22");
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var sleep = await db.TaxonomyTerms.FirstAsync(t => t.Slug == "somn");
        var rebuilds = await db.ContentChanges.CountAsync(c => c.Kind == ContentChangeKind.RebuildRequested);

        var response = await admin.PostFormAsync($"/redaktor/amnen/{sleep.Id}", [new("Input.Name", "Sömn och vila"), new("Input.Description", "Hur du sover bättre.")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Html.GetOkAsync(site.CreateSiteClient(), "/amne/somn");
        Assert.Equal("Sömn och vila", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(rebuilds + 1, await db.ContentChanges.CountAsync(c => c.Kind == ContentChangeKind.RebuildRequested));
    }

    [Fact]
    public async Task Add_LifeSituation_IsOfferedInTheArticleForm_DuplicateIsRefused()
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22");
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: "2281");

        var added = await admin.PostFormAsync("/redaktor/amnen", [new("Input.Kind", "LifeSituation"), new("Input.Name", "Nyanländ")]);
        var again = await admin.PostFormAsync("/redaktor/amnen", [new("Input.Kind", "LifeSituation"), new("Input.Name", "nyanländ")]);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("finns redan", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (_, form) = await editor.GetDocumentAsync("/redaktor/artiklar/ny");
        Assert.NotNull(form.QuerySelector("input[name='Input.LifeSituations'][value='lifesituation:nyanland']"));
    }
}
