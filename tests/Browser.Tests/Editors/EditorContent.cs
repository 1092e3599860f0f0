using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Media;
using Halsoportal.Content.Taxonomy;
using Halsoportal.Media.Uploads;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Browser.Tests.Editors;

/// <summary>
/// Arranges backoffice content in the running server through the same services the editor pages
/// call (so rights, validation, publish checks and the audit log all apply), each call in its own scope
/// as a request would be. Every step must succeed, or the test fails saying which.
/// </summary>
public sealed class EditorContent(IServiceProvider services)
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A valid draft for an article owned by <paramref name="kommunCode"/> and shown there.</summary>
    public static ArticleDraft Draft(string kommunCode, string title, string ingress, string body) => new()
    {
        Title = title,
        Ingress = ingress,
        Body = body,
        Scope = ArticleScope.Kommuner,
        KommunCodes = [kommunCode],
        Terms = [ArticleDraft.TermKey(TaxonomyKind.Topic, "fysisk-aktivitet"), ArticleDraft.TermKey(TaxonomyKind.LifeSituation, "vuxna")],
        LastReviewed = DateOnly.FromDateTime(DateTime.Today),
        NextReview = DateOnly.FromDateTime(DateTime.Today).AddYears(1),
        ResponsibleUnit = "Folkhälsa, testkommun",
    };

    /// <summary>Stores a real JPEG upload and records it in the kommun's image library, as the upload page does.</summary>
    public async Task<int> AddImageAsync(EditorAccess access, string kommunCode, string altText)
    {
        var data = TestImages.Jpeg();
        using var content = new MemoryStream(data);
        var upload = await services.GetRequiredService<MediaUploadProcessor>().ProcessAsync(content, data.Length, None);
        Assert.True(upload.IsStored, $"The test image was refused: {upload.Message}");
        var result = await InScopeAsync(sp => sp.GetRequiredService<MediaLibraryService>().AddAsync(
            access, $"kommun:{kommunCode}", new NewMedia(upload.FileKey!, upload.Width, upload.Height, upload.RenditionWidthsText, new MediaDetails(altText, false, "Foto: Testbyrån")), None));
        return Done(result, "add an image").ItemId;
    }

    /// <summary>Creates the article (version 1) and returns its id.</summary>
    public async Task<int> CreateArticleAsync(EditorAccess access, string kommunCode, ArticleDraft draft) =>
        Done(await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().CreateAsync(access, $"kommun:{kommunCode}", draft, None)), "create an article").ItemId;

    /// <summary>Saves a new version on top of <paramref name="baseVersion"/> and returns its number.</summary>
    public async Task<int> SaveAsync(EditorAccess access, int id, int baseVersion, ArticleDraft draft) =>
        Done(await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().SaveAsync(access, id, baseVersion, draft, None)), "save a version").Version;

    public async Task SendForReviewAsync(EditorAccess access, int id, int version) =>
        Done(await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().SendForReviewAsync(access, id, version, None)), "send for review");

    public async Task PublishAsync(EditorAccess access, int id, int version) =>
        Done(await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().PublishAsync(access, id, version, None)), "publish");

    public async Task UnpublishAsync(EditorAccess access, int id) =>
        Done(await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().UnpublishAsync(access, id, None)), "unpublish");

    /// <summary>Schedules removal from the site at <paramref name="unpublishAtUtc"/> (nothing else).</summary>
    public async Task ScheduleUnpublishAsync(EditorAccess access, int id, int version, DateTime unpublishAtUtc) =>
        Done(await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().ScheduleAsync(access, id, version, null, unpublishAtUtc, None)), "schedule");

    /// <summary>A preview link's token (the path is <c>/forhandsvisning/{token}</c>).</summary>
    public async Task<string> CreatePreviewLinkAsync(EditorAccess access, int id)
    {
        var token = await InScopeAsync(sp => sp.GetRequiredService<PreviewLinkService>().CreateAsync(access, id, None));
        Assert.True(token is not null, $"Could not create a preview link for article {id}.");
        return token!;
    }

    /// <summary>The article's public path (<c>/{kommun}/{slug}</c>) while it is published.</summary>
    public async Task<string> PublicPathAsync(EditorAccess access, int id)
    {
        var article = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(access, id, None));
        Assert.True(article is { OwnerKommunSlug: not null }, $"Article {id} has no kommun.");
        return $"/{article!.OwnerKommunSlug}/{article.Slug}";
    }

    /// <summary>
    /// Writes and publishes a local addition in <paramref name="kommunCode"/> to the first regional or
    /// national article shown there, and returns that article's path in the kommun.
    /// </summary>
    public async Task<(int ArticleId, string Path)> PublishLocalAdditionAsync(EditorAccess access, string kommunCode, string heading, string body)
    {
        var rows = await InScopeAsync(sp => sp.GetRequiredService<LocalAdditionService>().ListAsync(access, None));
        var row = rows.FirstOrDefault(r => r.KommunCode == kommunCode);
        Assert.True(row is not null, $"No regional or national article is shown in {kommunCode}.");
        var view = await InScopeAsync(sp => sp.GetRequiredService<LocalAdditionService>().GetAsync(access, row!.ArticleId, kommunCode, None));
        var today = DateOnly.FromDateTime(DateTime.Today);
        var saved = Done(await InScopeAsync(sp => sp.GetRequiredService<LocalAdditionService>().SaveAsync(
            access, row!.ArticleId, kommunCode, view!.DraftVersion, new LocalAdditionDraft(heading, body, today, today.AddYears(1)), None)), "save a local addition");
        Done(await InScopeAsync(sp => sp.GetRequiredService<LocalAdditionService>().PublishAsync(access, row!.ArticleId, kommunCode, saved.Version, None)), "publish a local addition");
        return (row!.ArticleId, $"/{view!.KommunSlug}/{view.ArticleSlug}");
    }

    public async Task UnpublishLocalAdditionAsync(EditorAccess access, int articleId, string kommunCode) =>
        Done(await InScopeAsync(sp => sp.GetRequiredService<LocalAdditionService>().UnpublishAsync(access, articleId, kommunCode, None)), "unpublish a local addition");

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private static EditResult Done(EditResult result, string what)
    {
        Assert.True(
            result.Status == EditStatus.Done,
            $"Could not {what}: {result.Status} {string.Join("; ", result.FieldErrors.Select(e => $"{e.Field}: {e.Message}"))}");
        return result;
    }
}
