using Halsoportal.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Halsoportal.Browser.Tests.Harness;

/// <summary>
/// The checks the backoffice tests added, each shown a made-up faulty page (routed in the browser, never
/// sent to the server) that it must report, and a sound one it must pass.
/// </summary>
public sealed class EditorChecksTests(HalsoportalServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const string SkipLink = """<a href="#innehall">Hoppa till innehållet</a>""";

    [Fact]
    public Task EditorCookiesOnlyAsync_ForeignLaxAndPersistentCookies_ReportsEachAndPassesTheSessionCookie() => RunAsync(async session =>
    {
        await ServeAsync(session, "Prov", $"""{SkipLink}<main id="innehall" tabindex="-1"><h1>Prov</h1></main>""");
        var host = session.BaseAddress.Host;
        await session.Context.AddCookiesAsync(
        [
            new() { Name = "__Host-redaktor", Value = "1", Domain = host, Path = "/", Secure = true, HttpOnly = true, SameSite = SameSiteAttribute.Strict },
            new() { Name = "spar", Value = "1", Domain = host, Path = "/", SameSite = SameSiteAttribute.Strict, Secure = true, HttpOnly = true },
            new() { Name = "__Host-redaktor-lax", Value = "1", Domain = host, Path = "/", Secure = true, HttpOnly = true, SameSite = SameSiteAttribute.Lax },
            new() { Name = "__Host-redaktor-kvar", Value = "1", Domain = host, Path = "/", Secure = true, HttpOnly = true, SameSite = SameSiteAttribute.Strict, Expires = DateTimeOffset.UtcNow.AddDays(30).ToUnixTimeSeconds() },
        ]);
        await session.Page.EvaluateAsync("() => localStorage.setItem('utkast', '1')");

        var problems = await PageChecks.EditorCookiesOnlyAsync(session);

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Cookies: spar ", StringComparison.Ordinal) && p.Contains("does not start with __Host-redaktor", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Cookies: __Host-redaktor-lax ", StringComparison.Ordinal) && p.Contains("SameSite=Lax", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Cookies: __Host-redaktor-kvar ", StringComparison.Ordinal) && p.Contains("expected a session cookie", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Storage: localStorage holds utkast", StringComparison.Ordinal));
    });

    [Fact]
    public Task ErrorSummaryAsync_NoFelTitleUnfocusedBrokenAndUndescribedLinks_ReportsEach() => RunAsync(async session =>
    {
        await ServeAsync(session, "Ny artikel", $"""
            {SkipLink}
            <main id="innehall" tabindex="-1">
                <div role="alert" tabindex="-1" data-error-summary><h2>Det finns 3 fel att rätta</h2><ul>
                    <li><a href="#rubrik">Skriv en rubrik.</a></li>
                    <li><a href="#saknas">Skriv en ingress.</a></li>
                    <li><a href="#enhet">Skriv vilken enhet som ansvarar.</a></li>
                </ul></div>
                <label for="rubrik">Rubrik</label><p id="rubrik-fel">Skriv en rubrik.</p><input id="rubrik" aria-describedby="rubrik-fel">
                <label for="enhet">Ansvarig enhet</label><input id="enhet">
            </main>
            """);

        var problems = await PageChecks.ErrorSummaryAsync(session.Page, javaScriptEnabled: true);

        Assert.Contains(problems, p => p.Contains("must start with 'Fel:'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("does not have focus", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'Skriv en ingress.' links to #saknas, and there is no element", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("#enhet is not described by its message", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("#rubrik", StringComparison.Ordinal));
        Assert.Equal(4, problems.Count);
    });

    [Fact]
    public Task ErrorSummaryAsync_SoundSummary_ReportsNothing() => RunAsync(async session =>
    {
        await ServeAsync(session, "Fel: Ny artikel", $"""
            {SkipLink}
            <main id="innehall" tabindex="-1">
                <div role="alert" tabindex="-1" data-error-summary><h2>Det finns 2 fel att rätta</h2><ul>
                    <li><a href="#rubrik">Skriv en rubrik.</a></li>
                    <li><a href="#amnen">Välj minst ett ämne.</a></li>
                </ul></div>
                <label for="rubrik">Rubrik</label><p id="rubrik-fel"><span>Fel: </span>Skriv en rubrik.</p><input id="rubrik" aria-describedby="rubrik-fel">
                <fieldset id="amnen" tabindex="-1" aria-describedby="amnen-fel"><legend>Ämnen</legend><p id="amnen-fel">Välj minst ett ämne.</p>
                    <input type="checkbox" id="a1"><label for="a1">Sömn</label></fieldset>
            </main>
            """);
        await session.Page.Locator("[data-error-summary]").FocusAsync();

        Assert.Empty(await PageChecks.ErrorSummaryAsync(session.Page, javaScriptEnabled: true));
    });

    [Fact]
    public async Task AxeWithoutJavaScriptAsync_ImageWithoutAltThatAScriptWouldFix_ReportsIt()
    {
        BrowserSession? helper = null;
        await RunAsync(
            async session =>
            {
                // With JavaScript the script would give the image its alt text; the check must see the page as shown without.
                await ServeAsync(session, "Prov", $"""
                    {SkipLink}
                    <main id="innehall" tabindex="-1"><h1>Prov</h1><img id="utan-alt" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main>
                    <script>document.getElementById('utan-alt').alt = 'Prov';</script>
                    """);
                helper = await OpenSessionAsync(BrowserSessionOptions.Default, "axe");

                var problems = await PageChecks.AxeWithoutJavaScriptAsync(session.Page, helper.Page);

                var image = Assert.Single(problems, p => p.StartsWith("axe image-alt ", StringComparison.Ordinal));
                Assert.Contains("#utan-alt", image, StringComparison.Ordinal);
                Assert.Contains("without JavaScript", image, StringComparison.Ordinal);
            },
            new BrowserSessionOptions { JavaScriptEnabled = false });
        Assert.NotNull(helper);
    }

    [Fact]
    public Task NoHorizontalScrollAsync_HiddenTextEscapingAScrollRegion_NamesItNotTheTable() => RunAsync(
        async session =>
        {
            await ServeAsync(session, "Prov", $"""
                {SkipLink}
                <main id="innehall" tabindex="-1"><h1>Prov</h1>
                    <div class="table-scroll" style="overflow-x:auto"><table style="width:600px"><tr><td>Bred</td><td>
                        <span id="dold" style="position:absolute;width:1px;height:1px;overflow:hidden;white-space:nowrap">dold text</span>
                    </td></tr></table></div>
                </main>
                """);

            var problem = Assert.Single(await PageChecks.NoHorizontalScrollAsync(session.Page));

            Assert.Contains("span#dold", problem, StringComparison.Ordinal);
            Assert.DoesNotContain("table", problem, StringComparison.Ordinal);
        },
        new BrowserSessionOptions { Viewport = Viewport.Phone });

    [Fact]
    public Task KeyboardUser_FocusUnderAFixedBanner_FailsNamingTheElement() => RunAsync(async session =>
    {
        await ServeAsync(session, "Prov", $"""
            {SkipLink}
            <div style="position:fixed;inset:0 0 auto 0;height:200px;background:#fff">Banner</div>
            <main id="innehall" tabindex="-1"><h1>Prov</h1><p><a id="under" href="/">Under bannern</a></p><p><a id="mal" href="/">Målet</a></p></main>
            """);

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => new KeyboardUser(session.Page).TabToAsync(session.Page.Locator("#mal")));

        Assert.Contains("which something else covers", failure.Message, StringComparison.Ordinal);
    });

    [Fact]
    public Task KeyboardUser_TargetOutOfReach_FailsWithThePath() => RunAsync(async session =>
    {
        await ServeAsync(session, "Prov", $"""{SkipLink}<main id="innehall" tabindex="-1"><h1>Prov</h1><p><a href="/">Hem</a> <span id="mal">inte fokuserbar</span></p></main>""");

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => new KeyboardUser(session.Page) { MaxPresses = 5 }.TabToAsync(session.Page.Locator("#mal")));

        Assert.Contains("was not reached after 5 Tab presses", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'Hem'", failure.Message, StringComparison.Ordinal);
    });

    /// <summary>Shows <paramref name="body"/> as a page at the server's origin, without the server seeing the request.</summary>
    private static async Task ServeAsync(BrowserSession session, string title, string body)
    {
        var url = new Uri(session.BaseAddress, "_prov/redaktor").ToString();
        var html = $"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>""";
        await session.Page.RouteAsync(url, route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }));
        await session.Page.GotoAsync(url);
    }
}
