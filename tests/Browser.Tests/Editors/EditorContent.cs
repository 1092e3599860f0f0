using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.ContactPoints.Editing;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Media;
using Halsoportal.Content.Taxonomy;
using Halsoportal.Dialog.Surveys;
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

    /// <summary>
    /// A dialog survey in invitation mode with one question of each type (the free text shown only for one area) and a
    /// timeline entry, through the survey builder's service; returns its id and the matrix question's.
    /// </summary>
    /// <summary>The id of a survey by its address (the demo's, for example).</summary>
    public async Task<int> SurveyIdAsync(string slug) =>
        (await InScopeAsync(sp => sp.GetRequiredService<SurveyService>().GetBySlugAsync(slug, None)))?.Id
            ?? throw new InvalidOperationException($"No survey at '{slug}'.");

    public async Task<(int SurveyId, int MatrixQuestionId)> CreateSurveyAsync(string kommunCode)
    {
        var now = DateTime.UtcNow;
        var created = await InScopeAsync(sp => sp.GetRequiredService<SurveyEditingService>().CreateAsync(new SurveySettings(
            "Trygghet i centrum", $"trygghet-i-centrum-{kommunCode}", "Kommunen vill veta vad som gör centrum tryggare.",
            "Vi sparar dina svar utan namn i ett år efter att enkäten stängt.", now.AddDays(-1), now.AddDays(30), ParticipationMode.Invitation,
            365, false, 5, null, [kommunCode]), None));
        Assert.True(created.Status == SurveyCommandStatus.Done, $"Could not create a survey: {string.Join("; ", created.Errors.Select(e => e.Message))}");
        var version = created.Version;
        int? matrix = null;
        int? norr = null;
        QuestionDraft Draft(QuestionType type, string text, string[] options) => new(type, text, null, false, false, true, options, null, null, null, null, null, null, null);
        foreach (var draft in new[]
        {
            Draft(QuestionType.SingleChoice, "Var bor du?", ["Centrum", "Norr", "Söder"]) with { IsBackground = true },
            Draft(QuestionType.MultipleChoice, "Vad gör du i centrum?", ["Handlar", "Promenerar", "Äter"]) with { MaxChoices = 2, Required = true },
            Draft(QuestionType.Scale, "Hur trygg känner du dig på kvällen?", []) with { ScaleMin = 1, ScaleMax = 5, ScaleMinLabel = "Inte alls trygg", ScaleMaxLabel = "Mycket trygg" },
            Draft(QuestionType.Matrix, "Vad tycker du om platserna?", ["Torget", "Parken"]) with { ScaleMin = 1, ScaleMax = 4, ScaleMinLabel = "Dåligt", ScaleMaxLabel = "Bra" },
            Draft(QuestionType.Ranking, "Rangordna förslagen", ["Belysning", "Bänkar", "Nattbuss"]),
            Draft(QuestionType.FreeText, "Vad saknar du i norr?", []) with { MaxLength = 500 },
        })
        {
            var added = await InScopeAsync(sp => sp.GetRequiredService<SurveyEditingService>().AddQuestionAsync(
                created.SurveyId, version, draft with { ShowWhenOptionId = draft.Type == QuestionType.FreeText ? norr : null }, None));
            Assert.True(added.Status == SurveyCommandStatus.Done, $"Could not add a question: {string.Join("; ", added.Errors.Select(e => e.Message))}");
            version = added.Version;
            if (draft.Type == QuestionType.SingleChoice)
            {
                var survey = await InScopeAsync(sp => sp.GetRequiredService<SurveyService>().GetAsync(created.SurveyId, None));
                norr = survey!.Questions[0].Options[1].Id;
            }

            matrix = draft.Type == QuestionType.Matrix ? added.QuestionId : matrix;
        }

        var entry = await InScopeAsync(sp => sp.GetRequiredService<SurveyService>().AddStatusEntryAsync(created.SurveyId, new SurveyStatusEntry
        {
            Stage = SurveyStage.Open, Date = DateOnly.FromDateTime(now), Title = "Enkäten är öppen", Text = "Svara senast om en månad.",
        }, None));
        Assert.Equal(SurveyCommandStatus.Done, entry.Status);
        return (created.SurveyId, matrix!.Value);
    }

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

    /// <summary>Publishes the version; <paramref name="overrideReason"/> is the editor's reason to publish despite klarspråk warnings.</summary>
    public async Task PublishAsync(EditorAccess access, int id, int version, string? overrideReason = null) =>
        Done(await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().PublishAsync(access, id, version, overrideReason, None)), "publish");

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

    /// <summary>
    /// Saves a new version of the kommun's first published contact point (by name), with <paramref name="change"/>
    /// applied to its newest draft, and returns the contact point's id and the new version. Special days that have
    /// passed are left out, as the edit form does.
    /// </summary>
    public async Task<(int Id, int Version)> SaveContactPointAsync(EditorAccess access, string kommunCode, Func<ContactPointDraft, ContactPointDraft> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var rows = await InScopeAsync(sp => sp.GetRequiredService<ContactPointEditingService>().ListAsync(access, kommunCode, ContactPointStatus.Published, None));
        Assert.True(rows.Count > 0, $"No published contact point in {kommunCode}.");
        var view = (await InScopeAsync(sp => sp.GetRequiredService<ContactPointEditingService>().GetAsync(access, rows[0].Id, None)))!;
        var today = await InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ContactPointEditingService>().Today));
        var draft = change(view.Draft with { Hours = view.Draft.Hours with { SpecialDays = [.. view.Draft.Hours.SpecialDays.Where(d => d.Date >= today)] } });
        var saved = Done(await InScopeAsync(sp => sp.GetRequiredService<ContactPointEditingService>().SaveAsync(access, view.Id, view.DraftVersion, draft, None)), "save a contact point");
        return (view.Id, saved.Version);
    }

    public async Task SendContactPointForReviewAsync(EditorAccess access, int id, int version) =>
        Done(await InScopeAsync(sp => sp.GetRequiredService<ContactPointWorkflowService>().SendForReviewAsync(access, id, version, None)), "send a contact point for review");

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
