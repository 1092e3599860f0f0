using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Pages.Editor;

/// <summary><c>/redaktor/artiklar/{id}/historik</c>: every version, "Visa ändringar" and "Återställ version N".</summary>
public sealed class HistoryPage(IPage page)
{
    public EditorShell Shell { get; } = new(page);

    public ILocator VersionsTable => page.GetByRole(AriaRole.Table, new() { Name = "Alla versioner, nyast först" });

    /// <summary>The version numbers in the table's row headers, newest first ("3", "2 (publicerad)", …).</summary>
    public ILocator VersionCells => VersionsTable.GetByRole(AriaRole.Rowheader);

    /// <summary>The section "Ändringar i version N jämfört med version M".</summary>
    public ILocator Changes => page.GetByRole(AriaRole.Region, new() { NameRegex = new("^Ändringar i version \\d+ jämfört med version \\d+$") });

    public static string PathOf(int articleId) => $"/redaktor/artiklar/{articleId}/historik";

    public static async Task<HistoryPage> GotoAsync(IPage page, int articleId)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.GotoAsync(PathOf(articleId));
        Assert.Equal(200, response?.Status);
        return new HistoryPage(page);
    }

    /// <summary>"Visa ändringar i version N" (the version number is visually hidden but part of the name).</summary>
    public ILocator ShowChangesLink(int version) => VersionsTable.GetByRole(AriaRole.Link, new() { Name = $"Visa ändringar i version {version}", Exact = true });

    public ILocator RollbackButton(int version) => VersionsTable.GetByRole(AriaRole.Button, new() { Name = $"Återställ version {version}", Exact = true });
}
