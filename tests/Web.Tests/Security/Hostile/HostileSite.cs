using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Storage;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Tests.Editor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Security.Hostile;

/// <summary>
/// One seeded site for the hostile-input run: a resident (anonymous), a publisher of Sundsvall and a system administrator,
/// signed in over HTTP; an item of each kind for Sundsvall to edit; and an open survey with a free-text question. The
/// per-address limits of open surveys and accessibility reports are lifted (the run sends hundreds from one address).
/// </summary>
public sealed class HostileSite : IAsyncLifetime
{
    public const string Kommun = "2281";
    public const string KommunSlug = "sundsvall";
    public const string SurveySlug = "fritext-provet";

    public SiteFactory Site { get; } = new SiteFactory()
        .WithSetting("Halsoportal:Dialog:OpenAnswersPerAddress", "1000000")
        .WithSetting("Halsoportal:Accessibility:ReportsPerAddress", "1000000");

    public EditorClient Resident { get; private set; } = null!;

    public EditorClient Publisher { get; private set; } = null!;

    public EditorClient Administrator { get; private set; } = null!;

    public int Article { get; private set; }

    public int ContactPoint { get; private set; }

    public int Media { get; private set; }

    public int Survey { get; private set; }

    public int Question { get; private set; }

    public int Regional { get; private set; }

    public int PageId { get; private set; }

    public int TermId { get; private set; }

    public async Task InitializeAsync()
    {
        var publisher = await EditorClient.CreateAccountAsync(Site, [new EditorGrant(EditorRole.Publisher, Kommun)], displayName: "Petra Publicerare");
        Resident = EditorClient.Anonymous(Site);
        Publisher = await EditorClient.SignInAsync(Site, publisher);
        Administrator = await EditorClient.SignInAsync(Site, EditorRole.SystemAdmin, displayName: "Sigge System");

        await using var scope = Site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var access = (await services.GetRequiredService<EditorAccessService>().GetAsync(publisher.UserId, default))!;
        Article = await EditorMatrixFixture.CreateArticleAsync(services, access, Kommun);
        ContactPoint = await EditorMatrixFixture.CreateContactPointAsync(services, access, Kommun);
        Media = await EditorMatrixFixture.CreateMediaAsync(services, access, Kommun);
        (Survey, Question) = await EditorMatrixFixture.CreateSurveyAsync(services, Kommun);

        var open = new Survey
        {
            Slug = SurveySlug,
            Title = "Fritext om gångvägar",
            Purpose = "Berätta fritt om gångvägarna.",
            PrivacyNotice = "Vi sparar bara dina svar.",
            OpensAt = DateTime.UtcNow.AddHours(-1),
            ClosesAt = DateTime.UtcNow.AddDays(7),
            Mode = ParticipationMode.Open,
            Kommuner = [new SurveyKommun { KommunCode = Kommun }],
            Questions =
            [
                new Question { Order = 1, Type = QuestionType.FreeText, MaxLength = 2000, Text = "Vad vill du säga om gångvägarna?" },
                new Question { Order = 2, Type = QuestionType.FreeText, MaxLength = 40, Text = "Vilken gata?" },
            ],
        };
        var created = await services.GetRequiredService<SurveyService>().CreateAsync(open, default);
        Assert.True(created.Status == SurveyCommandStatus.Done, string.Join("; ", created.Errors.Select(e => e.Message)));

        var db = services.GetRequiredService<ContentDbContext>();
        Regional = await db.Articles.Where(a => a.Scope == ArticleScope.Region && a.RegionCode == "22").Select(a => a.Id).FirstAsync();
        PageId = await db.Pages.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        TermId = await db.TaxonomyTerms.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
    }

    public async Task DisposeAsync()
    {
        Resident.Dispose();
        Publisher.Dispose();
        Administrator.Dispose();
        await Site.DisposeAsync();
    }
}
