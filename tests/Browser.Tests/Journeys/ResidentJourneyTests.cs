using System.Text.Json;
using Halsoportal.Browser.Tests.Infrastructure;
using Halsoportal.Browser.Tests.Pages;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Halsoportal.Browser.Tests.Journeys;

/// <summary>What a resident does on the public site, end to end in the browser.</summary>
public sealed class ResidentJourneyTests(HalsoportalServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    // Enough for the header, breadcrumbs and filter of any kommun page; more means focus is lost or trapped.
    private const int MaxTabPresses = 60;

    [Fact]
    public Task Resident_TypesKommunName_SeesKommunPage() => RunAsync(async session =>
    {
        var home = await new HomePage(session.Page).GotoAsync();

        var kommun = await home.ChooseKommunAsync("Örnsköldsvik", expectedSlug: "ornskoldsvik");

        Assert.Equal("Hälsa i Örnsköldsvik", (await kommun.Heading.InnerTextAsync()).Trim());
    });

    [Fact]
    public Task Resident_ListensToAnArticle_InASwedishVoiceAndCanStop() => RunAsync(async session =>
    {
        var page = session.Page;

        await FakeSpeech.InstallAsync(page, ("English", "en-GB"), ("Alva", "sv-SE"));
        await KommunPage.GotoAsync(page, "sundsvall");
        await page.Locator("main .cards a").First.ClickAsync();
        var title = (await page.Locator("main h1").InnerTextAsync()).Trim();
        var listen = page.GetByRole(AriaRole.Button, new() { Name = "Lyssna på texten" });

        await listen.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var spoken = await FakeSpeech.SpokenAsync(page);
        Assert.Equal(title, spoken[0].Text);
        Assert.True(spoken.Count > 3, "Only the beginning was read.");
        Assert.All(spoken, s => Assert.Equal(("sv-SE", "Alva"), (s.Language, s.Voice)));
        Assert.DoesNotContain(spoken, s => s.Text.StartsWith("Foto:", StringComparison.Ordinal));

        var stop = page.GetByRole(AriaRole.Button, new() { Name = "Sluta läsa upp" });
        await stop.ClickAsync();

        Assert.True(await FakeSpeech.CancelledAsync(page) >= 2);
        Assert.Equal(1, await listen.CountAsync());
    });

    [Fact]
    public Task Resident_WithoutSpeechSynthesisOrJavaScript_SeesNoListenButton() => RunAsync(
        async session =>
        {
            var page = session.Page;
            await KommunPage.GotoAsync(page, "sundsvall");
            await page.Locator("main .cards a").First.ClickAsync();

            Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Lyssna på texten" }).CountAsync());
        },
        new BrowserSessionOptions { JavaScriptEnabled = false });

    [Fact]
    public Task Resident_SubmitsEmptyKommun_SeesErrorSummary() => RunAsync(
        async session =>
        {
            var page = session.Page;
            var home = await new HomePage(page).GotoAsync();

            await home.SubmitAsync();

            Assert.StartsWith("Fel:", await page.TitleAsync(), StringComparison.Ordinal);
            Assert.True(await home.ErrorSummary.IsVisibleAsync(), "The error summary is not shown.");
            Assert.Equal(1, await home.ErrorSummaryLinks.CountAsync());
            var link = home.ErrorSummaryLinks.First;
            Assert.Equal("#kommun", await link.GetAttributeAsync("href"));
            Assert.Equal("kommun", await home.KommunField.GetAttributeAsync("id"));
            Assert.Equal("true", await home.KommunField.GetAttributeAsync("aria-invalid"));

            // The message is tied to the field, so a screen reader reads it with the field.
            var describedBy = (await home.KommunField.GetAttributeAsync("aria-describedby") ?? "").Split(' ');
            var fieldMessages = await Task.WhenAll(describedBy.Select(id => page.Locator($"[id='{id}']").InnerTextAsync()));
            var summaryMessage = (await link.InnerTextAsync()).Trim();
            Assert.Contains(fieldMessages, m => m.Contains(summaryMessage, StringComparison.Ordinal));

            // Following the summary link takes the resident to the field, also without JavaScript.
            await link.ClickAsync();
            Assert.Equal(1, await page.Locator("#kommun:focus").CountAsync());
        },
        new BrowserSessionOptions { JavaScriptEnabled = false });

    [Fact]
    public Task Resident_SearchesMisspelledWordWithoutJavaScript_FindsArticleInKommun() => RunAsync(
        async session =>
        {
            var page = session.Page;
            await KommunPage.GotoAsync(page, "sundsvall");
            var search = new SearchPage(page);

            await search.SearchFromHeaderByKeyboardAsync("ungdomsmotagning");

            Assert.Contains("ungdomsmotagning", await search.ResultsHeading.InnerTextAsync(), StringComparison.Ordinal);
            Assert.True(await search.DidYouMean.IsVisibleAsync(), "No 'Menade du' for a misspelled word.");
            var first = search.HitLinks.First;
            Assert.StartsWith("/sundsvall/", await first.GetAttributeAsync("href") ?? "", StringComparison.Ordinal);

            // Open the first hit by keyboard: focus it, Enter.
            await first.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/sundsvall/", StringComparison.Ordinal));
            Assert.Contains("ungdomsmottagning", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ToLowerInvariant(), StringComparison.Ordinal);
        },
        new BrowserSessionOptions { JavaScriptEnabled = false });

    [Fact]
    public Task Resident_TypesInSearchBox_PicksSuggestionByKeyboard() => RunAsync(async session =>
    {
        var page = session.Page;
        await KommunPage.GotoAsync(page, "sundsvall");
        var search = new SearchPage(page);

        await search.HeaderField.FocusAsync();
        await page.Keyboard.TypeAsync("ungdomsmott", new() { Delay = 20 });
        var options = page.GetByRole(AriaRole.Listbox, new() { Name = "Förslag" }).GetByRole(AriaRole.Option);
        await options.First.WaitForAsync();

        Assert.Equal("true", await search.HeaderField.GetAttributeAsync("aria-expanded"));
        Assert.Empty(await PageChecks.AxeAsync(page));
        Assert.Empty(await PageChecks.NoHorizontalScrollAsync(page));

        // Escape closes the list and leaves what was typed; typing again brings it back.
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await search.HeaderField.GetAttributeAsync("aria-expanded"));
        Assert.Equal("ungdomsmott", await search.HeaderField.InputValueAsync());
        await page.Keyboard.TypeAsync("a");
        await options.First.WaitForAsync();

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(await options.First.GetAttributeAsync("id"), await search.HeaderField.GetAttributeAsync("aria-activedescendant"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/sundsvall/", StringComparison.Ordinal));
    });

    [Fact]
    public Task Resident_ClosesSuggestionsWhileAnswerIsOnItsWay_ListStaysClosed() => RunAsync(async session =>
    {
        var page = session.Page;
        await KommunPage.GotoAsync(page, "sundsvall");
        var search = new SearchPage(page);

        await search.HeaderField.FocusAsync();
        await page.Keyboard.TypeAsync("ungdomsmott");
        await page.GetByRole(AriaRole.Option).First.WaitForAsync();

        // The resident types one more letter, and presses Escape before the new suggestions arrive.
        var requested = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/api/v1/search/suggest**", async route =>
        {
            requested.TrySetResult();
            await release.Task;
            await route.ContinueAsync();
        });
        await page.Keyboard.TypeAsync("a");
        await requested.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await page.Keyboard.PressAsync("Escape");
        var answered = page.WaitForResponseAsync(r => r.Url.Contains("/api/v1/search/suggest", StringComparison.Ordinal));
        release.SetResult();
        await answered;
        await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 300))");

        Assert.Equal("ungdomsmotta", await search.HeaderField.InputValueAsync());
        Assert.Equal("false", await search.HeaderField.GetAttributeAsync("aria-expanded"));
        Assert.Equal(0, await page.GetByRole(AriaRole.Option).CountAsync());
    });

    [Fact]
    public Task Resident_OpensArticle_FindsEasyReadAndBack() => RunAsync(async session =>
    {
        var kommun = await KommunPage.GotoAsync(session.Page, "sundsvall");
        var link = kommun.ArticleLinksWithEasyRead.First;
        var title = (await link.InnerTextAsync()).Trim();

        var article = await kommun.OpenArticleAsync(link);
        var standardPath = article.Path;

        Assert.Equal(title, (await article.Heading.InnerTextAsync()).Trim());
        Assert.True(await article.Breadcrumbs.GetByRole(AriaRole.Link, new() { Name = "Sundsvall", Exact = true }).IsVisibleAsync(), "The breadcrumbs do not lead back to Sundsvall.");
        Assert.Equal(title, (await article.CurrentCrumb.InnerTextAsync()).Trim());
        Assert.True(await article.LastReviewedTerm.IsVisibleAsync(), "The article does not say when it was last reviewed.");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", await article.LastReviewedDate.GetAttributeAsync("datetime") ?? "");

        await article.OpenEasyReadAsync();
        Assert.True(await article.EasyReadLabel.IsVisibleAsync(), "The lättläst text is not labelled 'Lättläst'.");
        Assert.True(await article.Breadcrumbs.IsVisibleAsync(), "The lättläst text has no breadcrumbs.");

        await article.BackToStandardTextAsync();
        Assert.Equal(standardPath, article.Path);
        Assert.Equal(title, (await article.Heading.InnerTextAsync()).Trim());
        Assert.True(await article.EasyReadLink.IsVisibleAsync(), "The standard text no longer links to its lättläst text.");
    });

    [Fact]
    public Task Resident_FiltersByLifeSituation_SeesOnlyThatGroup() => RunAsync(async session =>
    {
        var page = session.Page;
        var kommun = await KommunPage.GotoAsync(page, "sundsvall");
        var all = await kommun.ArticlesAsync();

        await kommun.ChooseLifeSituationAsync("Äldre", "aldre");

        Assert.Equal("true", await kommun.LifeSituationLink("Äldre").GetAttributeAsync("aria-current"));
        Assert.Null(await kommun.LifeSituationLink("Alla").GetAttributeAsync("aria-current"));
        var filtered = await kommun.ArticlesAsync();
        Assert.NotEmpty(filtered);
        Assert.True(filtered.Count < all.Count, $"The filter shows {filtered.Count} of {all.Count} articles; it should leave some out.");
        Assert.All(filtered, article => Assert.Contains(article, all));

        // Each article shown says it is for older people.
        foreach (var (title, path) in filtered)
        {
            await page.GotoAsync(path);
            var suitableFor = await new ArticlePage(page).SuitableFor.InnerTextAsync();
            Assert.True(suitableFor.Contains("äldre", StringComparison.Ordinal), $"'{title}' ({path}) is shown for Äldre but says '{suitableFor}'.");
        }
    });

    [Fact]
    public Task Resident_KeyboardOnly_ReachesArticle() => RunAsync(async session =>
    {
        var page = session.Page;
        await KommunPage.GotoAsync(page, "sundsvall");

        var previousIndex = -1;
        var steps = new List<string>();
        JsonElement focused = default;
        for (var press = 1; ; press++)
        {
            Assert.True(press <= MaxTabPresses, $"No article link after {MaxTabPresses} Tab presses. Focus went: {string.Join(" → ", steps)}");
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<JsonElement>(FocusedElementScript);
            Assert.True(focused.ValueKind == JsonValueKind.Object, $"Tab press {press} left nothing focused. Focus went: {string.Join(" → ", steps)}");

            var description = $"<{focused.GetProperty("tag").GetString()}> '{focused.GetProperty("text").GetString()}'";
            steps.Add(description);
            Assert.True(focused.GetProperty("visible").GetBoolean(), $"Tab press {press} focused {description}, which is not visible in the window.");
            Assert.True(focused.GetProperty("topmost").GetBoolean(), $"Tab press {press} focused {description}, which something else covers.");
            var index = focused.GetProperty("index").GetInt32();
            Assert.True(index > previousIndex, $"Tab press {press} went back up the page to {description}. Focus went: {string.Join(" → ", steps)}");
            previousIndex = index;

            if (focused.GetProperty("articleLink").GetBoolean())
            {
                break;
            }
        }

        var href = focused.GetProperty("href").GetString();
        var title = focused.GetProperty("text").GetString();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == href);
        Assert.Equal(title, (await new ArticlePage(page).Heading.InnerTextAsync()).Trim());
    });

    /// <summary>
    /// The focused element: its place in document order, whether it shows in the window and is not
    /// covered (topmost at the centre of its first box), and whether it is an article card's link.
    /// </summary>
    private const string FocusedElementScript = """
        () => {
            const el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement) {
                return null;
            }
            const boxes = el.getClientRects();
            const box = boxes.length > 0 ? boxes[0] : el.getBoundingClientRect();
            const style = getComputedStyle(el);
            const visible = box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.opacity !== '0'
                && box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth;
            const hit = visible ? document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) : null;
            return {
                index: Array.prototype.indexOf.call(document.getElementsByTagName('*'), el),
                tag: el.tagName.toLowerCase(),
                text: (el.innerText || el.textContent || '').trim(),
                href: el.getAttribute('href'),
                visible,
                topmost: hit !== null && (hit === el || el.contains(hit)),
                articleLink: el.matches('main h3 a'),
            };
        }
        """;
}
