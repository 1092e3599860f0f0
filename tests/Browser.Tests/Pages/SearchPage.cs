using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Pages;

/// <summary>The header search box (on every page) and the /sok results.</summary>
public sealed class SearchPage(IPage page)
{
    /// <summary>The search form in the site header.</summary>
    public ILocator HeaderSearch => page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Search);

    public ILocator HeaderField => HeaderSearch.GetByLabel("Sök på Hälsoportal");

    public ILocator ResultsHeading => page.GetByRole(AriaRole.Heading, new() { Level = 2 }).Filter(new() { HasText = "för ”" });

    public ILocator DidYouMean => page.GetByText("Menade du");

    /// <summary>The title links of the hits, best first.</summary>
    public ILocator HitLinks =>
        page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Heading, new() { Level = 3 }).GetByRole(AriaRole.Link);

    /// <summary>Types a query in the header box and submits it with Enter, as a keyboard user does.</summary>
    public async Task<SearchPage> SearchFromHeaderByKeyboardAsync(string query)
    {
        await HeaderField.FocusAsync();
        await page.Keyboard.TypeAsync(query);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/sok");
        return this;
    }
}
