using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Pages.Editor;

/// <summary><c>/redaktor/artiklar/{id}/publicering</c>: checks and LIX, review, publishing, scheduling, unpublishing.</summary>
public sealed class WorkflowPage(IPage page)
{
    public EditorShell Shell { get; } = new(page);

    public ILocator ChecksSection => page.GetByRole(AriaRole.Region, new() { NameRegex = new("^Kontroller av version \\d+$") });

    public ILocator ReturnCommentField => page.GetByLabel("Vad behöver ändras?", new() { Exact = true });

    public ILocator ReturnButton => Button("Returnera med kommentar");

    public ILocator UnpublishButton => Button("Avpublicera nu");

    public ILocator StatusPanel => page.Locator("dl.status-panel").First;

    public static string PathOf(int articleId) => $"/redaktor/artiklar/{articleId}/publicering";

    public static async Task<WorkflowPage> GotoAsync(IPage page, int articleId)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.GotoAsync(PathOf(articleId));
        Assert.Equal(200, response?.Status);
        return new WorkflowPage(page);
    }

    public ILocator SendForReviewButton(int version) => Button($"Skicka version {version} för granskning");

    public ILocator PublishButton(int version) => Button($"Publicera version {version} nu");

    /// <summary>The "Status" value of the status panel ("Publicerad", "Avpublicerad", …).</summary>
    public async Task<string> StatusAsync() =>
        (await StatusPanel.Locator("div").Filter(new() { Has = page.Locator("dt", new() { HasTextString = "Status" }) }).Locator("dd").InnerTextAsync()).Trim();

    private ILocator Button(string name) => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
}
