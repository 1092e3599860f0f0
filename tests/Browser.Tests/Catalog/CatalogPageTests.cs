using Halsoportal.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Halsoportal.Browser.Tests.Catalog;

/// <summary>
/// Every catalog page at every viewport passes every check in <see cref="PageChecks"/>, and on the phone it passes
/// them without JavaScript too (axe then reads a copy of the page as shown without JavaScript).
/// </summary>
public sealed class CatalogPageTests(HalsoportalServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    [Theory]
    [MemberData(nameof(PageCatalog.PagesAtViewports), MemberType = typeof(PageCatalog))]
    public Task CatalogPage_AtViewport_PassesEveryCheck(string pageName, string viewportName, string javaScript)
    {
        var catalogPage = PageCatalog.Named(pageName);
        var viewport = Viewport.Named(viewportName);
        var javaScriptEnabled = javaScript == EditorCatalog.WithJavaScript;
        return RunAsync(
            async session =>
            {
                var page = session.Page;
                var path = await catalogPage.ResolvePathAsync(page);
                var response = await page.GotoAsync(path);
                Assert.True(
                    response?.Status == catalogPage.ExpectedStatus,
                    $"{path} answered {response?.Status}, expected {catalogPage.ExpectedStatus}.");

                // Measured before anything else loads: the budget is for what the first view costs.
                var budget = await PageChecks.FirstViewBudgetAsync(session);

                // Keyboard first: "the first Tab" means nothing has had focus yet.
                List<string> problems =
                [
                    .. budget,
                    .. await PageChecks.SkipLinkAsync(page, PageChecks.SkipLinkTextFor(catalogPage.Language)),
                    .. await PageChecks.LanguageAsync(page, catalogPage.Language, catalogPage.Direction),
                    .. await PageChecks.NoHorizontalScrollAsync(page),
                    .. javaScriptEnabled
                        ? await PageChecks.AxeAsync(page)
                        : await PageChecks.AxeWithoutJavaScriptAsync(page, (await OpenSessionAsync(new BrowserSessionOptions { Viewport = viewport }, "axe")).Page),
                    .. await PageChecks.NoStorageAsync(session),
                    .. PageChecks.OnlyOwnOrigin(session),
                ];

                // People who adapt the page: bigger text and spacing, reduced motion, phone-sized targets, forced colours.
                // On the phone only: 200 % text at 1280 px is a 640 px layout, which 320 px covers more strictly, and
                // reduced motion and forced colours do not depend on the window's size. Without JavaScript the page
                // shows its own fallbacks, so text size and targets are checked again; motion and colours are CSS.
                if (viewport == Viewport.Phone)
                {
                    problems.AddRange(await PageChecks.TextAdaptationAsync(page));
                    problems.AddRange(await PageChecks.TargetSizeAsync(page));
                    if (javaScriptEnabled)
                    {
                        problems.AddRange(await PageChecks.ReducedMotionAsync(page));
                        problems.AddRange(await PageChecks.ForcedColorsFocusAsync(page, PageChecks.ForcedColorsCheckedKinds));
                    }
                }
                Assert.True(
                    problems.Count == 0,
                    $"{path} at {viewport}, {javaScript}, has {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
            },
            new BrowserSessionOptions { Viewport = viewport, JavaScriptEnabled = javaScriptEnabled },
            traceName: $"{pageName}-{viewportName}-{javaScript}");
    }
}
