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
public static partial class PageChecks
{
    /// <summary>
    /// axe tags: WCAG 2.0–2.2 A and AA plus best practice. <c>wcag22aa</c> turns on target-size. Read from the
    /// app's <see cref="Halsoportal.Web.Features.Accessibility.EvaluationMethod"/>, which the accessibility
    /// statement describes to residents, so the two cannot drift apart.
    /// </summary>
    public static IReadOnlyList<string> AxeTags => Halsoportal.Web.Features.Accessibility.EvaluationMethod.AxeTags;

    public const string SkipLinkText = "Hoppa till innehållet";
    public const string SkipLinkTarget = "#innehall";

    /// <summary>The skip link's text on a page in <paramref name="language"/>: English pages have English interface text, all others Swedish.</summary>
    public static string SkipLinkTextFor(string language) => language == "en" ? "Skip to content" : SkipLinkText;

    /// <summary>
    /// <c>&lt;html lang&gt;</c> is <paramref name="expectedLang"/> and its direction <paramref name="expectedDir"/>
    /// (no <c>dir</c> attribute counts as "ltr"); the direction the browser computes must agree.
    /// </summary>
    public static async Task<IReadOnlyList<string>> LanguageAsync(IPage page, string expectedLang = "sv", string expectedDir = "ltr")
    {
        ArgumentNullException.ThrowIfNull(page);
        var html = page.Locator("html");
        var lang = await html.GetAttributeAsync("lang");
        var dir = await html.GetAttributeAsync("dir") ?? "ltr";
        var computed = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).direction");
        var problems = new List<string>();
        if (lang != expectedLang)
        {
            problems.Add($"Language: <html lang> is '{lang}', expected '{expectedLang}'.");
        }

        if (dir != expectedDir || computed != expectedDir)
        {
            problems.Add($"Language: <html dir> is '{dir}' (computed '{computed}'), expected '{expectedDir}'.");
        }

        return problems;
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
                // In-flow content of a scroll container (a wide table in .table-scroll) scrolls there, not the page;
                // absolutely positioned elements may escape it, so they are always named.
                const scrollsInside = el => {
                    if (['absolute', 'fixed'].includes(getComputedStyle(el).position)) { return false; }
                    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                        if (getComputedStyle(p).overflowX !== 'visible') { return true; }
                    }
                    return false;
                };
                for (const el of document.body.querySelectorAll('*')) {
                    const rect = el.getBoundingClientRect();
                    if (rect.right > width + 0.5 && offenders.length < 8 && !scrollsInside(el)) {
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
    public static async Task<IReadOnlyList<string>> SkipLinkAsync(IPage page, string expectedText = SkipLinkText)
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
        if (text != expectedText || href != SkipLinkTarget)
        {
            return [$"Skip link: the first Tab focused <{focused.GetProperty("tag").GetString()}> '{text}' (href '{href}'), expected the link '{expectedText}' to {SkipLinkTarget}."];
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

    /// <summary>axe with <see cref="AxeTags"/>: zero violations. Needs JavaScript in the page (see <see cref="AxeWithoutJavaScriptAsync"/>).</summary>
    public static async Task<IReadOnlyList<string>> AxeAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            // axe waits on timers, which never fire in a context without JavaScript: bounded, so that mistake fails instead of hanging.
            var result = await AxeRunner.RunAsync(page, new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AxeTags] },

                // Only violations are reported: axe then skips describing every passing node, which is most of its time.
                ResultTypes = [ResultType.Violations],
            }).WaitAsync(TimeSpan.FromSeconds(30));
            return [.. result.Violations.Select(DescribeViolation)];
        }
        catch (TimeoutException)
        {
            return ["axe: did not finish within 30 s (in a context without JavaScript it never does: use AxeWithoutJavaScriptAsync)."];
        }
    }

    /// <summary>
    /// axe for a page shown without JavaScript. axe itself needs JavaScript, so the page's DOM as the
    /// no-JavaScript browser has it (scripts removed, so nothing can change it) is copied into
    /// <paramref name="helper"/> — a page of a JavaScript context with the same viewport, on the same
    /// origin so the same stylesheets apply — and checked there.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AxeWithoutJavaScriptAsync(IPage page, IPage helper)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(helper);
        var snapshot = await page.EvaluateAsync<string>("""
            () => {
                const copy = document.documentElement.cloneNode(true);
                copy.querySelectorAll('script').forEach(s => s.remove());
                return '<!DOCTYPE html>' + copy.outerHTML;
            }
            """);

        // Any same-origin document will do as the host (relative links then resolve as on the page); a static file is the cheapest.
        var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        await helper.GotoAsync($"{origin}/css/site.css");
        await helper.SetContentAsync(snapshot);
        return [.. (await AxeAsync(helper)).Select(p => $"{p} (checked on a copy of the page as shown without JavaScript)")];
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
    /// <summary>A text page's first view may cost a resident on a slow phone connection at most this much (issue 7's budget).</summary>
    public const long FirstViewBudgetBytes = 100 * 1024;

    /// <summary>
    /// The bytes a first view transferred (document, styles, scripts, fonts, images; headers
    /// included), against <see cref="FirstViewBudgetBytes"/>. Pages that show content images
    /// (an article's photo) are held to the budget without those images.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FirstViewBudgetAsync(BrowserSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        await session.RequestsSettledAsync(TimeSpan.FromSeconds(10));
        var hasContentImages = await session.Page.Locator("main img:not([alt=''])").CountAsync() > 0;
        var counted = (await session.TransfersAsync())
            .Where(t => !(hasContentImages && t.ResourceType == "image"))
            .ToList();
        var total = counted.Sum(t => t.Bytes);
        return total <= FirstViewBudgetBytes ? [] :
            [$"First view transferred {total / 1024.0:0.0} KB, over the {FirstViewBudgetBytes / 1024} KB budget: {string.Join(", ", counted.OrderByDescending(t => t.Bytes).Take(5).Select(t => $"{new Uri(t.Url).PathAndQuery} {t.Bytes / 1024.0:0.0} KB"))}."];
    }

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

    /// <summary>The prefix every backoffice cookie has (security.md items 4 and 14).</summary>
    public const string EditorCookiePrefix = "__Host-redaktor";

    /// <summary>
    /// Backoffice pages (security.md items 4 and 14): only the backoffice's own cookies — named
    /// <c>__Host-redaktor…</c>, host-only on path <c>/</c>, Secure, HttpOnly, SameSite=Strict and
    /// gone when the browser closes — and nothing in <c>localStorage</c> or <c>sessionStorage</c>.
    /// </summary>
    public static async Task<IReadOnlyList<string>> EditorCookiesOnlyAsync(BrowserSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var problems = new List<string>();
        foreach (var cookie in await session.Context.CookiesAsync())
        {
            var faults = new List<string>();
            if (!cookie.Name.StartsWith(EditorCookiePrefix, StringComparison.Ordinal))
            {
                faults.Add($"its name does not start with {EditorCookiePrefix}");
            }

            if (!cookie.Secure)
            {
                faults.Add("not Secure");
            }

            if (!cookie.HttpOnly)
            {
                faults.Add("not HttpOnly");
            }

            if (cookie.SameSite != SameSiteAttribute.Strict)
            {
                faults.Add($"SameSite={cookie.SameSite}, expected Strict");
            }

            if (cookie.Path != "/" || cookie.Domain.StartsWith('.'))
            {
                faults.Add($"domain '{cookie.Domain}' path '{cookie.Path}', expected host-only on /");
            }

            if (cookie.Expires >= 0)
            {
                faults.Add($"persistent until {DateTimeOffset.FromUnixTimeSeconds((long)cookie.Expires):u}, expected a session cookie");
            }

            if (faults.Count > 0)
            {
                problems.Add($"Cookies: {cookie.Name} is {string.Join(", ", faults)}.");
            }
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
                    problems.Add($"Storage: {area}Storage holds {string.Join(", ", keys)}; the backoffice stores nothing in the browser.");
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// A form shown again with errors (accessibility.md item 9): the title starts with "Fel:", the
    /// error summary is shown (and has focus when JavaScript runs), and each of its links, followed
    /// with the keyboard, puts focus on the field it names — a field that is described by its message.
    /// Moves focus; run it after the checks that need the page as it loaded.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ErrorSummaryAsync(IPage page, bool javaScriptEnabled)
    {
        ArgumentNullException.ThrowIfNull(page);
        var problems = new List<string>();
        var title = await page.TitleAsync();
        if (!title.StartsWith("Fel:", StringComparison.Ordinal))
        {
            problems.Add($"Error summary: the title is '{title}'; with errors it must start with 'Fel:'.");
        }

        var summary = page.Locator("[data-error-summary]");
        if (await summary.CountAsync() != 1 || !await summary.IsVisibleAsync())
        {
            problems.Add("Error summary: there is no visible error summary ([data-error-summary]).");
            return problems;
        }

        if (javaScriptEnabled && !await summary.EvaluateAsync<bool>("el => el === document.activeElement"))
        {
            problems.Add("Error summary: it does not have focus after the page loaded (editor.js focuses it).");
        }

        var links = await summary.GetByRole(AriaRole.Link).AllAsync();
        if (links.Count == 0)
        {
            problems.Add("Error summary: it has no links to the fields.");
        }

        foreach (var link in links)
        {
            var message = (await link.InnerTextAsync()).Trim();
            var href = await link.GetAttributeAsync("href") ?? "";
            if (!href.StartsWith('#'))
            {
                // A link to another page (a publish check's field on the edit page) is followed there, not here.
                continue;
            }

            var id = href[1..];
            await link.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            var target = await page.EvaluateAsync<JsonElement>(
                """
                id => {
                    const el = document.getElementById(id);
                    if (!el) { return { exists: false }; }
                    const described = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean)
                        .map(d => document.getElementById(d)).filter(Boolean).map(d => d.textContent.replace(/\s+/g, ' ').trim());
                    const active = document.activeElement;
                    return {
                        exists: true,
                        focused: active === el,
                        active: active ? active.tagName.toLowerCase() + (active.id ? '#' + active.id : '') : 'nothing',
                        isField: el.matches('input, select, textarea, fieldset'),
                        described,
                    };
                }
                """,
                id);
            if (!target.GetProperty("exists").GetBoolean())
            {
                problems.Add($"Error summary: '{message}' links to {href}, and there is no element with that id.");
                continue;
            }

            if (!target.GetProperty("focused").GetBoolean())
            {
                problems.Add($"Error summary: following '{message}' ({href}) put focus on {target.GetProperty("active").GetString()}, not on {href}.");
            }

            if (target.GetProperty("isField").GetBoolean()
                && !target.GetProperty("described").EnumerateArray().Any(d => d.GetString()!.Contains(message, StringComparison.Ordinal)))
            {
                problems.Add($"Error summary: the field {href} is not described by its message '{message}' (aria-describedby).");
            }
        }

        return problems;
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
