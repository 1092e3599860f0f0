using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Pages.Editor;

/// <summary>What every backoffice page has: the "Redaktör" navigation, the one-time notice and the error summary.</summary>
public sealed class EditorShell(IPage page)
{
    public ILocator Navigation => page.GetByRole(AriaRole.Navigation, new() { Name = "Redaktör" });

    /// <summary>The confirmation after an action ("Artikeln är publicerad …"), <c>role="status"</c>.</summary>
    public ILocator Notice => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status);

    /// <summary>The error summary (<c>role="alert"</c>, "Det finns … att rätta").</summary>
    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "att rätta" });

    public ILocator ErrorSummaryLinks => ErrorSummary.GetByRole(AriaRole.Link);

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator LogOutButton => page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Logga ut" });

    /// <summary>A link of the "Redaktör" navigation: Översikt, Artiklar, Lokala tillägg, Bilder, Mitt konto, …</summary>
    public ILocator NavLink(string name) => Navigation.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>The notice's text, once it is shown.</summary>
    public async Task<string> NoticeTextAsync()
    {
        await Notice.WaitForAsync();
        return (await Notice.InnerTextAsync()).Trim();
    }
}
