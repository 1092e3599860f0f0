using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>
/// The checks every page must pass (docs: shared/design/accessibility.md). Each returns the problems
/// it found, worded for the person fixing the page, so one test can report every broken check at once.
/// </summary>
public static class PageChecks
{
    /// <summary>axe tags: WCAG 2.0–2.2 A and AA plus best practice. <c>wcag22aa</c> turns on target-size.</summary>
    public static readonly IReadOnlyList<string> AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    public const string SkipLinkText = "Hoppa till innehållet";
    public const string SkipLinkTarget = "#innehall";

    /// <summary><c>&lt;html lang="sv"&gt;</c>.</summary>
    public static async Task<IReadOnlyList<string>> LanguageAsync(IPage page)
    {
        var lang = await page.Locator("html").GetAttributeAsync("lang");
        return lang == "sv" ? [] : [$"Language: <html lang> is '{lang}', expected 'sv'."];
    }

    /// <summary>WCAG 1.4.10: nothing wider than the window, so no horizontal scrolling.</summary>
    public static async Task<IReadOnlyList<string>> NoHorizontalScrollAsync(IPage page)
    {
        var result = await page.EvaluateAsync<JsonElement>("""
            () => {
                const width = window.innerWidth;
                const describe = el => el.tagName.toLowerCase()
                    + (el.id ? '#' + el.id : '')
                    + [...el.classList].map(c => '.' + c).join('');
                const offenders = [];
                for (const el of document.body.querySelectorAll('*')) {
                    const rect = el.getBoundingClientRect();
                    if (rect.right > width + 0.5 && offenders.length < 8) {
                        offenders.push(describe(el) + ' (right edge ' + Math.round(rect.right) + ' px)');
                    }
                }
                return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, offenders };
            }
            """);
        var scrollWidth = result.GetProperty("scrollWidth").GetInt32();
        var innerWidth = result.GetProperty("innerWidth").GetInt32();
        if (scrollWidth <= innerWidth)
        {
            return [];
        }

        var offenders = result.GetProperty("offenders").EnumerateArray().Select(o => o.GetString()).ToList();
        return [$"Reflow: the page scrolls sideways (scrollWidth {scrollWidth} > innerWidth {innerWidth}). Wider than the window: {string.Join(", ", offenders)}."];
    }

    /// <summary>The first Tab reaches the skip link, which is then visible; activating it puts focus in <c>main</c>.</summary>
    public static async Task<IReadOnlyList<string>> SkipLinkAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<JsonElement>("""
            () => {
                const el = document.activeElement;
                const rect = el.getBoundingClientRect();
                return {
                    tag: el.tagName.toLowerCase(),
                    text: (el.textContent || '').trim(),
                    href: el.getAttribute('href'),
                    visible: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight
                        && getComputedStyle(el).visibility !== 'hidden',
                };
            }
            """);
        var text = focused.GetProperty("text").GetString();
        var href = focused.GetProperty("href").ValueKind == JsonValueKind.String ? focused.GetProperty("href").GetString() : null;
        if (text != SkipLinkText || href != SkipLinkTarget)
        {
            return [$"Skip link: the first Tab focused <{focused.GetProperty("tag").GetString()}> '{text}' (href '{href}'), expected the link '{SkipLinkText}' to {SkipLinkTarget}."];
        }

        var problems = new List<string>();
        if (!focused.GetProperty("visible").GetBoolean())
        {
            problems.Add("Skip link: it has focus but is not visible in the window.");
        }

        await page.Keyboard.PressAsync("Enter");
        var inMain = await page.EvaluateAsync<bool>("() => document.activeElement?.closest('main') !== null");
        if (!inMain)
        {
            var now = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.tagName.toLowerCase() : 'nothing'");
            problems.Add($"Skip link: after activating it, focus is on <{now}>, not in <main>.");
        }

        return problems;
    }

    /// <summary>axe with <see cref="AxeTags"/>: zero violations.</summary>
    public static async Task<IReadOnlyList<string>> AxeAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AxeTags] },
        });
        return [.. result.Violations.Select(DescribeViolation)];
    }

    /// <summary>No cookies, nothing in localStorage or sessionStorage (privacy: the site stores nothing).</summary>
    public static async Task<IReadOnlyList<string>> NoStorageAsync(BrowserSession session)
    {
        var problems = new List<string>();
        var cookies = await session.Context.CookiesAsync();
        if (cookies.Count > 0)
        {
            problems.Add($"Cookies: the site set {string.Join(", ", cookies.Select(c => $"{c.Name} ({c.Domain}{c.Path})"))}; it must set none.");
        }

        if (session.Options.JavaScriptEnabled)
        {
            var stored = await session.Page.EvaluateAsync<JsonElement>(
                "() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) })");
            foreach (var area in new[] { "local", "session" })
            {
                var keys = stored.GetProperty(area).EnumerateArray().Select(k => k.GetString()).ToList();
                if (keys.Count > 0)
                {
                    problems.Add($"Storage: {area}Storage holds {string.Join(", ", keys)}; the site must store nothing.");
                }
            }
        }

        return problems;
    }

    /// <summary>Every request went to the server itself: no fonts, analytics or CDNs from elsewhere.</summary>
    public static IReadOnlyList<string> OnlyOwnOrigin(BrowserSession session)
    {
        var own = session.BaseAddress.GetLeftPart(UriPartial.Authority);
        var foreign = session.RequestedUrls
            .Select(url => new Uri(url))
            // data: and blob: URLs are content inside the page, not requests to an origin.
            .Where(uri => uri.Scheme is not ("data" or "blob"))
            .Where(uri => !string.Equals(uri.GetLeftPart(UriPartial.Authority), own, StringComparison.OrdinalIgnoreCase))
            .Select(uri => uri.ToString())
            .Distinct()
            .ToList();
        return foreign.Count == 0 ? [] : [$"Third parties: the browser requested {string.Join(", ", foreign)}; only {own} is allowed."];
    }

    private static string DescribeViolation(AxeResultItem violation)
    {
        var text = new StringBuilder()
            .Append($"axe {violation.Id} ({violation.Impact}): {violation.Help} — {violation.HelpUrl}");
        foreach (var node in violation.Nodes)
        {
            text.AppendLine().Append($"    at {node.Target}: {Shorten(node.Html)}");
        }

        return text.ToString();
    }

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 160 ? html : html[..157] + "...";
}
