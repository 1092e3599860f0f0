using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Pages;

/// <summary>The start page: choose your kommun.</summary>
public sealed class HomePage(IPage page)
{
    public const string Path = "/";

    public ILocator KommunField => page.GetByLabel("Kommun", new() { Exact = true });

    public ILocator ShowKommunButton => page.GetByRole(AriaRole.Button, new() { Name = "Visa min kommun" });

    /// <summary>The error summary at the top of the page (role alert, "Det finns ett problem").</summary>
    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Det finns ett problem" });

    public ILocator ErrorSummaryLinks => ErrorSummary.GetByRole(AriaRole.Link);

    public async Task<HomePage> GotoAsync()
    {
        await page.GotoAsync(Path);
        return this;
    }

    /// <summary>Types a kommun name and submits; lands on the kommun page when the name matches one kommun.</summary>
    public async Task<KommunPage> ChooseKommunAsync(string name, string expectedSlug)
    {
        await KommunField.FillAsync(name);
        await ShowKommunButton.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/{expectedSlug}");
        return new KommunPage(page);
    }

    /// <summary>Submits the form as it is and waits for the answer (the form is a GET to <c>/?kommun=…</c>).</summary>
    public async Task SubmitAsync()
    {
        await ShowKommunButton.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Contains("kommun=", StringComparison.Ordinal));
    }
}
