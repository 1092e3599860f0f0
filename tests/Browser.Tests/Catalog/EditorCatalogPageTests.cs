using Halsoportal.Browser.Tests.Editors;
using Halsoportal.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Halsoportal.Browser.Tests.Catalog;

/// <summary>
/// Every editor catalog page at every viewport passes every check in <see cref="PageChecks"/> that
/// applies to it: the backoffice gets the same axe, reflow, skip-link and language checks as the public
/// site, its own cookie rule (security.md item 14), and the error-summary check on every error state.
/// </summary>
[Collection(EditorCatalogSuite.Name)]
public sealed class EditorCatalogPageTests(HalsoportalServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    [Theory]
    [MemberData(nameof(EditorCatalog.PagesAtViewports), MemberType = typeof(EditorCatalog))]
    public async Task EditorCatalogPage_AtViewport_PassesEveryCheck(string pageName, string viewportName, string javaScript)
    {
        var catalogPage = EditorCatalog.Named(pageName);
        var viewport = Viewport.Named(viewportName);
        var javaScriptEnabled = javaScript == EditorCatalog.WithJavaScript;
        var world = await EditorWorld.OfAsync(Server);
        var state = catalogPage.Role is { } role ? await Server.SignIns.StateAsync(Browser, Server.BaseAddress, world.For(role)) : null;

        await RunAsync(
            async session =>
            {
                var page = session.Page;
                var path = await catalogPage.ResolvePathAsync(world, page);
                var response = await page.GotoAsync(path);
                Assert.True(
                    response?.Status == catalogPage.ExpectedStatus,
                    $"{path} answered {response?.Status}, expected {catalogPage.ExpectedStatus}.");

                // "The first Tab" must be the first: with JavaScript an error state puts focus on its summary,
                // so the skip link is checked on the form as it first loads, which is then loaded afresh (after
                // the skip link the address ends in #innehall, which a form posts back to: see
                // EditorJourneyTests.Editor_UsesSkipLinkThenSubmitsWithErrors_LandsOnErrorSummary). Other states: after the action.
                var problems = new List<string>();
                var skipLinkFirst = catalogPage.ShowsErrors && javaScriptEnabled;
                if (skipLinkFirst)
                {
                    problems.AddRange(await PageChecks.SkipLinkAsync(page));
                    await page.GotoAsync(path);
                }

                if (catalogPage.Action is { } action)
                {
                    await action(world, page);
                }

                if (!skipLinkFirst)
                {
                    problems.AddRange(await PageChecks.SkipLinkAsync(page));
                }

                problems.AddRange(await PageChecks.LanguageAsync(page));
                problems.AddRange(await PageChecks.NoHorizontalScrollAsync(page));
                if (javaScriptEnabled)
                {
                    problems.AddRange(await PageChecks.AxeAsync(page));
                }
                else
                {
                    var helper = await OpenSessionAsync(new BrowserSessionOptions { Viewport = viewport }, "axe");
                    problems.AddRange(await PageChecks.AxeWithoutJavaScriptAsync(page, helper.Page));
                }

                problems.AddRange(catalogPage.Visitor == CatalogVisitor.Resident
                    ? await PageChecks.NoStorageAsync(session)
                    : await PageChecks.EditorCookiesOnlyAsync(session));
                problems.AddRange(PageChecks.OnlyOwnOrigin(session));
                if (catalogPage.ShowsErrors)
                {
                    problems.AddRange(await PageChecks.ErrorSummaryAsync(page, javaScriptEnabled));
                }

                // After the error summary, which needs focus where the page put it: these move focus and restore it.
                // On the phone only: 200 % text at 1280 px is a 640 px layout, which 320 px covers more strictly, and
                // reduced motion and forced colours do not depend on the window's size.
                if (viewport == Viewport.Phone)
                {
                    problems.AddRange(await PageChecks.TextAdaptationAsync(page));
                    problems.AddRange(await PageChecks.ReducedMotionAsync(page));
                    problems.AddRange(await PageChecks.TargetSizeAsync(page));
                    problems.AddRange(await PageChecks.ForcedColorsFocusAsync(page, PageChecks.ForcedColorsCheckedKinds));
                }

                var found = problems.ToList();
                foreach (var known in catalogPage.KnownProblems.Where(k => k.Viewport is null || k.Viewport == viewport.Name))
                {
                    var matched = found.Where(p => p.Contains(known.Matching, StringComparison.Ordinal)).ToList();
                    Assert.True(matched.Count > 0, $"{path} at {viewport}: the known problem '{known.Matching}' ({known.Reason}) is gone. Remove it from EditorCatalog.");
                    Assert.True(DateOnly.FromDateTime(DateTime.Today) <= known.Expires, $"{path} at {viewport}: the exception for '{known.Matching}' expired on {known.Expires:yyyy-MM-dd} ({known.Reason}).");
                    problems.RemoveAll(matched.Contains);
                    Output.WriteLine($"Known problem, tolerated until {known.Expires:yyyy-MM-dd} ({known.Reason}):{Environment.NewLine}{string.Join(Environment.NewLine, matched)}");
                }

                Assert.True(
                    problems.Count == 0,
                    $"{path} ({catalogPage.Visitor}) at {viewport}, {javaScript}, has {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
            },
            new BrowserSessionOptions { Viewport = viewport, JavaScriptEnabled = javaScriptEnabled, StorageState = state },
            traceName: $"{pageName}-{viewportName}-{javaScript}");
    }
}
