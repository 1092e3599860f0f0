using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Pages.Editor;

/// <summary>
/// The article form: <c>/redaktor/artiklar/ny</c> ("Spara utkast") and <c>/redaktor/artiklar/{id}</c>
/// ("Spara ny version", "Förhandsvisa brödtexten"), with the article's tabs on the edit page.
/// </summary>
public sealed partial class ArticleEditorPage(IPage page)
{
    public const string NewPath = "/redaktor/artiklar/ny";

    public EditorShell Shell { get; } = new(page);

    public ILocator OwnerField => page.GetByLabel("Vems artikel är det?", new() { Exact = true });

    public ILocator TitleField => page.GetByLabel("Rubrik", new() { Exact = true });

    public ILocator IngressField => page.GetByLabel("Ingress", new() { Exact = true });

    public ILocator BodyField => page.GetByLabel("Brödtext", new() { Exact = true });

    /// <summary>The Markdown toolbar editor.js puts above the body (absent without JavaScript).</summary>
    public ILocator BodyToolbar => page.GetByRole(AriaRole.Toolbar, new() { Name = "Formatering: Brödtext" });

    /// <summary>"Lättläst version" (a <c>details</c> element; its fields show when it is open).</summary>
    public ILocator EasyReadSummary => page.Locator("details.editor-details > summary");

    public ILocator EasyReadTitleField => page.GetByLabel("Lättläst rubrik", new() { Exact = true });

    public ILocator ImageField => page.GetByLabel("Huvudbild", new() { Exact = true });

    public ILocator LastReviewedField => page.GetByLabel("Senast granskad", new() { Exact = true });

    public ILocator NextReviewField => page.GetByLabel("Nästa granskning", new() { Exact = true });

    public ILocator ResponsibleUnitField => page.GetByLabel("Ansvarig enhet", new() { Exact = true });

    public ILocator SaveDraftButton => Button("Spara utkast");

    public ILocator SaveVersionButton => Button("Spara ny version");

    public ILocator PreviewButton => Button("Förhandsvisa brödtexten");

    /// <summary>"Förhandsvisning – inte sparad", after "Förhandsvisa brödtexten".</summary>
    public ILocator Preview => page.GetByRole(AriaRole.Region, new() { Name = "Förhandsvisning – inte sparad" });

    /// <summary>The article's tabs on the edit, publishing, history and preview-link pages.</summary>
    public ILocator Tabs => page.GetByRole(AriaRole.Navigation, new() { Name = "Artikeln" });

    public ILocator PublishingTab => Tabs.GetByRole(AriaRole.Link, new() { Name = "Granskning och publicering", Exact = true });

    public ILocator VersionsTab => Tabs.GetByRole(AriaRole.Link, new() { Name = "Versioner", Exact = true });

    /// <summary>The status panel's "På webbplatsen" link, shown while the article is published.</summary>
    public ILocator PublicLink => page.Locator("dl.status-panel").GetByRole(AriaRole.Link);

    /// <summary>The article id, from an edit page's address.</summary>
    public int ArticleId => int.Parse(EditPath().Match(new Uri(page.Url).AbsolutePath).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<ArticleEditorPage> GotoNewAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.GotoAsync(NewPath);
        Assert.Equal(200, response?.Status);
        return new ArticleEditorPage(page);
    }

    public static async Task<ArticleEditorPage> GotoEditAsync(IPage page, int id)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.GotoAsync($"/redaktor/artiklar/{id}");
        Assert.Equal(200, response?.Status);
        return new ArticleEditorPage(page);
    }

    /// <summary>A checkbox in one of the term groups ("Ämnen", "Livssituationer", "Arenor").</summary>
    public ILocator Term(string group, string name) =>
        page.GetByRole(AriaRole.Group, new() { Name = group, Exact = true }).GetByRole(AriaRole.Checkbox, new() { Name = name, Exact = true });

    public ILocator ToolbarButton(string name) => BodyToolbar.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Waits until the browser is on an article's edit page (after "Spara utkast" or a rollback).</summary>
    public async Task<ArticleEditorPage> WaitForEditPageAsync()
    {
        await page.WaitForURLAsync(url => EditPath().IsMatch(new Uri(url).AbsolutePath));
        return this;
    }

    private ILocator Button(string name) => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    [GeneratedRegex(@"^/redaktor/artiklar/(\d+)$")]
    private static partial Regex EditPath();
}
