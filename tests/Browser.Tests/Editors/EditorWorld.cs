using System.Runtime.CompilerServices;
using Halsoportal.Browser.Tests.Infrastructure;
using Halsoportal.Content.Accounts;

namespace Halsoportal.Browser.Tests.Editors;

/// <summary>
/// The backoffice content the editor catalog looks at, made once per server in Timrå (2262), a kommun
/// no resident test visits, so the public pages the other tests check stay as the demo content made them:
/// <list type="bullet">
/// <item>an editor, a publisher, a region administrator of Västernorrland and a system administrator
///   (both with two-step verification, which administrators must have);</item>
/// <item>an image in Timrå's library;</item>
/// <item>a draft never published or sent (the editor's "Skicka för granskning");</item>
/// <item>a published article with a newer version sent for review, an unpublishing scheduled
///   and a preview link (the publisher's whole publishing page, history with a diff, preview);</item>
/// <item>Timrå's first published demo contact point with a second version (a note on the visiting hours) sent
///   for review (the contact point pages, history with a diff, the publisher's return form).</item>
/// <item>a dialog survey with invitation codes and one question of each type, a condition and a timeline entry
///   (the survey builder's pages).</item>
/// </list>
/// </summary>
public sealed class EditorWorld
{
    public const string Kommun = EditorAccounts.Timra;
    public const string KommunSlug = "timra";

    private static readonly ConditionalWeakTable<HalsoportalServerFixture, Task<EditorWorld>> Worlds = new();

    private EditorWorld()
    {
    }

    public EditorAccount Editor { get; private init; } = null!;

    public EditorAccount Publisher { get; private init; } = null!;

    public EditorAccount RegionAdmin { get; private init; } = null!;

    public EditorAccount SystemAdmin { get; private init; } = null!;

    public int ImageId { get; private init; }

    /// <summary>Version 1 only, not sent for review.</summary>
    public int DraftId { get; private init; }

    /// <summary>A draft with klarspråk warnings (an office word, a link to a PDF): publishing it asks for a reason.</summary>
    public int WarningDraftId { get; private init; }

    /// <summary>Version 1 published, version 2 waiting for review, unpublishing scheduled.</summary>
    public int PublishedId { get; private init; }

    /// <summary>A published demo contact point with version 2 waiting for review.</summary>
    public int ContactPointId { get; private init; }

    /// <summary>A dialog survey in invitation mode with one question of each type.</summary>
    public int SurveyId { get; private init; }

    /// <summary>The survey's matrix question.</summary>
    public int MatrixQuestionId { get; private init; }

    /// <summary>The demo's decided survey in Sundsvall (closed, with answers and results; the region administrator's).</summary>
    public int ClosedSurveyId { get; private init; }

    /// <summary>The public preview of <see cref="PublishedId"/>'s newest draft.</summary>
    public string PreviewToken { get; private init; } = "";

    /// <summary>The world of <paramref name="server"/>, made on first use.</summary>
    public static Task<EditorWorld> OfAsync(HalsoportalServerFixture server) =>
        Worlds.GetValue(server ?? throw new ArgumentNullException(nameof(server)), CreateAsync);

    /// <summary>The account for a role of the catalog.</summary>
    public EditorAccount For(EditorRole role) => role switch
    {
        EditorRole.Editor => Editor,
        EditorRole.Publisher => Publisher,
        EditorRole.RegionAdmin => RegionAdmin,
        EditorRole.SystemAdmin => SystemAdmin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "The catalog has no account in that role."),
    };

    private static async Task<EditorWorld> CreateAsync(HalsoportalServerFixture server)
    {
        var accounts = server.Accounts;
        var content = new EditorContent(server.Services);
        var editor = await accounts.CreateAsync("Tove Redaktör", EditorRole.Editor, Kommun);
        var publisher = await accounts.CreateAsync("Pelle Publicerare", EditorRole.Publisher, Kommun);
        var regionAdmin = await accounts.CreateAsync("Rut Regionadministratör", EditorRole.RegionAdmin, "22", twoFactor: true);
        var systemAdmin = await accounts.CreateAsync("Siv Systemadministratör", EditorRole.SystemAdmin, null, twoFactor: true);
        var editorAccess = await accounts.AccessAsync(editor);
        var publisherAccess = await accounts.AccessAsync(publisher);

        var imageId = await content.AddImageAsync(editorAccess, Kommun, "Ungdomar spelar basket på en utomhusplan en solig dag");

        var draftId = await content.CreateArticleAsync(editorAccess, Kommun, EditorContent.Draft(
            Kommun,
            "Utegym i Timrå",
            "Det finns flera utegym i kommunen som är öppna för alla, dygnet runt.",
            "## Var finns utegymmen?\n\nVid idrottsplatsen och vid badplatsen.\n\n- Ta med vatten.\n- Värm upp först."));

        var warningDraftId = await content.CreateArticleAsync(editorAccess, Kommun, EditorContent.Draft(
            Kommun,
            "Bidrag till föreningar",
            "Föreningar som ordnar aktiviteter för äldre kan söka bidrag från kommunen.",
            "## Så söker du\n\nFöreningen kan erhålla bidrag en gång per år. Läs [regler för bidrag (PDF)](https://www.timra.se/bidrag.pdf)."));

        var published = EditorContent.Draft(
            Kommun,
            "Promenadgrupper i Timrå",
            "Gå tillsammans med andra en gång i veckan. Det är gratis och du behöver inte anmäla dig.",
            """
            ## Så går det till

            Vi träffas vid biblioteket varje tisdag klockan 10. En promenad tar ungefär en timme.

            ## Tider

            | Dag | Tid | Plats |
            | --- | --- | --- |
            | Tisdag | 10.00 | Biblioteket |
            | Torsdag | 18.00 | Sporthallen |

            Läs om [fysisk aktivitet på recept hos 1177](https://www.1177.se/).
            """) with { ImageMediaId = imageId };
        var publishedId = await content.CreateArticleAsync(editorAccess, Kommun, published);
        await content.PublishAsync(publisherAccess, publishedId, 1);
        var version2 = await content.SaveAsync(editorAccess, publishedId, 1, published with
        {
            Ingress = "Gå tillsammans med andra två gånger i veckan. Det är gratis och du behöver inte anmäla dig.",
        });
        await content.SendForReviewAsync(editorAccess, publishedId, version2);
        await content.ScheduleUnpublishAsync(publisherAccess, publishedId, version2, DateTime.UtcNow.AddYears(1));
        var token = await content.CreatePreviewLinkAsync(editorAccess, publishedId);
        var (contactPointId, contactPointVersion) = await content.SaveContactPointAsync(editorAccess, Kommun, draft => draft with
        {
            Hours = draft.Hours with { Sessions = [.. draft.Hours.Sessions.Select((s, i) => i == 0 ? s with { Note = "Ring gärna innan du kommer." } : s)] },
        });
        await content.SendContactPointForReviewAsync(editorAccess, contactPointId, contactPointVersion);
        var (surveyId, matrixQuestionId) = await content.CreateSurveyAsync(Kommun);
        var closedSurveyId = await content.SurveyIdAsync("rokfria-miljoer");

        return new EditorWorld
        {
            Editor = editor,
            Publisher = publisher,
            RegionAdmin = regionAdmin,
            SystemAdmin = systemAdmin,
            ImageId = imageId,
            DraftId = draftId,
            WarningDraftId = warningDraftId,
            PublishedId = publishedId,
            PreviewToken = token,
            ContactPointId = contactPointId,
            SurveyId = surveyId,
            MatrixQuestionId = matrixQuestionId,
            ClosedSurveyId = closedSurveyId,
        };
    }
}
