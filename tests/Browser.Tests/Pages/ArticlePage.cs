using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Pages;

/// <summary>An article, in standard Swedish or lättläst.</summary>
public sealed class ArticlePage(IPage page)
{
    public const string EasyReadSegment = "/lattlast";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The "Du är här" breadcrumb trail.</summary>
    public ILocator Breadcrumbs => page.GetByRole(AriaRole.Navigation, new() { Name = "Du är här" });

    /// <summary>The breadcrumb for the page itself (<c>aria-current="page"</c>).</summary>
    public ILocator CurrentCrumb => Breadcrumbs.Locator("[aria-current=page]");

    /// <summary>The "Senast granskad" term of the review details.</summary>
    public ILocator LastReviewedTerm => page.GetByRole(AriaRole.Term).Filter(new() { HasText = "Senast granskad" });

    /// <summary>The date next to "Senast granskad".</summary>
    public ILocator LastReviewedDate => page.Locator("dt:has-text('Senast granskad') + dd time");

    public ILocator EasyReadLink => page.GetByRole(AriaRole.Link, new() { Name = "Läs texten på lättläst svenska" });

    public ILocator StandardTextLink => page.GetByRole(AriaRole.Link, new() { Name = "Läs hela texten på vanlig svenska" });

    /// <summary>"Lättläst" above the heading of the lättläst text.</summary>
    public ILocator EasyReadLabel => page.GetByRole(AriaRole.Main).Locator("p.label").GetByText("Lättläst", new() { Exact = true });

    /// <summary>The language switch ("Språk"), shown when the article has a translation.</summary>
    public ILocator LanguageSwitch => page.GetByRole(AriaRole.Navigation, new() { Name = "Språk" });

    /// <summary>The switch's link to the version named <paramref name="name"/> in its own language ("Suomi", "ייִדיש", "Svenska").</summary>
    public ILocator LanguageLink(string name) => LanguageSwitch.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>"Passar för: äldre, närstående".</summary>
    public ILocator SuitableFor => page.GetByRole(AriaRole.Main).GetByText("Passar för:");

    public string Path => new Uri(page.Url).AbsolutePath;

    public async Task<ArticlePage> OpenEasyReadAsync()
    {
        var standard = Path;
        await EasyReadLink.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == standard + EasyReadSegment);
        return this;
    }

    public async Task<ArticlePage> BackToStandardTextAsync()
    {
        var easyRead = Path;
        await StandardTextLink.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == easyRead[..^EasyReadSegment.Length]);
        return this;
    }
}
