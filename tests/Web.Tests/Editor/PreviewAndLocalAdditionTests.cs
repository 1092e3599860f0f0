using System.Net;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Halsoportal.Web.Tests.Editor.TestEditors;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>Preview links for people without an account, and kommuner's local additions to shared articles.</summary>
public sealed class PreviewAndLocalAdditionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string RegionalArticle = "fysisk-aktivitet-pa-recept-i-vasternorrland";
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private async Task<int> NewDraftAsync(EditorAccess access, string title)
    {
        var draft = new ArticleDraft
        {
            Title = title,
            Ingress = "Ett utkast som ska faktagranskas.",
            Body = "Texten är inte klar.",
            Scope = ArticleScope.Kommuner,
            KommunCodes = [Sundsvall],
            Terms = ["topic:matvanor", "lifesituation:vuxna"],
            LastReviewed = new DateOnly(2026, 11, 1),
            NextReview = new DateOnly(2027, 11, 1),
            ResponsibleUnit = "Kostenheten",
        };
        return (await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().CreateAsync(access, $"kommun:{Sundsvall}", draft, None))).ItemId;
    }

    [Fact]
    public async Task PreviewLink_WhileValid_ShowsDraftWithoutCookiesOrCaching_RevokedIsGone()
    {
        var editor = await CreateUserAsync(site.Services, "Eva", (EditorRole.Editor, Sundsvall));
        var id = await NewDraftAsync(editor, "Matlådor för äldre i Sundsvall");
        var token = await InScopeAsync(sp => sp.GetRequiredService<PreviewLinkService>().CreateAsync(editor, id, None));
        var client = site.CreateSiteClient();

        var response = await client.GetAsync(new Uri($"/forhandsvisning/{token}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Matlådor för äldre i Sundsvall", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());

        var links = await InScopeAsync(sp => sp.GetRequiredService<PreviewLinkService>().ListAsync(editor, id, None));
        Assert.Equal(EditStatus.Done, await InScopeAsync(sp => sp.GetRequiredService<PreviewLinkService>().RevokeAsync(editor, id, links![0].Id, None)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/forhandsvisning/{token}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/forhandsvisning/inte-en-riktig-nyckel", UriKind.Relative))).StatusCode);
        Assert.Empty(site.Problems);
    }

    [Fact]
    public async Task PreviewLink_OtherKommunsArticle_CannotBeCreated()
    {
        var sundsvall = await CreateUserAsync(site.Services, "Eva", (EditorRole.Editor, Sundsvall));
        var jonkoping = await CreateUserAsync(site.Services, "Jonas", (EditorRole.Publisher, Jonkoping));
        var id = await NewDraftAsync(sundsvall, "Hemlig plan");

        var token = await InScopeAsync(sp => sp.GetRequiredService<PreviewLinkService>().CreateAsync(jonkoping, id, None));

        Assert.Null(token);
        Assert.Equal(0, await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().PreviewLinks.CountAsync(p => p.ItemId == id)));
    }

    [Fact]
    public async Task LocalAddition_Published_ShowsInThatKommunOnly_AndParentChangeFlagsItForReReview()
    {
        var publisher = await CreateUserAsync(site.Services, "Per", (EditorRole.Publisher, Sundsvall));
        var regionAdmin = await CreateUserAsync(site.Services, "Rut", (EditorRole.RegionAdmin, Vasternorrland));
        var row = (await InScopeAsync(sp => sp.GetRequiredService<LocalAdditionService>().ListAsync(publisher, None)))
            .First(r => r.KommunCode == Sundsvall && r.ArticleTitle.StartsWith("Fysisk aktivitet på recept", StringComparison.Ordinal));
        var additions = (IServiceProvider sp) => sp.GetRequiredService<LocalAdditionService>();
        var draft = new LocalAdditionDraft("Så får du FaR i Sundsvall", "Fråga på din vårdcentral. Kommunens **aktivitetsguide** ringer upp inom en vecka.", new DateOnly(2026, 11, 1), new DateOnly(2027, 5, 1));

        var saved = await InScopeAsync(sp => additions(sp).SaveAsync(publisher, row.ArticleId, Sundsvall, 0, draft, None));
        var published = await InScopeAsync(sp => additions(sp).PublishAsync(publisher, row.ArticleId, Sundsvall, 1, None));

        Assert.Equal(EditStatus.Done, saved.Status);
        Assert.Equal(EditStatus.Done, published.Status);
        var client = site.CreateSiteClient();
        var sundsvallPage = await Html.GetOkAsync(client, $"/sundsvall/{RegionalArticle}");
        Assert.Equal("Så får du FaR i Sundsvall", sundsvallPage.QuerySelector(".local-addition h2")!.TextContent);
        var timraPage = await Html.GetOkAsync(client, $"/timra/{RegionalArticle}");
        Assert.Null(timraPage.QuerySelector(".local-addition"));

        // The region republishes the parent: Sundsvall's addition must be read again.
        var parent = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(regionAdmin, row.ArticleId, None));
        var version = (await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().SaveAsync(regionAdmin, row.ArticleId, parent!.DraftVersion, parent.Draft with { Ingress = parent.Draft.Ingress + " Nu även för unga vuxna." }, None))).Version;
        await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().PublishAsync(regionAdmin, row.ArticleId, version, None));

        var view = await InScopeAsync(sp => additions(sp).GetAsync(publisher, row.ArticleId, Sundsvall, None));
        Assert.True(view!.NeedsReReview);
        var dashboard = await InScopeAsync(sp => sp.GetRequiredService<EditorDashboardService>().GetAsync(publisher, None));
        Assert.Contains(dashboard.AdditionsToReview, r => r.ArticleId == row.ArticleId && r.KommunCode == Sundsvall);
    }

    [Fact]
    public async Task LocalAddition_EditorOfOtherKommun_IsNotFoundAndWritesNothing()
    {
        var jonkoping = await CreateUserAsync(site.Services, "Jonas", (EditorRole.Publisher, Jonkoping));
        var regional = await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().Articles.Where(a => a.Slug == RegionalArticle).Select(a => a.Id).FirstAsync());
        var before = await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().LocalAdditions.CountAsync());

        var intoSundsvall = await InScopeAsync(sp => sp.GetRequiredService<LocalAdditionService>().SaveAsync(jonkoping, regional, Sundsvall, 0, new("Kapat", "Text", new(2026, 1, 1), new(2027, 1, 1)), None));
        var intoOtherRegion = await InScopeAsync(sp => sp.GetRequiredService<LocalAdditionService>().SaveAsync(jonkoping, regional, Jonkoping, 0, new("Fel region", "Text", new(2026, 1, 1), new(2027, 1, 1)), None));

        Assert.Equal(EditStatus.NotFound, intoSundsvall.Status);
        Assert.Equal(EditStatus.NotFound, intoOtherRegion.Status);
        Assert.Equal(before, await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().LocalAdditions.CountAsync()));
    }
}
