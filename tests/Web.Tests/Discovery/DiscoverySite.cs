using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Media;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Tests.Dialog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Halsoportal.Web.Tests.Editor.TestEditors;

namespace Halsoportal.Web.Tests.Discovery;

/// <summary>
/// The demo site on a fixed clock, plus what the discovery tests need around it: Sundsvall dialogs in
/// every public state (and one not yet open), an article with an image, one whose title tries to
/// break out of the JSON-LD script, a draft and an article scheduled for next week.
/// </summary>
public sealed class DiscoverySite : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2027, 3, 10, 10, 0, 0, TimeSpan.Zero);

    public const string HostileTitle = "Rör dig </script><script>alert(1)</script> mer";

    public const string ImageAlt = "Två personer promenerar längs älven";

    private static readonly CancellationToken None = CancellationToken.None;

    public FakeTimeProvider Clock { get; } = new(Now);

    public SiteFactory Site { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public EditorAccess Publisher { get; private set; } = null!;

    public Survey OpenDialog { get; private set; } = null!;

    public Survey DialogWithResults { get; private set; } = null!;

    public Survey DialogResultsLater { get; private set; } = null!;

    public Survey FutureDialog { get; private set; } = null!;

    public string ImageArticleSlug { get; private set; } = "";

    public string HostileArticleSlug { get; private set; } = "";

    public string DraftSlug { get; private set; } = "";

    public string ScheduledSlug { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Site = new SiteFactory { Clock = Clock };
        Client = Site.CreateSiteClient();
        Publisher = await CreateUserAsync(Site.Services, "Petra Publicist", (EditorRole.Publisher, Sundsvall));

        var now = Now.UtcDateTime;
        OpenDialog = await CreateDialogAsync("oppen-dialog", now.AddHours(-1), now.AddDays(7));
        DialogWithResults = await CreateDialogAsync("dialog-med-resultat", now.AddDays(-40), now.AddDays(-10));

        // In Finnish too: its pages and results pages are listed in each language, with hreflang alternates.
        var finnish = SurveyTranslations.Texts(DialogWithResults).ToDictionary(t => t.Key, t => (string?)$"Suomeksi: {t.Source}", StringComparer.Ordinal);
        var translated = await InScopeAsync(sp => sp.GetRequiredService<SurveyEditingService>()
            .SaveTranslationAsync(DialogWithResults.Id, DialogWithResults.Version, "fi", finnish, None));
        Assert.Equal(SurveyCommandStatus.Done, translated.Status);
        DialogResultsLater = await CreateDialogAsync("resultat-senare", now.AddDays(-40), now.AddDays(-10), s => s.ResultsPublishedFrom = now.AddDays(3));
        FutureDialog = await CreateDialogAsync("kommande-dialog", now.AddDays(5), now.AddDays(20));

        var image = await InScopeAsync(sp => sp.GetRequiredService<MediaLibraryService>().AddAsync(
            Publisher, $"kommun:{Sundsvall}", new NewMedia(Guid.NewGuid().ToString("N"), 1600, 900, "320,640,1024,1600", new MediaDetails(ImageAlt, false, "Sundsvalls kommun")), None));
        Assert.Equal(EditStatus.Done, image.Status);
        ImageArticleSlug = await PublishAsync(Draft("Promenera längs älven") with { ImageMediaId = image.ItemId });
        HostileArticleSlug = await PublishAsync(Draft(HostileTitle));

        DraftSlug = (await CreateAsync(Draft("Ett utkast som ingen får se"))).Slug;
        var scheduled = await CreateAsync(Draft("Publiceras nästa vecka"));
        var schedule = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().ScheduleAsync(Publisher, scheduled.Id, 1, now.AddDays(7), null, None));
        Assert.Equal(EditStatus.Done, schedule.Status);
        ScheduledSlug = scheduled.Slug;
    }

    /// <summary>A Sundsvall article the publisher may publish.</summary>
    public static ArticleDraft Draft(string title) => new()
    {
        Title = title,
        Ingress = "Kommunen bjuder in till promenader i grupp varje vecka.",
        Body = "## Så går det till\n\nVi träffas vid biblioteket och går en halvtimme tillsammans.",
        EasyReadTitle = "Gå tillsammans",
        EasyReadIngress = "Vi går tillsammans varje vecka.",
        EasyReadBody = "Vi träffas vid biblioteket.",
        Scope = ArticleScope.Kommuner,
        KommunCodes = [Sundsvall],
        Terms = ["topic:fysisk-aktivitet", "lifesituation:aldre"],
        LastReviewed = new DateOnly(2027, 3, 1),
        NextReview = new DateOnly(2028, 3, 1),
        ResponsibleUnit = "Folkhälsoenheten",
    };

    /// <summary>Saves a draft (version 1) and returns its id and slug.</summary>
    public async Task<(int Id, string Slug)> CreateAsync(ArticleDraft draft)
    {
        var created = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().CreateAsync(Publisher, $"kommun:{Sundsvall}", draft, None));
        Assert.True(created.Status == EditStatus.Done, string.Join("; ", created.FieldErrors.Select(e => e.Message)));
        var view = await InScopeAsync(sp => sp.GetRequiredService<ArticleEditingService>().GetAsync(Publisher, created.ItemId, None));
        return (created.ItemId, view!.Slug);
    }

    /// <summary>Saves and publishes a draft; returns its slug.</summary>
    public async Task<string> PublishAsync(ArticleDraft draft)
    {
        var (id, slug) = await CreateAsync(draft);
        var published = await InScopeAsync(sp => sp.GetRequiredService<ArticleWorkflowService>().PublishAsync(Publisher, id, 1, None));
        Assert.True(published.Status == EditStatus.Done, string.Join("; ", published.FieldErrors.Select(e => e.Message)));
        return slug;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Site.DisposeAsync();
    }

    private async Task<Survey> CreateDialogAsync(string slug, DateTime opens, DateTime closes, Action<Survey>? change = null)
    {
        var survey = SampleSurvey.Build(slug, opens, closes);
        change?.Invoke(survey);
        var result = await InScopeAsync(sp => sp.GetRequiredService<SurveyService>().CreateAsync(survey, None));
        Assert.True(result.Status == SurveyCommandStatus.Done, string.Join("; ", result.Errors.Select(e => e.Message)));
        return (await InScopeAsync(sp => sp.GetRequiredService<SurveyService>().GetAsync(result.SurveyId!.Value, None)))!;
    }
}
