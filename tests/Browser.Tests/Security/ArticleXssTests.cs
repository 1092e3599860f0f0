using System.Collections.Concurrent;
using System.Text.Json;
using Halsoportal.Browser.Tests.Editors;
using Halsoportal.Browser.Tests.Infrastructure;
using Halsoportal.Browser.Tests.Pages;
using Halsoportal.Browser.Tests.Pages.Editor;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Halsoportal.Browser.Tests.Security;

/// <summary>
/// security.md item 7: editor text is Markdown rendered to a narrow allow-list of HTML, and XSS is
/// checked by loading the rendered pages in Chromium and recording any script execution — not by
/// string matching. A publisher publishes (through the app's services) an article, a lättläst text and
/// a local addition full of <see cref="HostilePayloads"/>; every page that shows that text is loaded, its
/// elements get every kind of event, its links are hovered and clicked, and nothing may run.
/// </summary>
/// <remarks>
/// The main test runs with the browser ignoring the site's CSP, so it proves the sanitizer alone; a
/// self-check on the same page shows that an injected script does run there, so "nothing ran" means
/// something. The second test keeps the CSP and requires that it never even had to block anything.
/// The content lives in Härnösand (2280), which no other test looks at, and is unpublished afterwards.
/// </remarks>
public sealed class ArticleXssTests(HalsoportalServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const string Kommun = "2280";
    private const string KommunSlug = "harnosand";

    /// <summary>Every execution path the payloads could take reports here; <c>securitypolicyviolation</c> too.</summary>
    private const string InitScript = """
        window.__xss = [];
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e => {
            (window.top.__csp || window.__csp).push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
        }, true);
        // A click on an http(s) link cannot run script in this page, so it is kept from navigating away (the test
        // would have to load the page again for the next link). Every other link is left alone: javascript:,
        // data: and the like get a real click. Inline handlers on the link still run (this only cancels the default).
        document.addEventListener('click', e => {
            const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
            if (a && /^https?:$/i.test(new URL(a.href, location.href).protocol)) {
                e.preventDefault();
            }
        }, true);
        """;

    [Fact]
    public Task HostileArticle_OnEveryPageThatShowsIt_RunsNoScriptEvenWithoutCsp() =>
        RunAsync(session => ProbeEverywhereAsync(session, csp: false), new BrowserSessionOptions { BypassCsp = true });

    [Fact]
    public Task HostileArticle_WithTheSitesCsp_CausesNoViolation() =>
        RunAsync(session => ProbeEverywhereAsync(session, csp: true));

    /// <summary>
    /// The generated vectors (<see cref="XssVectors"/>, over a thousand) in four published articles: each article page and
    /// its backoffice edit page (which previews the body) are loaded once and swept, with the CSP off, and nothing may run.
    /// </summary>
    [Fact]
    public Task GeneratedVectors_InFourArticles_NoneRunsEvenWithoutCsp() =>
        RunAsync(ProbeGeneratedAsync, new BrowserSessionOptions { BypassCsp = true });

    private async Task ProbeGeneratedAsync(BrowserSession session)
    {
        var vectors = XssVectors.All;
        Assert.True(vectors.Count >= 1000, $"Only {vectors.Count} generated vectors.");
        Assert.Equal(vectors.Count, vectors.Select(v => v.Name).Distinct().Count());

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var publisher = await Server.Accounts.CreateAsync("Greta Generator", EditorRole.Publisher, Kommun);
        var access = await Server.Accounts.AccessAsync(publisher);
        var content = new EditorContent(Server.Services);
        var published = new List<(int Id, string Path)>();
        try
        {
            var bodies = XssVectors.Bodies(4);
            for (var i = 0; i < bodies.Count; i++)
            {
                var id = await content.CreateArticleAsync(access, Kommun, EditorContent.Draft(Kommun, $"Genererade testfall {i + 1}", "Ingressen till genererade testfall.", bodies[i]));
                await content.PublishAsync(access, id, 1, "Testtext med skadlig kod, inte vanlig text.");
                published.Add((id, await content.PublicPathAsync(access, id)));
            }

            Output.WriteLine($"{vectors.Count} vectors in {bodies.Count} articles published in {clock.ElapsedMilliseconds} ms");
            var probe = await Probe.StartAsync(session, Output);
            foreach (var (_, path) in published)
            {
                await probe.PageAsync(path, ".prose", clickLinks: false);

                // The whole body reached the page (nothing cut it short before the last vectors).
                Assert.Contains("Text efter testfallen.", await session.Page.Locator(".prose").InnerTextAsync(), StringComparison.Ordinal);
            }

            var state = await Server.SignIns.StateAsync(Browser, Server.BaseAddress, publisher);
            var backoffice = await OpenSessionAsync(new BrowserSessionOptions { BypassCsp = true, StorageState = state }, "publicerare");
            var editorProbe = await Probe.StartAsync(backoffice, Output);
            foreach (var (id, _) in published)
            {
                await editorProbe.PageAsync($"/redaktor/artiklar/{id}", rootSelector: null, clickLinks: false);
            }

            var problems = probe.Problems.Concat(editorProbe.Problems).ToList();
            Output.WriteLine($"{vectors.Count} vectors, {published.Count * 2} pages swept in {clock.ElapsedMilliseconds} ms, {problems.Count} problems");
            Assert.True(problems.Count == 0, $"Generated vectors got through ({problems.Count}):{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(80))}");

            // The detection works on the same page, or a green run proves nothing.
            await probe.PageAsync(published[^1].Path, ".prose", clickLinks: false);
            await probe.SelfCheckExecutionAsync(".prose");
        }
        finally
        {
            foreach (var (id, _) in published)
            {
                await content.UnpublishAsync(access, id);
            }
        }
    }

    private async Task ProbeEverywhereAsync(BrowserSession session, bool csp)
    {
        var arranged = await ArrangeAsync();
        try
        {
            var probe = await Probe.StartAsync(session, Output);

            // Residents: the article, its lättläst text, the kommun page, a draft preview link, the
            // regional article with the local addition, the search and its suggestions.
            // Links are clicked on the article and the preview link page with the CSP off: that proves no script
            // link survives the renderer. Elsewhere (same renderer) the markup audit checks every link's target,
            // and with the CSP on a script link would be blocked and reported anyway; clicking costs time.
            var click = !csp;
            await probe.PageAsync(arranged.PublicPath, ".prose", clickLinks: click);
            await probe.PageAsync(arranged.PublicPath + "/lattlast", ".prose", clickLinks: false);
            await probe.PageAsync($"/forhandsvisning/{arranged.PreviewToken}", ".prose", clickLinks: click);
            await probe.PageAsync(arranged.AdditionPath, ".local-addition .prose", clickLinks: false);
            await probe.PageAsync($"/{KommunSlug}", rootSelector: null, clickLinks: false);
            await WaitForSearchHitAsync(session.Page);
            await probe.PageAsync($"/sok?q={HostilePayloads.SearchWord}", ".hit__title, .hit__snippet", clickLinks: false);
            await probe.SuggestionsAsync($"/{KommunSlug}", "Säkerhetstest");

            // The backoffice, where a hostile text would reach a publisher's signed-in session: the body
            // preview, the publishing checks (which quote the text), the version diff, the dashboard.
            var state = await Server.SignIns.StateAsync(Browser, Server.BaseAddress, arranged.Publisher);
            var backoffice = await OpenSessionAsync(new BrowserSessionOptions { BypassCsp = !csp, StorageState = state }, "publicerare");
            var editorProbe = await Probe.StartAsync(backoffice, Output);
            await editorProbe.PageAsync($"/redaktor/artiklar/{arranged.ArticleId}", rootSelector: null, clickLinks: false);
            await editorProbe.ActAsync(
                "Förhandsvisa brödtexten",
                page => page.RunAndWaitForNewPageAsync(() => new ArticleEditorPage(page).PreviewButton.PressAsync("Enter")),
                ".editor-preview .prose",
                clickLinks: false);
            await editorProbe.PageAsync(WorkflowPage.PathOf(arranged.ArticleId), rootSelector: null, clickLinks: false);
            await editorProbe.PageAsync($"{HistoryPage.PathOf(arranged.ArticleId)}?version=2&jamfor=1", rootSelector: null, clickLinks: false);
            await editorProbe.PageAsync(DashboardPage.Path, rootSelector: null, clickLinks: false);
            await editorProbe.PageAsync("/redaktor/artiklar", rootSelector: null, clickLinks: false);

            var problems = probe.Problems.Concat(editorProbe.Problems).ToList();
            Assert.True(problems.Count == 0, $"The hostile article got through ({problems.Count}):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");

            // The detection itself must work on the same page, or a green run proves nothing.
            await probe.PageAsync(arranged.PublicPath, ".prose", clickLinks: false);
            Assert.Empty(probe.Problems);
            if (csp)
            {
                await probe.SelfCheckCspAsync();
            }
            else
            {
                await probe.SelfCheckExecutionAsync(".prose");
            }
        }
        finally
        {
            await arranged.CleanUpAsync();
        }
    }

    /// <summary>The search index follows the change feed in the background; wait (polling, bounded) until it has the article.</summary>
    private static async Task WaitForSearchHitAsync(IPage page)
    {
        var search = new SearchPage(page);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            await page.GotoAsync($"/sok?q={HostilePayloads.SearchWord}");
            if (await search.HitLinks.CountAsync() > 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "The search never found the hostile article (index not updated within 15 s).");
            await Task.Delay(200);
        }
    }

    private async Task<Arranged> ArrangeAsync()
    {
        var publisher = await Server.Accounts.CreateAsync("Hanna Publicerare", EditorRole.Publisher, Kommun);
        var access = await Server.Accounts.AccessAsync(publisher);
        var content = new EditorContent(Server.Services);

        // Version 1 is harmless, version 2 hostile, so the version diff shows the hostile text too.
        var first = EditorContent.Draft(Kommun, HostilePayloads.Title, HostilePayloads.Ingress, "## Början\n\nFörsta versionen.");
        var id = await content.CreateArticleAsync(access, Kommun, first);
        var version = await content.SaveAsync(access, id, 1, first with
        {
            Body = HostilePayloads.Body,
            EasyReadTitle = HostilePayloads.EasyReadTitle,
            EasyReadIngress = HostilePayloads.EasyReadIngress,
            EasyReadBody = HostilePayloads.EasyReadBody,
        });
        // The payloads are not plain Swedish, so the klarspråk checks warn; the publisher says why it goes out anyway.
        await content.PublishAsync(access, id, version, "Testtext med skadlig kod, inte vanlig text.");
        var token = await content.CreatePreviewLinkAsync(access, id);
        var (additionArticleId, additionPath) = await content.PublishLocalAdditionAsync(access, Kommun, HostilePayloads.LocalAdditionHeading, HostilePayloads.LocalAdditionBody);
        var publicPath = await content.PublicPathAsync(access, id);
        return new Arranged(publisher, id, publicPath, token, additionPath, async () =>
        {
            await content.UnpublishAsync(access, id);
            await content.UnpublishLocalAdditionAsync(access, additionArticleId, Kommun);
        });
    }

    private sealed record Arranged(EditorAccount Publisher, int ArticleId, string PublicPath, string PreviewToken, string AdditionPath, Func<Task> CleanUpAsync);

    /// <summary>One browser context watched for script execution, dialogs, CSP reports, navigations and pop-ups.</summary>
    private sealed class Probe
    {
        private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

        private readonly BrowserSession _session;
        private readonly ITestOutputHelper _output;
        private readonly ConcurrentQueue<string> _dialogs = new();
        private readonly ConcurrentQueue<string> _navigations = new();
        private readonly ConcurrentQueue<string> _popups = new();
        private readonly List<string> _problems = [];

        private Probe(BrowserSession session, ITestOutputHelper output)
        {
            _session = session;
            _output = output;
        }

        public IReadOnlyList<string> Problems => _problems;

        private IPage Page => _session.Page;

        public static async Task<Probe> StartAsync(BrowserSession session, ITestOutputHelper output)
        {
            var probe = new Probe(session, output);
            await session.Context.AddInitScriptAsync(InitScript);

            // Links to other sites get a blank stand-in page: nothing leaves the machine, and a click still navigates.
            var own = session.BaseAddress.GetLeftPart(UriPartial.Authority);
            await session.Context.RouteAsync(
                url => !url.StartsWith(own, StringComparison.OrdinalIgnoreCase),
                route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<!doctype html><title>Annan webbplats</title>" }));
            session.Page.Dialog += (_, dialog) =>
            {
                probe._dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
                _ = dialog.DismissAsync();
            };
            session.Page.FrameNavigated += (_, frame) => probe._navigations.Enqueue(frame.Url);
            session.Context.Page += (_, popup) => probe._popups.Enqueue(popup.Url);
            return probe;
        }

        /// <summary>Loads <paramref name="path"/> and probes it; <paramref name="rootSelector"/> names where the editor text is.</summary>
        public async Task PageAsync(string path, string? rootSelector, bool clickLinks)
        {
            async Task LoadAsync()
            {
                var response = await Page.GotoAsync(path);
                Assert.True(response?.Status == 200, $"{path} answered {response?.Status}.");
            }

            await LoadAsync();
            await InspectAsync(path, rootSelector, clickLinks, LoadAsync);
        }

        /// <summary>Does <paramref name="action"/> on the current page (a form post) and probes the page it leads to.</summary>
        public async Task ActAsync(string description, Func<IPage, Task> action, string rootSelector, bool clickLinks)
        {
            var start = new Uri(Page.Url).PathAndQuery;
            var where = $"{start} after '{description}'";
            async Task LoadAsync()
            {
                if (new Uri(Page.Url).PathAndQuery != start)
                {
                    await Page.GotoAsync(start);
                }

                await action(Page);
                Assert.True(await Page.Locator(rootSelector).CountAsync() > 0, $"{where}: no {rootSelector}.");
            }

            await LoadAsync();
            await InspectAsync(where, rootSelector, clickLinks, LoadAsync);
        }

        /// <summary>Types into the header search of <paramref name="path"/> until suggestions show (they are built from titles).</summary>
        public async Task SuggestionsAsync(string path, string typed)
        {
            await Page.GotoAsync(path);
            var search = new SearchPage(Page);
            await search.HeaderField.FocusAsync();
            await Page.Keyboard.TypeAsync(typed, new() { Delay = 20 });
            await Page.GetByRole(AriaRole.Listbox, new() { Name = "Förslag" }).GetByRole(AriaRole.Option).First.WaitForAsync();
            await CollectAsync($"{path} (search suggestions for '{typed}')");
        }

        /// <summary>
        /// Under BypassCSP: a script put into the page by the test does run and is seen, an inline event
        /// handler put into the text is found by the markup audit and fired by the event sweep, a
        /// javascript: link put into the text runs when clicked, and an alert is seen as a dialog.
        /// </summary>
        public async Task SelfCheckExecutionAsync(string rootSelector)
        {
            await Page.EvaluateAsync(
                """
                root => {
                    const script = document.createElement('script');
                    script.textContent = "window.__xss.push('self-check-script')";
                    document.body.append(script);
                    const box = document.querySelector(root);
                    box.insertAdjacentHTML('beforeend',
                        '<p id="self-check-handler" onmouseover="window.__xss.push(\'self-check-handler\')">Prov</p>'
                        + '<p><a id="self-check-link" href="javascript:window.__xss.push(\'self-check-link\')">Provlänk</a></p>'
                        + '<img alt="" src="data:," onerror="alert(\'self-check-dialog\')">');
                }
                """,
                rootSelector);
            var markup = await Page.EvaluateAsync<string[]>(SweepScript, rootSelector);
            await Page.Locator("#self-check-link").ClickAsync();
            await Page.WaitForFunctionAsync("() => window.__xss.includes('self-check-link')");
            var ran = await Page.EvaluateAsync<string[]>("() => window.__xss");
            var dialogSeen = await WaitUntilAsync(() => _dialogs.Any(d => d.Contains("self-check-dialog", StringComparison.Ordinal)));

            Assert.Contains("self-check-script", ran);
            Assert.Contains("self-check-handler", ran);
            Assert.Contains("self-check-link", ran);
            Assert.Contains(markup, m => m.Contains("onmouseover", StringComparison.Ordinal));
            Assert.Contains(markup, m => m.Contains("javascript:", StringComparison.Ordinal));
            Assert.True(dialogSeen, "The self-check's alert was not seen as a dialog.");
        }

        /// <summary>With the CSP: an injected inline script is blocked, reported as a violation, and does not run.</summary>
        public async Task SelfCheckCspAsync()
        {
            await Page.EvaluateAsync(
                """
                () => {
                    const script = document.createElement('script');
                    script.textContent = "window.__xss.push('self-check-script')";
                    document.body.append(script);
                }
                """);
            await Page.WaitForFunctionAsync("() => window.__csp.length > 0");
            var violations = await Page.EvaluateAsync<string[]>("() => window.__csp");
            Assert.Contains(violations, v => v.StartsWith("script-src", StringComparison.Ordinal));
            Assert.Empty(await Page.EvaluateAsync<string[]>("() => window.__xss"));
        }

        private async Task InspectAsync(string where, string? rootSelector, bool clickLinks, Func<Task> reloadAsync)
        {
            // The load event waits for every image and frame, so their error and load handlers have run by then.
            await Page.WaitForLoadStateAsync(LoadState.Load);
            var markup = await Page.EvaluateAsync<string[]>(SweepScript, rootSelector);
            foreach (var finding in markup)
            {
                _problems.Add($"{where}: markup: {finding}");
            }

            if (clickLinks && rootSelector is not null)
            {
                await ClickEveryLinkAsync(where, rootSelector, reloadAsync);
            }

            await CollectAsync(where);
        }

        /// <summary>Hovers and clicks each link of the text in turn; a click may only ever go to an http(s), mailto or tel address.</summary>
        private async Task ClickEveryLinkAsync(string where, string rootSelector, Func<Task> reloadAsync)
        {
            var links = Page.Locator(rootSelector).Locator("a");
            var count = await links.CountAsync();
            for (var i = 0; i < count; i++)
            {
                var link = links.Nth(i);
                var href = await link.GetAttributeAsync("href");
                var text = (await link.InnerTextAsync()).Trim();
                if (href is not null && Uri.TryCreate(new Uri(Page.Url), href, out var target) && !SafeSchemes.Contains(target.Scheme))
                {
                    _problems.Add($"{where}: the link '{text}' goes to {href}.");
                }

                if (!await link.IsVisibleAsync())
                {
                    // Nothing to point at or click (a link whose only content was an image the allow-list dropped);
                    // the event sweep has fired every event at it already.
                    continue;
                }

                var before = Page.Url;
                await link.HoverAsync();
                await link.ClickAsync(new() { Modifiers = [], Timeout = 5_000 });
                await CollectAsync($"{where}, after clicking '{text}'");
                if (Page.Url != before)
                {
                    _output.WriteLine($"{where}: '{text}' led to {Page.Url}");
                    await reloadAsync();
                    await Page.WaitForLoadStateAsync(LoadState.Load);
                    await CollectAsync($"{where}, loaded again");
                    links = Page.Locator(rootSelector).Locator("a");
                }
            }
        }

        /// <summary>Moves whatever ran, was blocked, navigated or popped up since the last call into <see cref="Problems"/>.</summary>
        private async Task CollectAsync(string where)
        {
            var state = await Page.EvaluateAsync<JsonElement>("() => ({ xss: window.__xss.splice(0), csp: window.__csp.splice(0) })");
            foreach (var name in state.GetProperty("xss").EnumerateArray())
            {
                _problems.Add($"{where}: the payload '{name.GetString()}' RAN.");
            }

            foreach (var violation in state.GetProperty("csp").EnumerateArray())
            {
                _problems.Add($"{where}: the CSP had to block: {violation.GetString()}");
            }

            while (_dialogs.TryDequeue(out var dialog))
            {
                _problems.Add($"{where}: a dialog opened: {dialog}");
            }

            while (_popups.TryDequeue(out var popup))
            {
                _problems.Add($"{where}: a new window opened: {popup}");
            }

            while (_navigations.TryDequeue(out var url))
            {
                var scheme = url.Split(':', 2)[0].ToLowerInvariant();
                if (scheme is not ("http" or "https" or "about"))
                {
                    _problems.Add($"{where}: a frame navigated to {url}.");
                }
            }
        }

        private static async Task<bool> WaitUntilAsync(Func<bool> condition)
        {
            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (!condition())
            {
                if (DateTime.UtcNow > deadline)
                {
                    return false;
                }

                await Task.Delay(50);
            }

            return true;
        }

        /// <summary>
        /// Audits the markup (no inline handler, script URL or inline script anywhere in the document — JSON-LD data blocks must parse as JSON; inside
        /// the editor text only allow-listed elements) and then fires every kind of event at every element of
        /// the editor text, so any handler that survived would run and report. Returns the markup findings.
        /// </summary>
        private const string SweepScript = """
            rootSelector => {
                const findings = [];
                const describe = el => '<' + el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '>';
                const urlAttributes = /^(href|src|action|formaction|xlink:href|data|srcdoc|poster|background|ping|cite|srcset)$/i;
                const badUrl = /^[\s\u0000-\u001f]*(javascript|data|vbscript)\s*:/i;
                for (const el of document.querySelectorAll('*')) {
                    for (const attribute of el.attributes) {
                        if (/^on/i.test(attribute.name)) {
                            findings.push(describe(el) + ' has the event handler ' + attribute.name + '="' + attribute.value + '"');
                        }
                        if (urlAttributes.test(attribute.name) && badUrl.test(attribute.value) && !(el.tagName === 'IMG' && /^data:image\//i.test(attribute.value))) {
                            findings.push(describe(el) + ' has ' + attribute.name + '="' + attribute.value.slice(0, 80) + '"');
                        }
                    }
                }
                for (const script of document.scripts) {
                    if (!script.src && script.type === 'application/ld+json') {
                        // A data block never runs; it must still parse whole, or the text broke out of it.
                        try { JSON.parse(script.textContent); } catch { findings.push('a JSON-LD block that is not JSON: ' + script.textContent.slice(0, 80)); }
                    } else if (!script.src) {
                        findings.push('an inline <script>: ' + script.textContent.slice(0, 80));
                    } else if (new URL(script.src).origin !== location.origin) {
                        findings.push('a script from ' + script.src);
                    }
                }
                const allowed = new Set(['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'a', 'em', 'strong', 'br', 'blockquote',
                    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'div', 'pre', 'mark']);
                const roots = rootSelector ? [...document.querySelectorAll(rootSelector)] : [];
                for (const root of roots) {
                    for (const el of root.querySelectorAll('*')) {
                        const tag = el.tagName.toLowerCase();
                        if (!allowed.has(tag)) {
                            findings.push('the editor text has ' + describe(el) + ': ' + el.outerHTML.slice(0, 100));
                        }
                        if (el.hasAttribute('style')) {
                            findings.push('the editor text has a style attribute on ' + describe(el));
                        }
                        if (tag === 'a' && el.hasAttribute('href')
                            && !['http:', 'https:', 'mailto:', 'tel:'].includes(new URL(el.getAttribute('href'), location.href).protocol)) {
                            findings.push('the editor text links to ' + el.getAttribute('href').slice(0, 80));
                        }
                    }
                }
                const types = ['mouseover', 'mouseenter', 'mouseout', 'mousedown', 'mouseup', 'click', 'dblclick', 'contextmenu',
                    'pointerover', 'pointerenter', 'pointerdown', 'pointerup', 'focus', 'focusin', 'blur', 'focusout',
                    'input', 'change', 'toggle', 'error', 'load', 'animationstart', 'animationend', 'transitionend',
                    'keydown', 'keyup', 'keypress', 'wheel', 'scroll', 'copy', 'paste', 'submit', 'reset', 'begin', 'start',
                    'beforeinput', 'select', 'touchstart', 'dragstart', 'drop'];
                // Only the editor text: elsewhere the site's own scripts listen (the Markdown toolbar would type into
                // the form), and an inline handler anywhere is already a finding of the audit above.
                const everything = roots.flatMap(root => [root, ...root.querySelectorAll('*')]);
                for (const el of everything) {
                    for (const type of types) {
                        // A plain Event, never a MouseEvent: it fires handlers but does not follow links or submit forms.
                        el.dispatchEvent(new Event(type, { bubbles: false, cancelable: true }));
                    }
                }
                return findings;
            }
            """;
    }
}
