using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Pages;

/// <summary>The contact-point finder at <c>/{kommun}/kontakt</c>, as a resident sees it.</summary>
public sealed class FinderPage(IPage page)
{
    public static string PathOf(string kommunSlug) => $"/{kommunSlug}/kontakt";

    public ILocator OpenNow => page.GetByLabel("Bara de som har öppet eller telefontid nu");

    public ILocator AccessibilityToggle => page.Locator("details.finder__more > summary");

    public ILocator Need(string label) => page.GetByRole(AriaRole.Checkbox, new() { Name = label, Exact = true });

    public ILocator Place => page.GetByLabel("Närmast först från ort eller plats");

    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = "Visa kontaktpunkter" });

    public ILocator UsePosition => page.GetByRole(AriaRole.Button, new() { Name = "Närmast min position" });

    public ILocator ResultHeading => page.Locator("#resultat");

    public ILocator Cards => page.Locator(".contact-list > .contact-card");

    public static async Task<FinderPage> GotoAsync(IPage page, string kommunSlug)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.GotoAsync(PathOf(kommunSlug));
        Assert.Equal(200, response?.Status);
        return new FinderPage(page);
    }

    /// <summary>Each card's name, status lines and accessibility line.</summary>
    public async Task<IReadOnlyList<(string Name, string Status, string Access, string Address)>> CardsAsync()
    {
        var result = new List<(string, string, string, string)>();
        foreach (var card in await Cards.AllAsync())
        {
            var access = card.Locator(".contact-card__access");
            result.Add((
                (await card.Locator(".contact-card__name").InnerTextAsync()).Trim(),
                (await card.Locator(".open-status").InnerTextAsync()).Trim(),
                await access.CountAsync() == 0 ? "" : await access.InnerTextAsync(),
                (await card.Locator(".contact-card__address").InnerTextAsync()).Trim()));
        }

        return result;
    }
}
