using Halsoportal.Browser.Tests.Infrastructure;
using Halsoportal.Web.Features.Accessibility;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Halsoportal.Browser.Tests.Harness;

/// <summary>
/// The adaptation checks (text size and spacing, reduced motion, targets, forced colours) each catch the fault
/// they exist for and pass a page without it; and the accessibility statement describes exactly these checks.
/// </summary>
public sealed class AdaptationChecksTests(HalsoportalServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const string SkipLink = """<a href="#innehall">Hoppa till innehållet</a>""";

    [Fact]
    public void Implemented_AreTheChecksTheStatementDescribes()
    {
        Assert.Equal(EvaluationMethod.Checks.Select(c => c.Id).Order(StringComparer.Ordinal), PageChecks.Implemented.Order(StringComparer.Ordinal));
        Assert.Same(EvaluationMethod.AxeTags, PageChecks.AxeTags);
        Assert.Equal([(Viewport.Phone.Width, Viewport.Phone.Height), (Viewport.Desktop.Width, Viewport.Desktop.Height)], EvaluationMethod.Viewports);
    }

    [Fact]
    public Task TextAdaptationAsync_FixedHeightBoxAndPixelText_ReportsEach() => RunAsync(
        async session =>
        {
            await ServeAsync(session, $"""
                {SkipLink}
                <main id="innehall" tabindex="-1">
                    <h1>Prov</h1>
                    <div id="fast-hojd" style="height:20px;overflow:hidden">En rad text</div>
                    <div id="tat" style="height:3em;overflow:hidden"><p style="margin:0">Rad ett</p><p style="margin:0">Rad två</p></div>
                </main>
                """);

            var problems = await PageChecks.TextAdaptationAsync(session.Page);

            Assert.Contains(problems, p => p.StartsWith("200 % text: text is clipped", StringComparison.Ordinal) && p.Contains("div#fast-hojd", StringComparison.Ordinal) && !p.Contains("div#tat", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.StartsWith("Text spacing (WCAG 1.4.12): text is clipped", StringComparison.Ordinal) && p.Contains("div#tat", StringComparison.Ordinal));

            await ServeAsync(session, $"""{SkipLink}<main id="innehall" tabindex="-1" style="font-size:16px"><h1>Prov</h1><p>Text.</p></main>""");
            Assert.Contains(await PageChecks.TextAdaptationAsync(session.Page), p => p.Contains("did not grow", StringComparison.Ordinal));
        },
        new BrowserSessionOptions { Viewport = Viewport.Phone });

    [Fact]
    public Task TextAdaptationAsync_NoWrapLine_ReportsSidewaysScroll() => RunAsync(
        async session =>
        {
            await ServeAsync(session, $"""{SkipLink}<main id="innehall" tabindex="-1"><h1>Prov</h1><p id="lang-rad" style="white-space:nowrap">Rörelse, mat och sömn i vardagen</p></main>""");

            var problem = Assert.Single(await PageChecks.TextAdaptationAsync(session.Page), p => p.StartsWith("200 % text: the page scrolls sideways", StringComparison.Ordinal));

            Assert.Contains("p#lang-rad", problem, StringComparison.Ordinal);
        },
        new BrowserSessionOptions { Viewport = Viewport.Phone });

    [Fact]
    public Task TextAdaptationAsync_FlexibleText_ReportsNothing() => RunAsync(
        async session =>
        {
            await ServeAsync(session, $"""{SkipLink}<main id="innehall" tabindex="-1"><h1>Prov</h1><p>Rörelse, mat och sömn i vardagen, med lite längre text som bryts.</p><div style="min-height:2em;overflow:hidden">Ruta</div></main>""");

            Assert.Empty(await PageChecks.TextAdaptationAsync(session.Page));
        },
        new BrowserSessionOptions { Viewport = Viewport.Phone });

    [Fact]
    public Task TextAdaptationAsync_UnderTheSitesCsp_StillChangesTheText() => RunAsync(
        async session =>
        {
            // The site forbids inline styles; the check's styles must apply anyway, or it would pass everything.
            await ServeAsync(session, $"""{SkipLink}<main id="innehall" tabindex="-1"><h1>Prov</h1><p>Text.</p></main>""", csp: "default-src 'self'; style-src 'self'");

            Assert.Empty(await PageChecks.TextAdaptationAsync(session.Page));
            Assert.Equal("16px", await session.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main')).fontSize"));
        },
        new BrowserSessionOptions { Viewport = Viewport.Phone });

    [Fact]
    public Task ReducedMotionAsync_AnimationAndTransition_ReportsBoth_AndNothingWhenTheMediaQueryStopsThem() => RunAsync(async session =>
    {
        const string Motion = """
            <style>
                .snurra { animation: snurra 2s infinite linear; }
                @keyframes snurra { to { transform: rotate(1turn); } }
                .mjuk { transition: color 0.3s; }
                {0}
            </style>
            <a href="#innehall">Hoppa till innehållet</a>
            <main id="innehall" tabindex="-1"><h1>Prov</h1><p id="hjul" class="snurra">o</p><a id="lank" class="mjuk" href="/">Länk</a></main>
            """;
        await ServeAsync(session, Motion.Replace("{0}", "", StringComparison.Ordinal));

        var problem = Assert.Single(await PageChecks.ReducedMotionAsync(session.Page));

        Assert.Contains("p#hjul.snurra has animation snurra", problem, StringComparison.Ordinal);
        Assert.Contains("a#lank.mjuk has transition color 0.3s", problem, StringComparison.Ordinal);

        await ServeAsync(session, Motion.Replace("{0}", "@media (prefers-reduced-motion: reduce) { *, *::before, *::after { animation: none !important; transition: none !important; } }", StringComparison.Ordinal));
        Assert.Empty(await PageChecks.ReducedMotionAsync(session.Page));
    });

    [Fact]
    public Task TargetSizeAsync_SmallButtonAndBareCheckbox_ReportsThem_ButNotALabelledCheckbox() => RunAsync(
        async session =>
        {
            await ServeAsync(session, $"""
                {SkipLink}
                <main id="innehall" tabindex="-1">
                    <h1>Prov</h1>
                    <button id="liten" style="width:30px;height:30px;padding:0">x</button>
                    <button id="stor" style="min-width:44px;min-height:44px">Sök</button>
                    <input id="ensam" type="checkbox" aria-label="Ensam">
                    <p><input id="fin" type="checkbox"><label for="fin" style="display:inline-block;min-height:44px;padding-inline:0.5rem">Med etikett</label></p>
                    <p><input id="dold" type="radio" style="position:absolute;width:1px;height:1px;opacity:0"><label for="dold" style="display:block;min-height:44px">Dold knapp, stor etikett</label></p>
                </main>
                """);

            var problem = Assert.Single(await PageChecks.TargetSizeAsync(session.Page));

            Assert.Contains("2 smaller than 44×44 px", problem, StringComparison.Ordinal);
            Assert.Contains("button#liten \"x\" (30×30 px)", problem, StringComparison.Ordinal);
            Assert.Contains("input#ensam[type=checkbox]", problem, StringComparison.Ordinal);
            Assert.DoesNotContain("#fin", problem, StringComparison.Ordinal);
            Assert.DoesNotContain("#dold", problem, StringComparison.Ordinal);
        },
        new BrowserSessionOptions { Viewport = Viewport.Phone });

    [Fact]
    public Task ForcedColorsFocusAsync_FocusShownOnlyByShadow_ReportsIt_ButNotAnOutline() => RunAsync(async session =>
    {
        await ServeAsync(session, $$"""
            <style>
                button { outline: none; }
                #skugga:focus-visible { box-shadow: 0 0 0 4px #fd0; }
                #kontur:focus-visible { outline: 3px solid #fd0; outline-offset: 2px; }
            </style>
            {{SkipLink}}
            <main id="innehall" tabindex="-1"><h1>Prov</h1><p><button id="skugga">Skugga</button></p><p><button id="kontur" class="annan">Kontur</button></p></main>
            """);
        await session.Page.Keyboard.PressAsync("Tab");

        var problem = Assert.Single(await PageChecks.ForcedColorsFocusAsync(session.Page));

        Assert.Contains("button#skugga looks the same focused and unfocused", problem, StringComparison.Ordinal);

        // The page is left as it was: focus back where it was, no probe attributes, forced colours off.
        Assert.Equal("Hoppa till innehållet", await session.Page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.Equal(0, await session.Page.Locator("[data-fokusprov]").CountAsync());
        Assert.False(await session.Page.EvaluateAsync<bool>("() => matchMedia('(forced-colors: active)').matches"));
    });

    /// <summary>Shows <paramref name="body"/> as a page at the server's origin, without the server seeing the request.</summary>
    private static async Task ServeAsync(BrowserSession session, string body, string? csp = null)
    {
        var url = new Uri(session.BaseAddress, $"_prov/anpassning-{Guid.NewGuid():N}").ToString();
        var html = $"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Prov</title></head><body>{body}</body></html>""";
        var headers = csp is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Content-Security-Policy"] = csp };
        await session.Page.RouteAsync(url, route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = html, Headers = headers }));
        await session.Page.GotoAsync(url);
    }
}
