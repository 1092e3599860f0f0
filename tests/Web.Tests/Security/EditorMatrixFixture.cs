using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.ContactPoints.Editing;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Media;
using Halsoportal.Content.Storage;
using Halsoportal.Web.Tests.Editor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Security;

/// <summary>The five roles of the access matrix, signed in over HTTP, and one item of each kind per kommun.</summary>
public sealed class EditorMatrixFixture : IAsyncLifetime
{
    public const string KommunA = "2281"; // Sundsvall, in Västernorrland (22)
    public const string KommunB = "0680"; // Jönköping, in Jönköpings län (06)

    public SiteFactory Site { get; } = new();

    public IReadOnlyDictionary<Role, EditorClient> Clients { get; private set; } = null!;

    /// <summary>Ids of items owned by kommun A and by kommun B.</summary>
    public int ArticleA { get; private set; }

    public int ArticleB { get; private set; }

    public int MediaA { get; private set; }

    public int MediaB { get; private set; }

    /// <summary>A regional article of Västernorrland (kommun A's län), for local additions.</summary>
    public int RegionalA { get; private set; }

    public int RegionalB { get; private set; }

    public int PageId { get; private set; }

    /// <summary>Contact points owned by kommun A and by kommun B (version 1, not published).</summary>
    public int ContactPointA { get; private set; }

    public int ContactPointB { get; private set; }

    public int TermId { get; private set; }

    /// <summary>Dialog surveys (invitation mode, one question each) of kommun A and of kommun B, and their questions.</summary>
    public int SurveyA { get; private set; }

    public int SurveyB { get; private set; }

    public int QuestionA { get; private set; }

    public int QuestionB { get; private set; }

    public async Task InitializeAsync()
    {
        var editorA = await EditorClient.CreateAccountAsync(Site, [new EditorGrant(EditorRole.Publisher, KommunA)], displayName: "Anna i Sundsvall");
        var editorB = await EditorClient.CreateAccountAsync(Site, [new EditorGrant(EditorRole.Publisher, KommunB)], displayName: "Bertil i Jönköping");
        Clients = new Dictionary<Role, EditorClient>
        {
            [Role.Anonymous] = EditorClient.Anonymous(Site),
            [Role.EditorA] = await EditorClient.SignInAsync(Site, editorA),
            [Role.EditorB] = await EditorClient.SignInAsync(Site, editorB),
            [Role.RegionAdmin] = await EditorClient.SignInAsync(Site, EditorRole.RegionAdmin, regionCode: "22", displayName: "Rut Region"),
            [Role.SystemAdmin] = await EditorClient.SignInAsync(Site, EditorRole.SystemAdmin, displayName: "Sara System"),
        };

        await using var scope = Site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var accessService = services.GetRequiredService<EditorAccessService>();
        var accessA = (await accessService.GetAsync(editorA.UserId, default))!;
        var accessB = (await accessService.GetAsync(editorB.UserId, default))!;
        ArticleA = await CreateArticleAsync(services, accessA, KommunA);
        ArticleB = await CreateArticleAsync(services, accessB, KommunB);
        MediaA = await CreateMediaAsync(services, accessA, KommunA);
        MediaB = await CreateMediaAsync(services, accessB, KommunB);
        ContactPointA = await CreateContactPointAsync(services, accessA, KommunA);
        ContactPointB = await CreateContactPointAsync(services, accessB, KommunB);
        (SurveyA, QuestionA) = await CreateSurveyAsync(services, KommunA);
        (SurveyB, QuestionB) = await CreateSurveyAsync(services, KommunB);
        var db = services.GetRequiredService<ContentDbContext>();
        RegionalA = await db.Articles.Where(a => a.Scope == ArticleScope.Region && a.RegionCode == "22").Select(a => a.Id).FirstAsync();
        RegionalB = await db.Articles.Where(a => a.Scope == ArticleScope.Region && a.RegionCode == "06").Select(a => a.Id).FirstAsync();
        PageId = await db.Pages.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        TermId = await db.TaxonomyTerms.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var client in Clients.Values)
        {
            client.Dispose();
        }

        await Site.DisposeAsync();
    }

    /// <summary>Runs <paramref name="work"/> with the app's services in a fresh scope.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    internal static async Task<int> CreateArticleAsync(IServiceProvider services, EditorAccess access, string kommun)
    {
        var draft = new ArticleDraft
        {
            Title = $"Matrisartikel {kommun}",
            Ingress = "En artikel som bara ägarkommunen får röra.",
            Body = "## Innehåll\n\nText.",
            Scope = ArticleScope.Kommuner,
            KommunCodes = [kommun],
            Terms = ["topic:somn", "lifesituation:vuxna"],
            LastReviewed = new DateOnly(2026, 11, 1),
            NextReview = new DateOnly(2027, 11, 1),
            ResponsibleUnit = "Folkhälsoenheten",
        };
        var result = await services.GetRequiredService<ArticleEditingService>().CreateAsync(access, $"kommun:{kommun}", draft, default);
        Assert.Equal(EditStatus.Done, result.Status);
        return result.ItemId;
    }

    internal static async Task<int> CreateContactPointAsync(IServiceProvider services, EditorAccess access, string kommun)
    {
        var result = await services.GetRequiredService<ContactPointEditingService>().CreateAsync(access, kommun, ContactPointDrafts.Valid($"Matriskontakt {kommun}"), default);
        Assert.Equal(EditStatus.Done, result.Status);
        return result.ItemId;
    }

    internal static async Task<(int Survey, int Question)> CreateSurveyAsync(IServiceProvider services, string kommun)
    {
        var editing = services.GetRequiredService<Halsoportal.Dialog.Surveys.SurveyEditingService>();
        var created = await editing.CreateAsync(new Halsoportal.Dialog.Surveys.SurveySettings(
            $"Matrisdialog {kommun}", $"matrisdialog-{kommun}", "Syfte.", "Integritetstext.", new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(2030, 2, 1, 0, 0, 0, DateTimeKind.Utc), Halsoportal.Dialog.Surveys.ParticipationMode.Invitation, 90, false, 5, null, [kommun]), default);
        var question = await editing.AddQuestionAsync(created.SurveyId, created.Version, new Halsoportal.Dialog.Surveys.QuestionDraft(
            Halsoportal.Dialog.Surveys.QuestionType.SingleChoice, "Fråga?", null, false, false, true, ["Ja", "Nej"], null, null, null, null, null, null, null), default);
        Assert.Equal(Halsoportal.Dialog.Surveys.SurveyCommandStatus.Done, question.Status);
        return (created.SurveyId, question.QuestionId!.Value);
    }

    internal static async Task<int> CreateMediaAsync(IServiceProvider services, EditorAccess access, string kommun)
    {
        var key = Guid.NewGuid().ToString("N");
        var result = await services.GetRequiredService<MediaLibraryService>().AddAsync(
            access, $"kommun:{kommun}", new NewMedia(key, 640, 480, "320,640", new MediaDetails("Promenad längs älven", false, null)), default);
        Assert.Equal(EditStatus.Done, result.Status);
        return result.ItemId;
    }
}

/// <summary>Who asks.</summary>
public enum Role
{
    Anonymous,
    EditorA,
    EditorB,
    RegionAdmin,
    SystemAdmin,
}
