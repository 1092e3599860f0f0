using Halsoportal.Browser.Tests.Editors;
using Halsoportal.Browser.Tests.Infrastructure;
using Halsoportal.Browser.Tests.Pages.Editor;
using Microsoft.Playwright;
using static Halsoportal.Browser.Tests.Catalog.CatalogVisitor;

namespace Halsoportal.Browser.Tests.Catalog;

/// <summary>
/// Every backoffice template and state (the editor UI is held to the same rules as the public site,
/// accessibility.md). Each entry is checked at every viewport with JavaScript, and the key forms also
/// without, by <see cref="EditorCatalogPageTests"/>. The content they show is <see cref="EditorWorld"/>.
/// </summary>
public static class EditorCatalog
{
    public const string WithJavaScript = "js";
    public const string WithoutJavaScript = "utan-js";

    public static IReadOnlyList<EditorCatalogPage> All { get; } =
    [
        // Signing in: the form, submitted empty, the code step of an account with two-step verification.
        EditorCatalogPage.At("logga-in", Anonymous, LoginPage.Path),
        EditorCatalogPage.At("logga-in-fel", Anonymous, LoginPage.Path).AfterErrors(Submit("Logga in")),
        EditorCatalogPage.At("logga-in-kod", Anonymous, LoginPage.Path).After(EnterPasswordAsync),

        // Översikt and the article list, as the editor and as the publisher.
        EditorCatalogPage.At("oversikt", Editor, DashboardPage.Path),
        EditorCatalogPage.At("oversikt-publicerare", Publisher, DashboardPage.Path),
        EditorCatalogPage.At("artiklar", Editor, "/redaktor/artiklar"),

        // The article form: new, new submitted empty, edit, edit with the body previewed, edit saved without a title.
        EditorCatalogPage.At("ny-artikel", Editor, ArticleEditorPage.NewPath),
        EditorCatalogPage.At("ny-artikel-fel", Editor, ArticleEditorPage.NewPath).AfterErrors(Submit("Spara utkast")),
        EditorCatalogPage.At("redigera", Editor, w => $"/redaktor/artiklar/{w.PublishedId}"),
        EditorCatalogPage.At("redigera-forhandsvisning", Editor, w => $"/redaktor/artiklar/{w.PublishedId}").After(Submit("Förhandsvisa brödtexten")),
        EditorCatalogPage.At("redigera-fel", Editor, w => $"/redaktor/artiklar/{w.DraftId}").AfterErrors(SaveWithoutTitleAsync),
        EditorCatalogPage.At("redigera-oversattning-fel", Editor, w => $"/redaktor/artiklar/{w.DraftId}").AfterErrors(SaveTranslationWithoutTitleAsync),

        // Publishing: the editor's (send for review), the publisher's (publish, return, schedule, unpublish), a return without comment.
        EditorCatalogPage.At("publicering-redaktor", Editor, w => WorkflowPage.PathOf(w.DraftId)),
        EditorCatalogPage.At("publicering-publicerare", Publisher, w => WorkflowPage.PathOf(w.PublishedId)),
        EditorCatalogPage.At("publicering-returnera-fel", Publisher, w => WorkflowPage.PathOf(w.PublishedId)).AfterErrors(Submit("Returnera med kommentar")),
        EditorCatalogPage.At("publicering-varningar", Publisher, w => WorkflowPage.PathOf(w.WarningDraftId)),
        EditorCatalogPage.At("publicering-varningar-fel", Publisher, w => WorkflowPage.PathOf(w.WarningDraftId)).AfterErrors(Submit("Publicera version 1 nu")),

        // Versions, with a diff; preview links, with a new one shown once; the public preview itself.
        EditorCatalogPage.At("versioner", Editor, w => HistoryPage.PathOf(w.PublishedId)),
        EditorCatalogPage.At("versioner-andringar", Editor, w => $"{HistoryPage.PathOf(w.PublishedId)}?version=2&jamfor=1"),
        EditorCatalogPage.At("forhandsvisningslankar", Editor, w => $"/redaktor/artiklar/{w.PublishedId}/forhandsvisning"),
        EditorCatalogPage.At("forhandsvisningslankar-ny", Editor, w => $"/redaktor/artiklar/{w.PublishedId}/forhandsvisning").After(Submit("Skapa ny förhandsvisningslänk")),
        EditorCatalogPage.At("forhandsvisning-publik", Resident, w => $"/forhandsvisning/{w.PreviewToken}"),

        // Contact points: the list, the form (new, new submitted empty, edit, edit with bad hours, coordinates and a
        // passed special day), publishing as the editor and the publisher (and a return without comment), versions with a diff.
        EditorCatalogPage.At("kontaktpunkter", Editor, ContactPointEditorPage.ListPath),
        EditorCatalogPage.At("ny-kontaktpunkt", Editor, ContactPointEditorPage.NewPath),
        EditorCatalogPage.At("ny-kontaktpunkt-fel", Editor, ContactPointEditorPage.NewPath).AfterErrors(Submit("Spara utkast")),
        EditorCatalogPage.At("kontaktpunkt", Editor, w => ContactPointEditorPage.PathOf(w.ContactPointId)),
        EditorCatalogPage.At("kontaktpunkt-fel", Editor, w => ContactPointEditorPage.PathOf(w.ContactPointId)).AfterErrors(SaveBadContactPointAsync),
        EditorCatalogPage.At("kontaktpunkt-publicering-redaktor", Editor, w => $"{ContactPointEditorPage.PathOf(w.ContactPointId)}/publicering"),
        EditorCatalogPage.At("kontaktpunkt-publicering-publicerare", Publisher, w => $"{ContactPointEditorPage.PathOf(w.ContactPointId)}/publicering"),
        EditorCatalogPage.At("kontaktpunkt-returnera-fel", Publisher, w => $"{ContactPointEditorPage.PathOf(w.ContactPointId)}/publicering").AfterErrors(Submit("Returnera med kommentar")),
        EditorCatalogPage.At("kontaktpunkt-versioner", Editor, w => $"{ContactPointEditorPage.PathOf(w.ContactPointId)}/historik"),
        EditorCatalogPage.At("kontaktpunkt-versioner-andringar", Editor, w => $"{ContactPointEditorPage.PathOf(w.ContactPointId)}/historik?version=2&jamfor=1"),

        // Dialogs: the list, a new survey (and submitted empty), one survey, its settings, a new question (and submitted
        // empty), one question, the återkoppling timeline (and an entry without a title), the invitation codes and their print page.
        EditorCatalogPage.At("dialoger", Editor, "/redaktor/dialoger"),
        EditorCatalogPage.At("ny-dialog", Editor, "/redaktor/dialoger/ny"),
        EditorCatalogPage.At("ny-dialog-fel", Editor, "/redaktor/dialoger/ny").AfterErrors(Submit("Skapa dialogen")),
        EditorCatalogPage.At("dialog", Editor, w => $"/redaktor/dialoger/{w.SurveyId}"),
        EditorCatalogPage.At("dialog-installningar", Editor, w => $"/redaktor/dialoger/{w.SurveyId}/installningar"),
        EditorCatalogPage.At("dialog-ny-fraga", Editor, w => $"/redaktor/dialoger/{w.SurveyId}/fragor/ny?typ=matris"),
        EditorCatalogPage.At("dialog-ny-fraga-fel", Editor, w => $"/redaktor/dialoger/{w.SurveyId}/fragor/ny?typ=matris").AfterErrors(Submit("Lägg till frågan")),
        EditorCatalogPage.At("dialog-fraga", Editor, w => $"/redaktor/dialoger/{w.SurveyId}/fragor/{w.MatrixQuestionId}"),
        EditorCatalogPage.At("dialog-aterkoppling", Editor, w => $"/redaktor/dialoger/{w.SurveyId}/aterkoppling"),
        EditorCatalogPage.At("dialog-aterkoppling-fel", Editor, w => $"/redaktor/dialoger/{w.SurveyId}/aterkoppling").AfterErrors(Submit("Lägg till händelsen")),
        EditorCatalogPage.At("dialog-koder", Editor, w => $"/redaktor/dialoger/{w.SurveyId}/koder"),
        EditorCatalogPage.At("dialog-forhandsgranska", Editor, w => $"/redaktor/dialoger/{w.SurveyId}/forhandsgranska"),
        EditorCatalogPage.At("dialog-resultat-ej-stangd", Editor, w => $"/redaktor/dialoger/{w.SurveyId}/resultat"),
        EditorCatalogPage.At("dialog-resultat", RegionAdmin, w => $"/redaktor/dialoger/{w.ClosedSurveyId}/resultat"),
        EditorCatalogPage.At("dialog-koder-utskrift", Editor, w => $"/redaktor/dialoger/{w.SurveyId}/koder").After(PrintCodesAsync),

        // Images: the library, one image, the upload form and the upload submitted empty.
        EditorCatalogPage.At("bilder", Editor, "/redaktor/bilder"),
        EditorCatalogPage.At("bild", Editor, w => $"/redaktor/bilder/{w.ImageId}"),
        EditorCatalogPage.At("ladda-upp", Editor, MediaUploadPage.Path),
        EditorCatalogPage.At("ladda-upp-fel", Editor, MediaUploadPage.Path).AfterErrors(Submit("Ladda upp")),

        // Local additions: the list and one addition.
        EditorCatalogPage.At("lokala-tillagg", Editor, "/redaktor/lokala-tillagg"),
        EditorCatalogPage.LinkOn("lokalt-tillagg", Editor, "/redaktor/lokala-tillagg", LocalAdditionLink),
        EditorCatalogPage.LinkOn("lokalt-tillagg-fel", Editor, "/redaktor/lokala-tillagg", LocalAdditionLink).AfterErrors(Submit("Spara ny version")),

        // Nyckelsidor: the overview (an editor's one kommun, the region administrator's län), a kommun's key pages as the
        // publisher (none yet, added without choosing, one national article chosen).
        EditorCatalogPage.At("nyckelsidor", Editor, "/redaktor/nyckelsidor"),
        EditorCatalogPage.At("nyckelsidor-lan", RegionAdmin, "/redaktor/nyckelsidor"),
        EditorCatalogPage.At("nyckelsidor-kommun", Publisher, $"/redaktor/nyckelsidor/{EditorWorld.Kommun}"),
        EditorCatalogPage.At("nyckelsidor-kommun-fel", Publisher, $"/redaktor/nyckelsidor/{EditorWorld.Kommun}").AfterErrors(Submit("Lägg till som nyckelsida")),
        EditorCatalogPage.At("nyckelsidor-kommun-vald", Publisher, $"/redaktor/nyckelsidor/{EditorWorld.Kommun}").After(AddNationalKeyPageAsync),

        // The account: overview, two-step verification off (editor) and on (administrator), the sign-out page.
        EditorCatalogPage.At("konto", Editor, "/redaktor/konto"),
        EditorCatalogPage.At("tvastegsverifiering", Editor, "/redaktor/konto/tvastegsverifiering"),
        EditorCatalogPage.At("tvastegsverifiering-admin", SystemAdmin, "/redaktor/konto/tvastegsverifiering"),
        EditorCatalogPage.At("logga-ut", Editor, "/redaktor/logga-ut"),

        // Administrators: users and roles (and a role given to nobody), the kommuner's review step, the
        // vocabularies (and a term added empty, and one term), the audit log, the site's own pages and one of them.
        EditorCatalogPage.At("anvandare", RegionAdmin, "/redaktor/anvandare"),
        EditorCatalogPage.At("anvandare-fel", RegionAdmin, "/redaktor/anvandare").AfterErrors(Submit("Ge rollen"))
            ,
        EditorCatalogPage.At("kommuner", RegionAdmin, "/redaktor/kommuner"),
        EditorCatalogPage.At("forvaltningsomraden", RegionAdmin, $"/redaktor/kommuner/{EditorWorld.Kommun}"),
        EditorCatalogPage.At("forvaltningsomraden-fel", RegionAdmin, $"/redaktor/kommuner/{EditorWorld.Kommun}").AfterErrors(ChooseSamiWithoutLanguageAsync),
        EditorCatalogPage.At("amnen", RegionAdmin, "/redaktor/amnen"),
        EditorCatalogPage.At("amnen-fel", RegionAdmin, "/redaktor/amnen").AfterErrors(Submit("Lägg till")),
        EditorCatalogPage.LinkOn("amne", RegionAdmin, "/redaktor/amnen", p => p.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem).GetByRole(AriaRole.Link)),
        EditorCatalogPage.LinkOn("amne-tjanst", RegionAdmin, "/redaktor/amnen", p => p.GetByRole(AriaRole.Region, new() { Name = "Tjänster" }).GetByRole(AriaRole.Listitem).GetByRole(AriaRole.Link)),
        EditorCatalogPage.At("api-nycklar", RegionAdmin, "/redaktor/api-nycklar"),
        EditorCatalogPage.At("api-nycklar-fel", RegionAdmin, "/redaktor/api-nycklar").AfterErrors(Submit("Skapa nyckel")),
        EditorCatalogPage.At("api-nyckel-ny", RegionAdmin, "/redaktor/api-nycklar").After(async page =>
        {
            await page.GetByLabel("Vem eller vad nyckeln är till").FillAsync("Kommunens webbplats, testmiljö");
            await Submit("Skapa nyckel")(page);
        }),

        // The accessibility statement: the residents' report form submitted empty and sent (its receipt); in the
        // backoffice the statement's page (and an assessment date left empty), one gap, a new gap submitted empty,
        // and the residents' reports.
        EditorCatalogPage.At("rapportera-brist-fel", Resident, ReportPath).AfterErrors(Submit("Skicka rapporten")),
        EditorCatalogPage.At("rapportera-brist-kvitto", Resident, ReportPath).After(SendReportAsync),
        EditorCatalogPage.At("tillganglighet", RegionAdmin, "/redaktor/tillganglighet"),
        EditorCatalogPage.At("tillganglighet-fel", RegionAdmin, "/redaktor/tillganglighet").AfterErrors(async page =>
        {
            await page.GetByLabel("Datum då tjänsten senast bedömdes").FillAsync("");
            await Submit("Spara datum")(page);
        }),
        EditorCatalogPage.LinkOn("tillganglighet-brist", RegionAdmin, "/redaktor/tillganglighet", p => p.GetByRole(AriaRole.Main).GetByRole(AriaRole.Rowheader).GetByRole(AriaRole.Link)),
        EditorCatalogPage.At("tillganglighet-ny-brist-fel", RegionAdmin, "/redaktor/tillganglighet/brister/ny").AfterErrors(Submit("Lägg till bristen")),
        EditorCatalogPage.At("tillganglighet-rapporter", RegionAdmin, ReportPath).After(async page =>
        {
            await SendReportAsync(page);
            await page.GotoAsync("/redaktor/tillganglighet/rapporter");
        }),

        EditorCatalogPage.At("logg", SystemAdmin, "/redaktor/logg"),
        EditorCatalogPage.At("sidor", SystemAdmin, "/redaktor/sidor"),
        EditorCatalogPage.LinkOn("sida", SystemAdmin, "/redaktor/sidor", SitePageLink),
        EditorCatalogPage.LinkOn("sida-fel", SystemAdmin, "/redaktor/sidor", SitePageLink).AfterErrors(SaveWithoutTitleAsync),

        // Refusals: an editor on an administrator's page, an article that does not exist.
        EditorCatalogPage.At("ej-behorig", Editor, "/redaktor/logg").Answers(403),
        EditorCatalogPage.At("artikel-saknas", Editor, "/redaktor/artiklar/999999").Answers(404),
        EditorCatalogPage.At("kontaktpunkt-saknas", Editor, "/redaktor/kontaktpunkter/999999").Answers(404),
    ];

    /// <summary>
    /// Theory data: every entry at every viewport with JavaScript, and on the phone without it (every screen must
    /// work without JavaScript; the phone is the stricter layout), by name.
    /// </summary>
    public static TheoryData<string, string, string> PagesAtViewports
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var page in All)
            {
                foreach (var viewport in Viewport.All)
                {
                    data.Add(page.Name, viewport.Name, WithJavaScript);
                }

                data.Add(page.Name, Viewport.Phone.Name, WithoutJavaScript);
            }

            return data;
        }
    }

    public static EditorCatalogPage Named(string name) =>
        All.SingleOrDefault(p => p.Name == name) ?? throw new ArgumentException($"No editor catalog page named '{name}'.", nameof(name));

    private const string ReportPath = "/tillganglighetsredogorelse/rapportera";

    /// <summary>Fills in "Rapportera brist i tillgänglighet" by keyboard and sends it: lands on the receipt.</summary>
    private static async Task SendReportAsync(IPage page)
    {
        await page.GetByLabel("Var på webbplatsen var det? (valfritt)").FillAsync("Kontaktpunkter i Sundsvall");
        await page.GetByLabel("Vad fungerade inte?").FillAsync("Jag kommer inte åt filtren med tangentbordet.");
        await page.GetByLabel("E-post").FillAsync("eva.ek@example.se");
        await Submit("Skicka rapporten")(page);
        Assert.Contains("/tillganglighetsredogorelse/rapportera/tack/", page.Url, StringComparison.Ordinal);
    }

    private static ILocator LocalAdditionLink(IPage page) => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Rowheader).GetByRole(AriaRole.Link);

    private static ILocator SitePageLink(IPage page) => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem).GetByRole(AriaRole.Link);

    /// <summary>Puts focus on the button and presses Enter (the keyboard's way to submit), then waits for the answer.</summary>
    private static Func<IPage, Task> Submit(string button) => async page =>
    {
        var target = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = button, Exact = true });
        await target.FocusAsync();
        await page.RunAndWaitForNewPageAsync(() => page.Keyboard.PressAsync("Enter"));
    };

    /// <summary>Chooses a national article (not one of the world's own, so its publishing pages stay as they are) as a key page.</summary>
    private static async Task AddNationalKeyPageAsync(IPage page)
    {
        var select = page.GetByLabel("Artikel", new() { Exact = true });
        var value = await select.Locator("option", new() { HasText = "(Nationellt)" }).First.GetAttributeAsync("value");
        await select.SelectOptionAsync(value!);
        await Submit("Lägg till som nyckelsida")(page);
    }

    /// <summary>Ticks the Sami förvaltningsområde without any Sami language and saves: one error, at the languages.</summary>
    private static async Task ChooseSamiWithoutLanguageAsync(IPage page)
    {
        await page.GetByLabel("Samiska", new() { Exact = true }).CheckAsync();
        foreach (var language in new[] { "Nordsamiska (se)", "Sydsamiska (sma)", "Lulesamiska (smj)" })
        {
            await page.GetByLabel(language, new() { Exact = true }).UncheckAsync();
        }

        await Submit("Spara förvaltningsområden")(page);
    }

    /// <summary>The password step of the system administrator, who has two-step verification: lands on the code step.</summary>
    private static async Task EnterPasswordAsync(EditorWorld world, IPage page)
    {
        var login = new LoginPage(page);
        await login.EmailField.FocusAsync();
        await page.Keyboard.TypeAsync(world.SystemAdmin.Email);
        await login.PasswordField.FocusAsync();
        await page.Keyboard.TypeAsync(world.SystemAdmin.Password);
        await page.RunAndWaitForNewPageAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Equal(LoginPage.CodePath, new Uri(page.Url).AbsolutePath);
    }

    /// <summary>
    /// Empties "Namn", writes words as the latitude, makes Monday's visiting hours end before they start and adds a
    /// special day that has passed, then saves: the form comes back with four errors, each at its field.
    /// </summary>
    private static async Task SaveBadContactPointAsync(IPage page)
    {
        var form = new ContactPointEditorPage(page);
        await form.NameField.FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await form.LatitudeField.FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("norr om stan");
        await form.TimeField("Besökstider", "Måndag", closing: true).FillAsync("07:00");
        await form.NewSpecialDayField("Datum").FillAsync(DateTime.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.NewSpecialDayField("Stängt hela dagen").CheckAsync();
        await form.NewSpecialDayField("Anledning").FillAsync("Personalutbildning");
        await Submit("Spara ny version")(page);
    }

    /// <summary>Names a batch of three invitation codes and makes them: lands on the print page.</summary>
    private static async Task PrintCodesAsync(IPage page)
    {
        await page.GetByLabel("Antal koder").FillAsync("3");
        await page.GetByLabel("Namn på omgången").FillAsync("Stormöte Haga 12 mars");
        await Submit("Skapa och visa för utskrift")(page);
    }

    /// <summary>Empties "Rubrik" and saves ("Spara ny version"): the edit form comes back with its error.</summary>
    /// <summary>A Yiddish translation with ingress and body but no title: the row's title gets the error.</summary>
    private static async Task SaveTranslationWithoutTitleAsync(IPage page)
    {
        var main = page.GetByRole(AriaRole.Main);
        if (await main.Locator("details#oversattningar").GetAttributeAsync("open") is null)
        {
            await main.Locator("details#oversattningar > summary").ClickAsync();
        }

        await main.GetByLabel("Språk", new() { Exact = true }).Last.SelectOptionAsync("yi");
        await main.GetByLabel("Ingress på det nya språket", new() { Exact = true }).FillAsync("לערנט זיך שווימען.");
        await main.GetByLabel("Brödtext på det nya språket", new() { Exact = true }).FillAsync("קלינגט צום באָד.");
        await Submit("Spara ny version")(page);
    }

    private static async Task SaveWithoutTitleAsync(IPage page)
    {
        var form = new ArticleEditorPage(page);
        await form.TitleField.FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await Submit("Spara ny version")(page);
    }
}
