using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Pages;

/// <summary>A kommun's start page: its articles in groups and the life-situation filter.</summary>
public sealed class KommunPage(IPage page)
{
    public const string EasyReadLinkText = "Finns på lättläst svenska";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The "Visa innehåll för" navigation.</summary>
    public ILocator LifeSituationFilter => page.GetByRole(AriaRole.Navigation, new() { Name = "Visa innehåll för" });

    /// <summary>The title links of the article cards (not the dialogs' or other lists on the page).</summary>
    public ILocator ArticleLinks =>
        page.GetByRole(AriaRole.Main).Locator(".cards").GetByRole(AriaRole.Heading, new() { Level = 3 }).GetByRole(AriaRole.Link);

    /// <summary>Title links of the cards that say the article also exists in lättläst.</summary>
    public ILocator ArticleLinksWithEasyRead =>
        page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem)
            .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = EasyReadLinkText }) })
            .GetByRole(AriaRole.Heading, new() { Level = 3 }).GetByRole(AriaRole.Link);

    public static async Task<KommunPage> GotoAsync(IPage page, string slug)
    {
        var response = await page.GotoAsync($"/{slug}");
        Assert.Equal(200, response?.Status);
        return new KommunPage(page);
    }

    public ILocator LifeSituationLink(string name) =>
        LifeSituationFilter.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public async Task<KommunPage> ChooseLifeSituationAsync(string name, string slug)
    {
        await LifeSituationLink(name).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query == $"?livssituation={slug}");
        return this;
    }

    /// <summary>Titles and paths of every article card on the page.</summary>
    public async Task<IReadOnlyList<(string Title, string Path)>> ArticlesAsync()
    {
        var articles = new List<(string, string)>();
        foreach (var link in await ArticleLinks.AllAsync())
        {
            articles.Add(((await link.InnerTextAsync()).Trim(), await link.GetAttributeAsync("href") ?? ""));
        }

        return articles;
    }

    public async Task<ArticlePage> OpenArticleAsync(ILocator link)
    {
        var href = await link.GetAttributeAsync("href");
        await link.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == href);
        return new ArticlePage(page);
    }
}
