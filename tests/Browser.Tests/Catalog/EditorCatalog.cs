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

    /// <summary>
    /// WCAG 1.4.10 at 320 px: the visually hidden text in a table's last column ("Visa ändringar i version 2",
    /// "Spärra länken skapad …") is absolutely positioned, and .table-scroll is not a containing block, so it
    /// sticks out of the scroll region and the page scrolls sideways. Fix in wwwroot/css/site.css:
    /// <c>.table-scroll { position: relative; }</c>.
    /// </summary>
    private static readonly (string? Viewport, string Matching, string Reason, string Expires) TableScrollReflow =
        ("320x640", "span.visually-hidden", "visually hidden text in a .table-scroll table escapes it; .table-scroll needs position: relative", "2026-12-31");

    /// <summary>
    /// WCAG 1.4.10 at 320 px on /redaktor/anvandare: the "Roll" select is as wide as its longest option
    /// (459 px) because the flex items of .field-row keep their content width. Fix in wwwroot/css/editor.css:
    /// <c>.field-row > .field { min-inline-size: 0; }</c> (select already has max-inline-size: 100%).
    /// </summary>
    private static readonly (string? Viewport, string Matching, string Reason, string Expires) FieldRowSelectReflow =
        ("320x640", "select#Role", "the Roll select in .field-row cannot shrink; .field-row > .field needs min-inline-size: 0", "2026-12-31");

    /// <summary>
    /// WCAG 1.3.1 / 3.3.1: the error message is shown beside the field but not tied to it, so a screen reader
    /// does not read it with the field. Taxonomy/_TermFields.cshtml (Namn, Beskrivning), LocalAdditions/Edit.cshtml
    /// (Rubrik, Text) and SitePages/Edit.cshtml (Rubrik, Ingress, Text) render <c>Input_X-fel</c> but the input has
    /// no <c>aria-describedby</c> naming it (and no <c>aria-invalid</c>). Fix as in Articles/_ArticleFields.cshtml.
    /// </summary>
    private static readonly (string? Viewport, string Matching, string Reason, string Expires) UndescribedError =
        (null, "is not described by its message", "field errors without aria-describedby in _TermFields, LocalAdditions/Edit and SitePages/Edit", "2026-12-31");

    /// <summary>
    /// accessibility.md item 9 on /redaktor/anvandare: "Ge rollen" with the e-mail field empty answers with the
    /// 404 page instead of the form with an error summary: Users/Index.cshtml.cs AnswerAsync sends
    /// AccountStatus.NotFound to NotFound() when Email is null (the empty field binds as null). Fix: add
    /// "Skriv e-postadressen till kontot." for Email when it is empty, before calling the service.
    /// </summary>
    private static readonly (string? Viewport, string Matching, string Reason, string Expires) EmptyEmailIsNotFound =
        (null, "the title is 'Sidan finns inte", "an empty e-mail on Användare answers 404 instead of an error summary", "2026-12-31");

    private static readonly (string? Viewport, string Matching, string Reason, string Expires) EmptyEmailHasNoSummary =
        (null, "there is no visible error summary", "an empty e-mail on Användare answers 404 instead of an error summary", "2026-12-31");

    public static IReadOnlyList<EditorCatalogPage> All { get; } =
    [
        // Signing in: the form, submitted empty, the code step of an account with two-step verification.
        EditorCatalogPage.At("logga-in", Anonymous, LoginPage.Path).WithoutJavaScriptToo(),
        EditorCatalogPage.At("logga-in-fel", Anonymous, LoginPage.Path).AfterErrors(Submit("Logga in")).WithoutJavaScriptToo(),
        EditorCatalogPage.At("logga-in-kod", Anonymous, LoginPage.Path).After(EnterPasswordAsync),

        // Översikt and the article list, as the editor and as the publisher.
        EditorCatalogPage.At("oversikt", Editor, DashboardPage.Path),
        EditorCatalogPage.At("oversikt-publicerare", Publisher, DashboardPage.Path),
        EditorCatalogPage.At("artiklar", Editor, "/redaktor/artiklar"),

        // The article form: new, new submitted empty, edit, edit with the body previewed, edit saved without a title.
        EditorCatalogPage.At("ny-artikel", Editor, ArticleEditorPage.NewPath).WithoutJavaScriptToo(),
        EditorCatalogPage.At("ny-artikel-fel", Editor, ArticleEditorPage.NewPath).AfterErrors(Submit("Spara utkast")).WithoutJavaScriptToo(),
        EditorCatalogPage.At("redigera", Editor, w => $"/redaktor/artiklar/{w.PublishedId}"),
        EditorCatalogPage.At("redigera-forhandsvisning", Editor, w => $"/redaktor/artiklar/{w.PublishedId}").After(Submit("Förhandsvisa brödtexten")),
        EditorCatalogPage.At("redigera-fel", Editor, w => $"/redaktor/artiklar/{w.DraftId}").AfterErrors(SaveWithoutTitleAsync),

        // Publishing: the editor's (send for review), the publisher's (publish, return, schedule, unpublish), a return without comment.
        EditorCatalogPage.At("publicering-redaktor", Editor, w => WorkflowPage.PathOf(w.DraftId)),
        EditorCatalogPage.At("publicering-publicerare", Publisher, w => WorkflowPage.PathOf(w.PublishedId)),
        EditorCatalogPage.At("publicering-returnera-fel", Publisher, w => WorkflowPage.PathOf(w.PublishedId)).AfterErrors(Submit("Returnera med kommentar")),

        // Versions, with a diff; preview links, with a new one shown once; the public preview itself.
        EditorCatalogPage.At("versioner", Editor, w => HistoryPage.PathOf(w.PublishedId)).WithKnownProblem(TableScrollReflow),
        EditorCatalogPage.At("versioner-andringar", Editor, w => $"{HistoryPage.PathOf(w.PublishedId)}?version=2&jamfor=1").WithKnownProblem(TableScrollReflow),
        EditorCatalogPage.At("forhandsvisningslankar", Editor, w => $"/redaktor/artiklar/{w.PublishedId}/forhandsvisning").WithKnownProblem(TableScrollReflow),
        EditorCatalogPage.At("forhandsvisningslankar-ny", Editor, w => $"/redaktor/artiklar/{w.PublishedId}/forhandsvisning").After(Submit("Skapa ny förhandsvisningslänk")).WithKnownProblem(TableScrollReflow),
        EditorCatalogPage.At("forhandsvisning-publik", Resident, w => $"/forhandsvisning/{w.PreviewToken}"),

        // Images: the library, one image, the upload form and the upload submitted empty.
        EditorCatalogPage.At("bilder", Editor, "/redaktor/bilder"),
        EditorCatalogPage.At("bild", Editor, w => $"/redaktor/bilder/{w.ImageId}"),
        EditorCatalogPage.At("ladda-upp", Editor, MediaUploadPage.Path).WithoutJavaScriptToo(),
        EditorCatalogPage.At("ladda-upp-fel", Editor, MediaUploadPage.Path).AfterErrors(Submit("Ladda upp")).WithoutJavaScriptToo(),

        // Local additions: the list and one addition.
        EditorCatalogPage.At("lokala-tillagg", Editor, "/redaktor/lokala-tillagg"),
        EditorCatalogPage.LinkOn("lokalt-tillagg", Editor, "/redaktor/lokala-tillagg", LocalAdditionLink),
        EditorCatalogPage.LinkOn("lokalt-tillagg-fel", Editor, "/redaktor/lokala-tillagg", LocalAdditionLink).AfterErrors(Submit("Spara ny version")).WithKnownProblem(UndescribedError),

        // The account: overview, two-step verification off (editor) and on (administrator), the sign-out page.
        EditorCatalogPage.At("konto", Editor, "/redaktor/konto"),
        EditorCatalogPage.At("tvastegsverifiering", Editor, "/redaktor/konto/tvastegsverifiering"),
        EditorCatalogPage.At("tvastegsverifiering-admin", SystemAdmin, "/redaktor/konto/tvastegsverifiering"),
        EditorCatalogPage.At("logga-ut", Editor, "/redaktor/logga-ut"),

        // Administrators: users and roles (and a role given to nobody), the kommuner's review step, the
        // vocabularies (and a term added empty, and one term), the audit log, the site's own pages and one of them.
        EditorCatalogPage.At("anvandare", RegionAdmin, "/redaktor/anvandare").WithKnownProblem(TableScrollReflow).WithKnownProblem(FieldRowSelectReflow),
        EditorCatalogPage.At("anvandare-fel", RegionAdmin, "/redaktor/anvandare").AfterErrors(Submit("Ge rollen"))
            .WithKnownProblem(EmptyEmailIsNotFound).WithKnownProblem(EmptyEmailHasNoSummary),
        EditorCatalogPage.At("kommuner", RegionAdmin, "/redaktor/kommuner").WithKnownProblem(TableScrollReflow),
        EditorCatalogPage.At("amnen", RegionAdmin, "/redaktor/amnen"),
        EditorCatalogPage.At("amnen-fel", RegionAdmin, "/redaktor/amnen").AfterErrors(Submit("Lägg till")).WithKnownProblem(UndescribedError),
        EditorCatalogPage.LinkOn("amne", RegionAdmin, "/redaktor/amnen", p => p.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem).GetByRole(AriaRole.Link)),
        EditorCatalogPage.At("logg", SystemAdmin, "/redaktor/logg"),
        EditorCatalogPage.At("sidor", SystemAdmin, "/redaktor/sidor"),
        EditorCatalogPage.LinkOn("sida", SystemAdmin, "/redaktor/sidor", SitePageLink),
        EditorCatalogPage.LinkOn("sida-fel", SystemAdmin, "/redaktor/sidor", SitePageLink).AfterErrors(SaveWithoutTitleAsync).WithKnownProblem(UndescribedError),

        // Refusals: an editor on an administrator's page, an article that does not exist.
        EditorCatalogPage.At("ej-behorig", Editor, "/redaktor/logg").Answers(403),
        EditorCatalogPage.At("artikel-saknas", Editor, "/redaktor/artiklar/999999").Answers(404),
    ];

    /// <summary>Theory data: every entry at every viewport with JavaScript, and the key forms without, by name.</summary>
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
                    if (page.AlsoWithoutJavaScript)
                    {
                        data.Add(page.Name, viewport.Name, WithoutJavaScript);
                    }
                }
            }

            return data;
        }
    }

    public static EditorCatalogPage Named(string name) =>
        All.SingleOrDefault(p => p.Name == name) ?? throw new ArgumentException($"No editor catalog page named '{name}'.", nameof(name));

    private static ILocator LocalAdditionLink(IPage page) => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Rowheader).GetByRole(AriaRole.Link);

    private static ILocator SitePageLink(IPage page) => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem).GetByRole(AriaRole.Link);

    /// <summary>Puts focus on the button and presses Enter (the keyboard's way to submit), then waits for the answer.</summary>
    private static Func<IPage, Task> Submit(string button) => async page =>
    {
        var target = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = button, Exact = true });
        await target.FocusAsync();
        await page.RunAndWaitForNewPageAsync(() => page.Keyboard.PressAsync("Enter"));
    };

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

    /// <summary>Empties "Rubrik" and saves ("Spara ny version"): the edit form comes back with its error.</summary>
    private static async Task SaveWithoutTitleAsync(IPage page)
    {
        var form = new ArticleEditorPage(page);
        await form.TitleField.FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await Submit("Spara ny version")(page);
    }
}
