using System.Text.Json;
using Halsoportal.Browser.Tests.Infrastructure;
using Halsoportal.Browser.Tests.Pages;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Halsoportal.Browser.Tests.Journeys;

/// <summary>Readers of other languages than Swedish: the language switch, by keyboard, and a page that mirrors.</summary>
public sealed class LanguageJourneyTests(HalsoportalServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const string TeethInJonkoping = "/jonkoping/friska-tander-och-en-frisk-mun-genom-livet";

    /// <summary>The demo's sleep article, which has Finnish and English texts.</summary>
    private const string SleepInSundsvall = "/sundsvall/sov-battre-enkla-rad-for-dina-natter";

    [Fact]
    public Task YiddishReader_SwitchesLanguageByKeyboard_ReadsRightToLeftAndFindsHelpAndSwedishBack() => RunAsync(async session =>
    {
        var page = session.Page;
        await page.GotoAsync(TeethInJonkoping);
        var article = new ArticlePage(page);
        var keys = new KeyboardUser(page);

        await keys.ActivateAndWaitForPageAsync(article.LanguageLink("ייִדיש"));

        Assert.Equal(TeethInJonkoping + "/yi", article.Path);
        Assert.Equal("yi", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.StartsWith("געזונטע ציין", (await article.Heading.InnerTextAsync()).Trim(), StringComparison.Ordinal);

        // Mirrored: the heading's text starts at the right edge of the content and the body runs right to left.
        var layout = await page.EvaluateAsync<JsonElement>("""
            () => {
                const h1 = document.querySelector('main h1');
                const range = document.createRange(); range.selectNodeContents(h1);
                const text = range.getBoundingClientRect(), box = h1.getBoundingClientRect();
                return { gapRight: box.right - text.right, gapLeft: text.left - box.left, direction: getComputedStyle(document.querySelector('main .prose')).direction };
            }
            """);
        Assert.Equal("rtl", layout.GetProperty("direction").GetString());
        Assert.True(layout.GetProperty("gapRight").GetDouble() < 2, $"The Yiddish heading does not start at the right edge (gap {layout.GetProperty("gapRight").GetDouble()} px).");

        // Help nearby is there, in Swedish, marked as such.
        var help = page.Locator("section.help-here");
        Assert.Equal(("sv", "ltr"), (await help.GetAttributeAsync("lang"), await help.GetAttributeAsync("dir")));
        Assert.True(await help.GetByRole(AriaRole.Link).First.IsVisibleAsync(), "The Yiddish article shows no contact point.");

        // The switch marks the Yiddish page as current and offers Swedish back.
        Assert.Equal("page", await article.LanguageLink("ייִדיש").GetAttributeAsync("aria-current"));
        Assert.Equal("sv", await article.LanguageLink("Svenska").GetAttributeAsync("hreflang"));
        await keys.ActivateAndWaitForPageAsync(article.LanguageLink("Svenska"));

        Assert.Equal(TeethInJonkoping, article.Path);
        Assert.Equal("sv", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Null(await page.Locator("html").GetAttributeAsync("dir"));
    });

    [Fact]
    public Task FinnishReader_SearchesInFinnish_OpensTheFinnishArticle() => RunAsync(async session =>
    {
        var page = session.Page;
        await page.GotoAsync("/sok?q=uni&sprak=fi&kommun=sundsvall");

        var hit = page.Locator("li.hit[lang=fi] h3 a").First;
        await new KeyboardUser(page).ActivateAndWaitForPageAsync(hit);

        Assert.Equal("/sundsvall/sov-battre-enkla-rad-for-dina-natter/fi", new ArticlePage(page).Path);
        Assert.Equal("fi", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(await new ArticlePage(page).LanguageLink("Suomi").IsVisibleAsync(), "The Finnish article has no language switch.");
    });

    [Fact]
    public Task FinnishReader_ListensInAFinnishVoice_ByAButtonInTheInterfacesLanguage() => RunAsync(async session =>
    {
        var page = session.Page;
        await FakeSpeech.InstallAsync(page, ("Alva", "sv-SE"), ("Satu", "fi-FI"));
        await page.GotoAsync(SleepInSundsvall + "/fi");
        var title = (await new ArticlePage(page).Heading.InnerTextAsync()).Trim();

        // The interface around a Finnish text is Swedish, and the button says so.
        var listen = page.GetByRole(AriaRole.Button, new() { Name = "Lyssna på texten" });
        Assert.Equal("sv", await listen.GetAttributeAsync("lang"));
        await listen.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var spoken = await FakeSpeech.SpokenAsync(page);
        Assert.Equal(title, spoken[0].Text);
        Assert.True(spoken.Count > 3, "Only the beginning was read.");
        Assert.All(spoken, s => Assert.Equal(("fi-FI", "Satu"), (s.Language, s.Voice)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sluta läsa upp" }).ClickAsync();
        Assert.True(await FakeSpeech.CancelledAsync(page) >= 2);

        // This device has no English voice: the English text offers no reading at all.
        await page.GotoAsync(SleepInSundsvall + "/en");
        Assert.Equal(0, await page.Locator("button.listen").CountAsync());
    });

    [Fact]
    public Task ReaderWithoutAVoiceForTheLanguage_GetsNoListenButton_ButSwedishIsReadAnyway() => RunAsync(async session =>
    {
        var page = session.Page;
        await FakeSpeech.InstallAsync(page, ("Daniel", "en-GB"));

        await page.GotoAsync(SleepInSundsvall + "/fi");
        Assert.Equal(0, await page.Locator("button.listen").CountAsync());

        await page.GotoAsync(SleepInSundsvall + "/en");
        var listen = page.GetByRole(AriaRole.Button, new() { Name = "Listen to the text" });
        Assert.Null(await listen.GetAttributeAsync("lang"));
        await listen.ClickAsync();
        Assert.All(await FakeSpeech.SpokenAsync(page), s => Assert.Equal(("en-GB", "Daniel"), (s.Language, s.Voice)));

        // Swedish is the site's language: read with the text marked sv-SE even when the device names no Swedish voice.
        await page.GotoAsync(SleepInSundsvall);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lyssna på texten" }).ClickAsync();
        Assert.All(await FakeSpeech.SpokenAsync(page), s => Assert.Equal("sv-SE", s.Language));
    });
}
