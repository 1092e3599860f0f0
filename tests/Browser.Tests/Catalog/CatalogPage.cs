using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Catalog;

/// <summary>
/// One public template or state of the site. Most have a fixed path; pages whose address depends on
/// content (an article's slug) are found by following a link on another page, so the catalog never
/// goes stale when demo content changes.
/// </summary>
public sealed class CatalogPage
{
    private readonly Func<IPage, Task<string>> _resolvePath;

    private CatalogPage(string name, int expectedStatus, string description, Func<IPage, Task<string>> resolvePath)
    {
        Name = name;
        ExpectedStatus = expectedStatus;
        Description = description;
        _resolvePath = resolvePath;
    }

    /// <summary>Short, unique, file-name safe: it names the theory case and the trace file.</summary>
    public string Name { get; }

    /// <summary>The HTTP status the page must answer with (404 pages are pages too).</summary>
    public int ExpectedStatus { get; }

    /// <summary>The path, or where the path is found.</summary>
    public string Description { get; }

    /// <summary>The page's language: <c>&lt;html lang&gt;</c> must say it (Swedish unless <see cref="InLanguage"/> says otherwise).</summary>
    public string Language { get; private init; } = "sv";

    /// <summary>"rtl" for right-to-left pages: <c>&lt;html dir&gt;</c> must say it.</summary>
    public string Direction { get; private init; } = "ltr";

    /// <summary>The same page, expected in <paramref name="language"/> with direction <paramref name="direction"/>.</summary>
    public CatalogPage InLanguage(string language, string direction = "ltr") =>
        new(Name, ExpectedStatus, Description, _resolvePath) { Language = language, Direction = direction };

    /// <summary>A page at a fixed path (with its query string).</summary>
    public static CatalogPage At(string name, string path, int expectedStatus = 200) =>
        new(name, expectedStatus, path, _ => Task.FromResult(path));

    /// <summary>The page behind the first link that <paramref name="link"/> finds on the page at <paramref name="sourcePath"/>.</summary>
    public static CatalogPage LinkOn(string name, string sourcePath, Func<IPage, ILocator> link, int expectedStatus = 200) =>
        new(name, expectedStatus, $"link on {sourcePath}", async page =>
        {
            var response = await page.GotoAsync(sourcePath);
            Assert.True(response?.Status == 200, $"Catalog page '{name}': {sourcePath} answered {response?.Status} while looking for its link.");
            var first = link(page).First;
            Assert.True(await first.CountAsync() == 1, $"Catalog page '{name}': no matching link on {sourcePath}.");
            var href = await first.GetAttributeAsync("href");
            Assert.True(href is not null && href.StartsWith('/'), $"Catalog page '{name}': the link on {sourcePath} has href '{href}', expected a site path.");
            return href!;
        });

    /// <summary>The path to open; may navigate <paramref name="page"/> to find it.</summary>
    public Task<string> ResolvePathAsync(IPage page) => _resolvePath(page);

    public override string ToString() => $"{Name} ({Description})";
}
