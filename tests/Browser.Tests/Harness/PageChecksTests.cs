using Halsoportal.Browser.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Halsoportal.Browser.Tests.Harness;

/// <summary>
/// The checks themselves: each one must catch the fault it exists for, or a green catalog run
/// would prove nothing. Pages here are made up in the browser (routed, never sent to the server).
/// </summary>
public sealed class PageChecksTests(HalsoportalServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const string Main = """<main id="innehall" tabindex="-1"><h1>Prov</h1><p>Text.</p></main>""";
    private const string SkipLink = """<a href="#innehall">Hoppa till innehållet</a>""";

    [Fact]
    public Task AxeAsync_ImageWithoutAltAndTinyTargets_ReportsRuleImpactSelectorAndHelp() => RunAsync(async session =>
    {
        await ServeAsync(session, $"""
            {SkipLink}
            <main id="innehall" tabindex="-1">
                <h1>Prov</h1>
                <img id="utan-alt" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                <p><button id="liten-a" style="all:unset;width:8px;height:8px">a</button><button id="liten-b" style="all:unset;width:8px;height:8px">b</button></p>
            </main>
            """);

        var problems = await PageChecks.AxeAsync(session.Page);

        var image = Assert.Single(problems, p => p.StartsWith("axe image-alt (critical): ", StringComparison.Ordinal));
        Assert.Contains("#utan-alt", image, StringComparison.Ordinal);
        Assert.Contains("dequeuniversity.com/rules/axe/", image, StringComparison.Ordinal);

        // Only the wcag22aa tag turns this rule on.
        var target = Assert.Single(problems, p => p.StartsWith("axe target-size ", StringComparison.Ordinal));
        Assert.Contains("#liten-a", target, StringComparison.Ordinal);
    });

    [Fact]
    public Task NoHorizontalScrollAsync_BlockWiderThanPhone_ReportsTheBlock() => RunAsync(
        async session =>
        {
            await ServeAsync(session, $"""{SkipLink}<main id="innehall" tabindex="-1"><div id="bred" style="width:600px">Bred</div></main>""");

            var problem = Assert.Single(await PageChecks.NoHorizontalScrollAsync(session.Page));

            Assert.Contains("innerWidth 320", problem, StringComparison.Ordinal);
            Assert.Contains("div#bred", problem, StringComparison.Ordinal);
        },
        new BrowserSessionOptions { Viewport = Viewport.Phone });

    [Fact]
    public Task SkipLinkAsync_AnotherLinkFirst_ReportsWhatGotFocus() => RunAsync(async session =>
    {
        await ServeAsync(session, $"""<a href="/">Hem</a>{SkipLink}{Main}""");

        var problem = Assert.Single(await PageChecks.SkipLinkAsync(session.Page));

        Assert.Contains("'Hem'", problem, StringComparison.Ordinal);
    });

    [Fact]
    public Task SkipLinkAsync_MainNotFocusable_ReportsFocusOutsideMain() => RunAsync(async session =>
    {
        await ServeAsync(session, $"""{SkipLink}<main id="innehall"><h1>Prov</h1></main>""");

        var problem = Assert.Single(await PageChecks.SkipLinkAsync(session.Page));

        Assert.Contains("not in <main>", problem, StringComparison.Ordinal);
    });

    [Fact]
    public Task LanguageAsync_YiddishExpectedOnASwedishLeftToRightPage_ReportsLangAndDir() => RunAsync(async session =>
    {
        await ServeAsync(session, $"""{SkipLink}{Main}""");

        var problems = await PageChecks.LanguageAsync(session.Page, "yi", "rtl");

        Assert.Equal(2, problems.Count);
        Assert.Contains("is 'sv', expected 'yi'", problems[0], StringComparison.Ordinal);
        Assert.Contains("is 'ltr' (computed 'ltr'), expected 'rtl'", problems[1], StringComparison.Ordinal);
        Assert.Empty(await PageChecks.LanguageAsync(session.Page));
    });

    [Fact]
    public Task SkipLinkAsync_WorkingSkipLink_ReportsNothing() => RunAsync(async session =>
    {
        await ServeAsync(session, $"""{SkipLink}<a href="/">Hem</a>{Main}""");

        Assert.Empty(await PageChecks.SkipLinkAsync(session.Page));
    });

    [Fact]
    public Task NoStorageAsync_CookieAndStorage_ReportsEach() => RunAsync(async session =>
    {
        await ServeAsync(session, $"{SkipLink}{Main}");
        await session.Page.EvaluateAsync("() => { document.cookie = 'spar=1; path=/'; localStorage.setItem('minne', '1'); sessionStorage.setItem('flik', '1'); }");

        var problems = await PageChecks.NoStorageAsync(session);

        Assert.Contains(problems, p => p.StartsWith("Cookies:", StringComparison.Ordinal) && p.Contains("spar", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Storage: localStorage", StringComparison.Ordinal) && p.Contains("minne", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Storage: sessionStorage", StringComparison.Ordinal) && p.Contains("flik", StringComparison.Ordinal));
    });

    [Fact]
    public Task OnlyOwnOrigin_ImageFromAnotherOrigin_ReportsIt() => RunAsync(async session =>
    {
        // Aborted in the browser: the request is seen, nothing leaves the machine (.invalid never resolves anyway).
        await session.Page.RouteAsync("http://tredje-part.invalid/**", route => route.AbortAsync());
        await ServeAsync(session, $"""{SkipLink}<main id="innehall" tabindex="-1"><h1>Prov</h1><img src="http://tredje-part.invalid/pixel.gif" alt=""></main>""");

        var problem = Assert.Single(PageChecks.OnlyOwnOrigin(session));

        Assert.Contains("http://tredje-part.invalid/pixel.gif", problem, StringComparison.Ordinal);
    });

    [Fact]
    public void DescribeProblems_WarningAndError_ListsBothAndNotInformation()
    {
        ServerLogEntry[] entries =
        [
            new(DateTimeOffset.Now, LogLevel.Information, "Kategori", new EventId(1), "allt väl", null),
            new(DateTimeOffset.Now, LogLevel.Warning, "Kategori", new EventId(2), "varning", null),
            new(DateTimeOffset.Now, LogLevel.Error, "Kategori", new EventId(3), "fel", new InvalidOperationException("trasigt")),
        ];

        var problems = ServerLog.DescribeProblems(entries);

        Assert.NotNull(problems);
        Assert.Contains("2 entries", problems, StringComparison.Ordinal);
        Assert.Contains("[Warning] Kategori (2): varning", problems, StringComparison.Ordinal);
        Assert.Contains("trasigt", problems, StringComparison.Ordinal);
        Assert.DoesNotContain("allt väl", problems, StringComparison.Ordinal);
        Assert.Null(ServerLog.DescribeProblems(entries.Take(1)));
    }

    /// <summary>Shows <paramref name="body"/> as a page at the server's origin, without the server seeing the request.</summary>
    private static async Task ServeAsync(BrowserSession session, string body)
    {
        var url = new Uri(session.BaseAddress, "_prov/sida").ToString();
        var html = $"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Prov</title></head><body>{body}</body></html>""";
        await session.Page.RouteAsync(url, route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }));
        await session.Page.GotoAsync(url);
    }
}
