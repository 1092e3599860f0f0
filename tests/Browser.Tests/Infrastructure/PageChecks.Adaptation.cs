using System.Text.Json;
using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>
/// The checks for people who adapt the page (accessibility.md items 3, 6, 7 and 8): bigger text, more text
/// spacing, reduced motion, finger-sized targets and forced colours. Each leaves the page as it found it.
/// </summary>
public static partial class PageChecks
{
    /// <summary>
    /// The names of the checks the catalog runs on every page; the accessibility statement describes exactly
    /// these (<see cref="Halsoportal.Web.Features.Accessibility.EvaluationMethod.Checks"/>, held equal by a test).
    /// </summary>
    public static IReadOnlyList<string> Implemented { get; } =
        ["axe", "skip-link", "language", "reflow", "text-resize", "text-spacing", "reduced-motion", "targets", "forced-colors"];

    /// <summary>WCAG 2.5.8 as accessibility.md tightens it for phones: 44 CSS px each way.</summary>
    public const double MinTargetSize = 44;

    /// <summary>200 % text: the root font size doubled, as a browser's text-size setting does (only relative sizes follow it).</summary>
    public const string TextResizeCss = "html { font-size: 200% !important; }";

    /// <summary>WCAG 1.4.12 text spacing, as the W3C's test bookmarklet sets it.</summary>
    public const string TextSpacingCss = """
        *, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        p { margin-block-end: 2em !important; }
        """;

    /// <summary>
    /// WCAG 1.4.4 and 1.4.12: with the text at 200 % (its size must really double), and then with 1.4.12's text
    /// spacing, the page does not scroll sideways and no text is clipped — no element with <c>overflow: hidden</c>
    /// or <c>clip</c> whose content is larger than its box (elements of 2 px or less are visually hidden text
    /// for screen readers and are skipped).
    /// </summary>
    public static async Task<IReadOnlyList<string>> TextAdaptationAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var problems = new List<string>();
        problems.AddRange(await TextAdaptedAsync(page, "200 % text", TextResizeCss, expectScale: 2));
        problems.AddRange(await TextAdaptedAsync(page, "Text spacing (WCAG 1.4.12)", TextSpacingCss, expectScale: null));
        return problems;
    }

    private static async Task<IReadOnlyList<string>> TextAdaptedAsync(IPage page, string name, string css, double? expectScale)
    {
        var result = await page.EvaluateAsync<JsonElement>("""
            css => {
                const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map(c => '.' + c).join('');
                const sample = document.querySelector('main') || document.body;
                const before = parseFloat(getComputedStyle(sample).fontSize);
                // A constructed style sheet: the site's CSP blocks an injected <style> element, not this.
                const sheet = new CSSStyleSheet();
                sheet.replaceSync(css);
                document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
                try {
                    const after = parseFloat(getComputedStyle(sample).fontSize);
                    const width = window.innerWidth;
                    const scrollsInside = el => {
                        if (['absolute', 'fixed'].includes(getComputedStyle(el).position)) { return false; }
                        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                            if (getComputedStyle(p).overflowX !== 'visible') { return true; }
                        }
                        return false;
                    };
                    const wide = [];
                    const clipped = [];
                    const hides = v => v === 'hidden' || v === 'clip';
                    for (const el of document.body.querySelectorAll('*')) {
                        const rect = el.getBoundingClientRect();
                        const cs = getComputedStyle(el);
                        if (rect.right > width + 0.5 && wide.length < 8 && !scrollsInside(el)) {
                            wide.push(describe(el) + ' (right edge ' + Math.round(rect.right) + ' px)');
                        } else if (cs.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && wide.length < 8 && !scrollsInside(el)
                                   && [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) {
                            // Its own text runs out of it (a line that cannot wrap).
                            wide.push(describe(el) + ' (text ' + el.scrollWidth + ' px wide in ' + el.clientWidth + ' px)');
                        }
                        if (!hides(cs.overflowX) && !hides(cs.overflowY)) { continue; }
                        if (el.clientWidth <= 2 || el.clientHeight <= 2 || !el.textContent.trim()) { continue; }
                        const overX = hides(cs.overflowX) && el.scrollWidth > el.clientWidth + 1;
                        const overY = hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1;
                        if ((overX || overY) && clipped.length < 8) {
                            clipped.push(describe(el) + ' (content ' + el.scrollWidth + '×' + el.scrollHeight + ' px in a box of ' + el.clientWidth + '×' + el.clientHeight + ')');
                        }
                    }
                    return { before, after, scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide, clipped };
                } finally {
                    document.adoptedStyleSheets = document.adoptedStyleSheets.filter(s => s !== sheet);
                }
            }
            """, css);
        var problems = new List<string>();
        var before = result.GetProperty("before").GetDouble();
        var after = result.GetProperty("after").GetDouble();
        if (expectScale is { } scale && after < before * scale - 0.5)
        {
            problems.Add($"{name}: the text did not grow with the browser's text size ({before:0.#} px → {after:0.#} px in main); set font sizes in rem or em, not px.");
        }

        var scrollWidth = result.GetProperty("scrollWidth").GetInt32();
        var innerWidth = result.GetProperty("innerWidth").GetInt32();
        if (scrollWidth > innerWidth)
        {
            problems.Add($"{name}: the page scrolls sideways (scrollWidth {scrollWidth} > innerWidth {innerWidth}). Wider than the window: {Join(result.GetProperty("wide"))}.");
        }

        if (result.GetProperty("clipped").GetArrayLength() > 0)
        {
            problems.Add($"{name}: text is clipped by overflow hidden: {Join(result.GetProperty("clipped"))}.");
        }

        return problems;
    }

    /// <summary>
    /// WCAG 2.3.3 / 2.2.2 as accessibility.md item 7 asks: with <c>prefers-reduced-motion: reduce</c> no element
    /// (nor its ::before or ::after) has a CSS animation or a transition longer than 0 s, nothing is animating,
    /// and the page does not scroll smoothly.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ReducedMotionAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        try
        {
            var found = await page.EvaluateAsync<string[]>("""
                () => {
                    const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map(c => '.' + c).join('');
                    const longest = v => Math.max(0, ...v.split(',').map(s => s.trim()).map(s => s.endsWith('ms') ? parseFloat(s) : parseFloat(s) * 1000).filter(n => !isNaN(n)));
                    const found = [];
                    for (const el of [document.documentElement, ...document.body.querySelectorAll('*')]) {
                        for (const pseudo of [null, '::before', '::after']) {
                            const cs = getComputedStyle(el, pseudo);
                            if (pseudo && (cs.content === 'none' || cs.content === 'normal')) { continue; }
                            const name = describe(el) + (pseudo || '');
                            if (cs.transitionProperty !== 'none' && longest(cs.transitionDuration) > 0) {
                                found.push(name + ' has transition ' + cs.transitionProperty + ' ' + cs.transitionDuration);
                            }
                            if (cs.animationName !== 'none' && longest(cs.animationDuration) > 0) {
                                found.push(name + ' has animation ' + cs.animationName + ' ' + cs.animationDuration);
                            }
                        }
                    }
                    for (const animation of document.getAnimations().filter(a => a.playState === 'running')) {
                        const target = animation.effect && animation.effect.target;
                        found.push((target ? describe(target) : 'something') + ' is animating (' + (animation.animationName || animation.transitionProperty || 'script') + ')');
                    }
                    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') {
                        found.push('html scrolls smoothly (scroll-behavior: smooth)');
                    }
                    return [...new Set(found)];
                }
                """);
            return found.Length == 0 ? [] : [$"Reduced motion: with prefers-reduced-motion: reduce, {string.Join("; ", found.Take(8))}{(found.Length > 8 ? $" (and {found.Length - 8} more)" : "")}."];
        }
        finally
        {
            await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Null });
        }
    }

    /// <summary>
    /// accessibility.md item 8, for phones: every visible button (<c>button</c>, button-like inputs,
    /// <c>role=button</c>), radio and checkbox is at least 44×44 CSS px. The target is the element's own box; for
    /// a radio or checkbox also its label's box, or the box around control and label together when they touch
    /// (at most 8 px apart) — a click anywhere there toggles it. Hidden controls (no box) are not targets.
    /// </summary>
    public static async Task<IReadOnlyList<string>> TargetSizeAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var small = await page.EvaluateAsync<string[]>("""
            min => {
                const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map(c => '.' + c).join('')
                    + (el.type && el.tagName === 'INPUT' ? '[type=' + el.type + ']' : '');
                const name = el => ((el.labels && el.labels[0] ? el.labels[0].textContent : '') || el.getAttribute('aria-label') || el.textContent || el.value || '').replace(/\s+/g, ' ').trim().slice(0, 40);
                const shown = el => {
                    const r = el.getBoundingClientRect();
                    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[hidden], [inert]');
                };
                const near = (a, b) => a.left <= b.right + 8 && b.left <= a.right + 8 && a.top <= b.bottom + 8 && b.top <= a.bottom + 8;
                const union = (a, b) => ({ width: Math.max(a.right, b.right) - Math.min(a.left, b.left), height: Math.max(a.bottom, b.bottom) - Math.min(a.top, b.top) });
                const selector = 'button, input[type=button], input[type=submit], input[type=reset], input[type=image], input[type=radio], input[type=checkbox], [role=button], [role=radio], [role=checkbox]';
                const small = [];
                for (const el of document.querySelectorAll(selector)) {
                    const labels = [...(el.labels || [])].filter(shown);
                    if (!shown(el) && labels.length === 0) { continue; }
                    const own = el.getBoundingClientRect();
                    const boxes = [own];
                    if (el.type === 'radio' || el.type === 'checkbox' || ['radio', 'checkbox'].includes(el.getAttribute('role'))) {
                        for (const label of labels) {
                            const box = label.getBoundingClientRect();
                            boxes.push(box);
                            if (near(own, box)) { boxes.push(union(own, box)); }
                        }
                    }
                    if (!boxes.some(b => b.width >= min - 0.5 && b.height >= min - 0.5)) {
                        small.push(describe(el) + ' "' + name(el) + '" (' + Math.round(own.width) + '×' + Math.round(own.height) + ' px)');
                    }
                }
                return small;
            }
            """, MinTargetSize);
        return small.Length == 0 ? [] :
            [$"Targets: {small.Length} smaller than {MinTargetSize}×{MinTargetSize} px on a phone: {string.Join(", ", small.Take(8))}{(small.Length > 8 ? $" (and {small.Length - 8} more)" : "")}."];
    }

    /// <summary>The kinds of focusable element the catalogs have checked in forced colours in this run (see <see cref="ForcedColorsFocusAsync"/>).</summary>
    public static ISet<string> ForcedColorsCheckedKinds { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>How many differently styled focusable elements per page the forced-colours check looks at.</summary>
    public const int ForcedColorsSample = 10;

    /// <summary>
    /// WCAG 2.4.7 in forced-colours mode (Windows contrast themes), where backgrounds, shadows and colours are
    /// replaced: each focusable element, focused, looks different from itself unfocused. Compares screenshots
    /// of the element and 6 px around it (so outlines count) with focus and without. Looks at one element per
    /// kind (tag, type, classes and the landmark or form it is in), at most <see cref="ForcedColorsSample"/>; elements
    /// outside the window when unfocused (the skip link) are covered by the skip-link check.
    /// </summary>
    /// <param name="page">The page, as loaded.</param>
    /// <param name="checkedKinds">
    /// Kinds already checked in this run (with the viewport's width), skipped here and added to when checked:
    /// the catalog shares one set, so each kind costs its screenshots once per run, on the first page it is on.
    /// Null checks every kind on the page.
    /// </param>
    public static async Task<IReadOnlyList<string>> ForcedColorsFocusAsync(IPage page, ISet<string>? checkedKinds = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active });
        var problems = new List<string>();
        try
        {
            string[] skip;
            lock (checkedKinds ?? new HashSet<string>())
            {
                skip = checkedKinds is null ? [] : [.. checkedKinds];
            }

            var kinds = await page.EvaluateAsync<string[]>("""
                ([max, skip]) => {
                    window.__focusReturn = document.activeElement;
                    window.__scrollReturn = [window.scrollX, window.scrollY];
                    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
                    const seen = new Set(skip);
                    const chosen = [];
                    for (const el of document.querySelectorAll(selector)) {
                        if (el.disabled || el.closest('[hidden], [inert]')) { continue; }
                        const r = el.getBoundingClientRect();
                        // checkVisibility is false inside a closed <details>, whose content keeps its boxes but is not drawn.
                        if (r.width === 0 || r.height === 0 || !el.checkVisibility({ visibilityProperty: true })) { continue; }
                        const place = el.closest('header, nav, main, footer, aside, form, table, .error-summary');
                        const kind = window.innerWidth + '|' + [el.tagName, el.type || '', el.className, place ? place.tagName + '.' + place.className : ''].join('|');
                        if (seen.has(kind)) { continue; }
                        seen.add(kind);
                        el.setAttribute('data-fokusprov', String(chosen.length));
                        chosen.push(kind);
                        if (chosen.length >= max) { break; }
                    }
                    return chosen;
                }
                """, new object[] { ForcedColorsSample, skip });
            if (checkedKinds is not null)
            {
                lock (checkedKinds)
                {
                    checkedKinds.UnionWith(kinds);
                }
            }

            for (var i = 0; i < kinds.Length; i++)
            {
                var probe = await page.EvaluateAsync<JsonElement>("""
                    i => {
                        const el = document.querySelector('[data-fokusprov="' + i + '"]');
                        if (document.activeElement && document.activeElement !== document.body) { document.activeElement.blur(); }
                        el.scrollIntoView({ block: 'center', inline: 'nearest' });
                        const r = el.getBoundingClientRect();
                        const x = Math.max(0, r.left - 6), y = Math.max(0, r.top - 6);
                        const right = Math.min(window.innerWidth, r.right + 6), bottom = Math.min(window.innerHeight, r.bottom + 6);
                        const html = el.outerHTML.replace(/\s+/g, ' ');
                        return { x, y, width: right - x, height: bottom - y,
                                 name: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map(c => '.' + c).join(''),
                                 html: html.length > 120 ? html.slice(0, 117) + '...' : html };
                    }
                    """, i);
                var width = probe.GetProperty("width").GetSingle();
                var height = probe.GetProperty("height").GetSingle();
                if (width < 1 || height < 1)
                {
                    continue;
                }

                var clip = new Clip { X = probe.GetProperty("x").GetSingle(), Y = probe.GetProperty("y").GetSingle(), Width = width, Height = height };
                var options = new PageScreenshotOptions { Clip = clip, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide };
                var unfocused = await page.ScreenshotAsync(options);
                await page.EvaluateAsync("i => document.querySelector('[data-fokusprov=\"' + i + '\"]').focus({ preventScroll: true })", i);
                var focused = await page.ScreenshotAsync(options);
                if (unfocused.AsSpan().SequenceEqual(focused))
                {
                    problems.Add($"Forced colours: {probe.GetProperty("name").GetString()} looks the same focused and unfocused (give :focus-visible an outline; shadows and backgrounds are removed in forced colours): {probe.GetProperty("html").GetString()}");
                }
            }
        }
        finally
        {
            await page.EvaluateAsync("""
                () => {
                    document.querySelectorAll('[data-fokusprov]').forEach(el => el.removeAttribute('data-fokusprov'));
                    if (document.activeElement && document.activeElement !== document.body) { document.activeElement.blur(); }
                    if (window.__focusReturn && window.__focusReturn !== document.body) { window.__focusReturn.focus({ preventScroll: true }); }
                    if (window.__scrollReturn) { window.scrollTo(window.__scrollReturn[0], window.__scrollReturn[1]); }
                }
                """);
            await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Null });
        }

        return problems;
    }

    private static string Join(JsonElement items) => string.Join(", ", items.EnumerateArray().Select(i => i.GetString()));
}
