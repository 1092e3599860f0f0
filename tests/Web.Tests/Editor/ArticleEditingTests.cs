using System.Net;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Halsoportal.Web.Tests.Editor.TestEditors;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>The editing services in the real app over a real SQLite database: versions, rights, publishing.</summary>
public sealed class ArticleEditingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static ArticleDraft Draft(string title, params string[] kommuner) => new()
    {
        Title = title,
        Ingress = "Kommunen bjuder in till promenader i grupp varje vecka.",
        Body = "## Så går det till\n\nVi träffas vid biblioteket och går en halvtimme tillsammans.",
        Scope = ArticleScope.Kommuner,
        KommunCodes = kommuner,
        Terms = ["topic:fysisk-aktivitet", "lifesituation:aldre"],
        LastReviewed = new DateOnly(2026, 11, 1),
        NextReview = new DateOnly(2027, 11, 1),
        ResponsibleUnit = "Folkhälsoenheten",
    };

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task<EditResult> NewArticleAsync(EditorAccess access, ArticleDraft draft, string owner) =>
        InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().CreateAsync(access, owner, draft, None));

    private Task<int> CountAsync<TEntity>()
        where TEntity : class =>
        InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().Set<TEntity>().CountAsync());

    [Fact]
    public async Task Create_ByKommunEditor_SavesVersionOneThatResidentsCannotSee()
    {
        var editor = await CreateUserAsync(site.Services, "Eva Redaktör", (EditorRole.Editor, Sundsvall));

        var result = await NewArticleAsync(editor, Draft("Promenadgrupper i Sundsvall", Sundsvall), $"kommun:{Sundsvall}");

        Assert.Equal(EditStatus.Done, result.Status);
        Assert.Equal(1, result.Version);
        var view = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(editor, result.ItemId, None));
        Assert.Equal(ArticleStatus.Draft, view!.Status);
        var response = await site.CreateSiteClient().GetAsync(new Uri($"/sundsvall/{view.Slug}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(site.Problems);
    }

    [Fact]
    public async Task Create_OverPostedOtherKommun_IsRefusedAndWritesNothing()
    {
        var editor = await CreateUserAsync(site.Services, "Eva Redaktör", (EditorRole.Editor, Sundsvall));
        var articles = await CountAsync<Article>();
        var audit = await CountAsync<AuditEntry>();

        var asOwner = await NewArticleAsync(editor, Draft("Inte min kommun", Jonkoping), $"kommun:{Jonkoping}");
        var asExtraScope = await NewArticleAsync(editor, Draft("Smyger in Jönköping", Sundsvall, Jonkoping), $"kommun:{Sundsvall}");

        Assert.Equal(EditStatus.Invalid, asOwner.Status);
        Assert.Equal(EditStatus.Invalid, asExtraScope.Status);
        Assert.Contains(asExtraScope.FieldErrors, e => e.Field == nameof(ArticleDraft.KommunCodes) && e.Message.Contains("Jönköping", StringComparison.Ordinal));
        Assert.Equal(articles, await CountAsync<Article>());
        Assert.Equal(audit, await CountAsync<AuditEntry>());
    }

    [Fact]
    public async Task Save_OtherKommunsArticle_IsNotFoundAndChangesNothing()
    {
        var sundsvall = await CreateUserAsync(site.Services, "Eva", (EditorRole.Editor, Sundsvall));
        var jonkoping = await CreateUserAsync(site.Services, "Jonas", (EditorRole.Publisher, Jonkoping));
        var created = await NewArticleAsync(sundsvall, Draft("Sundsvalls egen text", Sundsvall), $"kommun:{Sundsvall}");
        var versions = await CountAsync<ContentVersion>();

        var read = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(jonkoping, created.ItemId, None));
        var save = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().SaveAsync(jonkoping, created.ItemId, 1, Draft("Kapad", Sundsvall), None));
        var publish = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().PublishAsync(jonkoping, created.ItemId, 1, None));

        Assert.Null(read);
        Assert.Equal(EditStatus.NotFound, save.Status);
        Assert.Equal(EditStatus.NotFound, publish.Status);
        Assert.Equal(versions, await CountAsync<ContentVersion>());
    }

    [Fact]
    public async Task Save_TwoEditorsOnSameVersion_SecondGetsConflictAndFirstTextStays()
    {
        var eva = await CreateUserAsync(site.Services, "Eva", (EditorRole.Editor, Sundsvall));
        var olle = await CreateUserAsync(site.Services, "Olle", (EditorRole.Editor, Sundsvall));
        var created = await NewArticleAsync(eva, Draft("Gemensam text", Sundsvall), $"kommun:{Sundsvall}");

        var first = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().SaveAsync(eva, created.ItemId, 1, Draft("Evas rubrik", Sundsvall), None));
        var second = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().SaveAsync(olle, created.ItemId, 1, Draft("Olles rubrik", Sundsvall), None));

        Assert.Equal(EditStatus.Done, first.Status);
        Assert.Equal(EditStatus.Conflict, second.Status);
        Assert.Equal(2, second.Version);
        var view = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(olle, created.ItemId, None));
        Assert.Equal("Evas rubrik", view!.Draft.Title);

        // Olle saves again on the version he was shown: now it is his turn, and both texts are in the history.
        var retry = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().SaveAsync(olle, created.ItemId, second.Version, Draft("Olles rubrik", Sundsvall), None));
        Assert.Equal(3, retry.Version);
    }

    [Fact]
    public async Task Save_ParallelSavesOnSameBase_ExactlyOneWins()
    {
        var eva = await CreateUserAsync(site.Services, "Eva", (EditorRole.Editor, Sundsvall));
        var created = await NewArticleAsync(eva, Draft("Parallellt", Sundsvall), $"kommun:{Sundsvall}");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().SaveAsync(eva, created.ItemId, 1, Draft($"Försök {i}", Sundsvall), None))));

        Assert.Single(results, r => r.Status == EditStatus.Done);
        Assert.All(results.Where(r => r.Status != EditStatus.Done), r => Assert.Equal(EditStatus.Conflict, r.Status));
    }

    [Fact]
    public async Task Publish_EditorWithoutPublishRight_IsForbidden_PublisherMakesItPublic()
    {
        var editor = await CreateUserAsync(site.Services, "Eva", (EditorRole.Editor, Sundsvall));
        var publisher = await CreateUserAsync(site.Services, "Per Publicerare", (EditorRole.Publisher, Sundsvall));
        var created = await NewArticleAsync(editor, Draft("Stavgång vid Sidsjön", Sundsvall), $"kommun:{Sundsvall}");
        var feed = await CountAsync<ContentChange>();

        var byEditor = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().PublishAsync(editor, created.ItemId, 1, None));
        var review = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().SendForReviewAsync(editor, created.ItemId, 1, None));
        var byPublisher = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().PublishAsync(publisher, created.ItemId, 1, None));

        Assert.Equal(EditStatus.Forbidden, byEditor.Status);
        Assert.Equal(EditStatus.Done, review.Status);
        Assert.Equal(EditStatus.Done, byPublisher.Status);
        Assert.Equal(feed + 1, await CountAsync<ContentChange>());
        var slug = (await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(publisher, created.ItemId, None)))!.Slug;
        var page = await Html.GetOkAsync(site.CreateSiteClient(), $"/sundsvall/{slug}");
        Assert.Equal("Stavgång vid Sidsjön", page.QuerySelector("h1")!.TextContent);
        var actions = await InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().AuditEntries
            .Where(a => a.ItemType == "article" && a.ItemId == created.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).Select(a => a.Action + " " + a.UserName + " " + a.KommunCode).ToListAsync());
        Assert.Equal(["article.create Eva 2281", "article.review.request Eva 2281", "article.publish Per Publicerare 2281"], actions);
    }

    [Fact]
    public async Task Rollback_ToVersionOne_AddsNewVersionWithOldTextAndPublishesIt()
    {
        var publisher = await CreateUserAsync(site.Services, "Per", (EditorRole.Publisher, Sundsvall));
        var created = await NewArticleAsync(publisher, Draft("Första rubriken", Sundsvall), $"kommun:{Sundsvall}");
        await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().SaveAsync(publisher, created.ItemId, 1, Draft("Andra rubriken", Sundsvall), None));

        var rollback = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().RollbackAsync(publisher, created.ItemId, 2, 1, None));
        var published = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().PublishAsync(publisher, created.ItemId, 3, None));
        var history = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetHistoryAsync(publisher, created.ItemId, None));

        Assert.Equal((EditStatus.Done, 3), (rollback.Status, rollback.Version));
        Assert.Equal(EditStatus.Done, published.Status);
        Assert.NotNull(history);
        Assert.Equal([3, 2, 1], history.Select(h => h.Number));
        Assert.Equal("Återställd från version 1", history[0].Note);
        Assert.True(history[0].IsPublished);
        var view = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(publisher, created.ItemId, None));
        Assert.Equal("Första rubriken", view!.Draft.Title);
    }

    [Fact]
    public async Task Unpublish_PublishedArticle_LeavesSiteAndKeepsVersions()
    {
        var publisher = await CreateUserAsync(site.Services, "Per", (EditorRole.Publisher, Sundsvall));
        var created = await NewArticleAsync(publisher, Draft("Tillfällig text", Sundsvall), $"kommun:{Sundsvall}");
        await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().PublishAsync(publisher, created.ItemId, 1, None));
        var slug = (await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(publisher, created.ItemId, None)))!.Slug;
        await Html.GetOkAsync(site.CreateSiteClient(), $"/sundsvall/{slug}");

        var result = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().UnpublishAsync(publisher, created.ItemId, None));

        Assert.Equal(EditStatus.Done, result.Status);
        var response = await site.CreateSiteClient().GetAsync(new Uri($"/sundsvall/{slug}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var view = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(publisher, created.ItemId, None));
        Assert.Equal(ArticleStatus.Unpublished, view!.Status);
    }

    [Fact]
    public async Task Publish_KommunWithReviewStep_NeedsSomeoneOtherThanTheAuthor()
    {
        await InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ContentDbContext>();
            await db.Kommuner.Where(k => k.Code == Timra).ExecuteUpdateAsync(k => k.SetProperty(x => x.RequiresReview, true));
            return 0;
        });
        var anna = await CreateUserAsync(site.Services, "Anna", (EditorRole.Publisher, Timra));
        var bo = await CreateUserAsync(site.Services, "Bo", (EditorRole.Publisher, Timra));
        var created = await NewArticleAsync(anna, Draft("Granskad text i Timrå", Timra), $"kommun:{Timra}");

        var ownWithoutReview = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().PublishAsync(anna, created.ItemId, 1, None));
        await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().SendForReviewAsync(anna, created.ItemId, 1, None));
        var ownAfterReview = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().PublishAsync(anna, created.ItemId, 1, None));
        var byColleague = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().PublishAsync(bo, created.ItemId, 1, None));

        Assert.Equal(EditStatus.Invalid, ownWithoutReview.Status);
        Assert.Equal(EditStatus.Invalid, ownAfterReview.Status);
        Assert.Equal(EditStatus.Done, byColleague.Status);
    }

    [Fact]
    public async Task Return_WithComment_ShowsCommentAndSavingClearsIt()
    {
        var editor = await CreateUserAsync(site.Services, "Eva", (EditorRole.Editor, Sundsvall));
        var publisher = await CreateUserAsync(site.Services, "Per", (EditorRole.Publisher, Sundsvall));
        var created = await NewArticleAsync(editor, Draft("Text att granska", Sundsvall), $"kommun:{Sundsvall}");
        await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().SendForReviewAsync(editor, created.ItemId, 1, None));

        var empty = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().ReturnAsync(publisher, created.ItemId, "  ", None));
        var returned = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().ReturnAsync(publisher, created.ItemId, "Lägg till telefontider.", None));
        var view = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(editor, created.ItemId, None));

        Assert.Equal(EditStatus.Invalid, empty.Status);
        Assert.Equal(EditStatus.Done, returned.Status);
        Assert.Equal((ReviewState.Returned, "Lägg till telefontider.", "Per"), (view!.Review, view.ReviewComment, view.ReviewBy));
        await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().SaveAsync(editor, created.ItemId, 1, Draft("Text att granska", Sundsvall), None));
        view = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(editor, created.ItemId, None));
        Assert.Equal(ReviewState.None, view!.Review);
    }

    [Fact]
    public async Task Save_DemoArticleFirstTime_KeepsPublishedTextAsVersionOne()
    {
        var regionAdmin = await CreateUserAsync(site.Services, "Rut Region", (EditorRole.RegionAdmin, Vasternorrland));
        var demo = (await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().ListAsync(regionAdmin, Sundsvall, None))).First(a => a.DraftVersion == 0);
        var before = (await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(regionAdmin, demo.Id, None)))!;

        var saved = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().SaveAsync(regionAdmin, demo.Id, 0, before.Draft with { Title = before.Draft.Title + " (uppdaterad)" }, None));
        var history = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetHistoryAsync(regionAdmin, demo.Id, None));
        var versionOne = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetVersionAsync(regionAdmin, demo.Id, 1, None));

        Assert.Equal((EditStatus.Done, 2), (saved.Status, saved.Version));
        Assert.NotNull(history);
        Assert.Equal([2, 1], history.Select(h => h.Number));
        Assert.True(history[1].IsPublished);
        Assert.Equal(before.Draft.Title, versionOne!.Title);
        Assert.Equal(before.Draft.Body, versionOne.Body);
    }

    [Fact]
    public async Task Publish_UneditedDemoArticleAfterUnpublish_RepublishesItsText()
    {
        var regionAdmin = await CreateUserAsync(site.Services, "Rut Region", (EditorRole.RegionAdmin, Vasternorrland));
        var demo = (await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().ListAsync(regionAdmin, Timra, None))).First(a => a.DraftVersion == 0);

        var down = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().UnpublishAsync(regionAdmin, demo.Id, None));
        var up = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().PublishAsync(regionAdmin, demo.Id, 0, None));

        Assert.Equal((EditStatus.Done, EditStatus.Done), (down.Status, up.Status));
        var view = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(regionAdmin, demo.Id, None));
        Assert.Equal(ArticleStatus.Published, view!.Status);
        await Html.GetOkAsync(site.CreateSiteClient(), $"/timra/{demo.Slug}");
    }
}
