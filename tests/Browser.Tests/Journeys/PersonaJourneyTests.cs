using Halsoportal.Browser.Tests.Infrastructure;
using Halsoportal.Browser.Tests.Pages;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Halsoportal.Browser.Tests.Journeys;

/// <summary>
/// Five residents each do the three things the site is for — find advice, find a contact point, answer a
/// dialog — from the kommun page of Sundsvall (in the förvaltningsområden for finska and samiska) to the
/// dialog's receipt: a keyboard-only user, a screen-magnifier user at 400 %, a reader of lättläst, a Finnish
/// speaker and a Yiddish reader. Every page on the way passes axe and has no sideways scroll at the person's
/// window; everything is done by keyboard, so every focus on the way is checked to be visible and uncovered.
/// </summary>
public sealed class PersonaJourneyTests(HalsoportalServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    /// <summary>A 1280×800 screen magnified 400 %: the page gets a 320×200 CSS px window (WCAG 1.4.4, 1.4.10).</summary>
    private static readonly Viewport Magnified = new("320x200", 320, 200);

    private static async Task CheckPageAsync(BrowserSession session)
    {
        Assert.Empty(await PageChecks.NoHorizontalScrollAsync(session.Page));
        Assert.Empty(await PageChecks.AxeAsync(session.Page));
    }

    private static string PathOf(IPage page) => new Uri(page.Url).AbsolutePath;

    private static ILocator MainOf(IPage page) => page.GetByRole(AriaRole.Main);

    private static ILocator LanguageLink(IPage page, string endonym) =>
        MainOf(page).Locator("nav.language-switch").GetByRole(AriaRole.Link, new() { Name = endonym, Exact = true });

    /// <summary>Sundsvall's page, reached from the start page by typing the kommun's name.</summary>
    private static async Task ChooseSundsvallAsync(BrowserSession session, KeyboardUser keys)
    {
        var page = session.Page;
        await page.GotoAsync(HomePage.Path);
        var home = new HomePage(page);
        await keys.FillAsync(home.KommunField, "Sundsvall");
        await keys.ActivateAndWaitForPageAsync(home.ShowKommunButton);
        Assert.Equal("/sundsvall", PathOf(page));
        await CheckPageAsync(session);
    }

    /// <summary>Advice, a contact point and the demo dialog in Swedish, all by keyboard, at <paramref name="viewportName"/>.</summary>
    [Theory]
    [InlineData("1280x800")] // someone who uses the keyboard only
    [InlineData("320x200")] // someone who magnifies the screen 400 %
    public Task KeyboardOrMagnifierUser_FindsAdviceAContactPointAndAnswersADialog(string viewportName) => RunAsync(
        async session =>
        {
            var page = session.Page;
            var keys = new KeyboardUser(page);
            await ChooseSundsvallAsync(session, keys);

            // Advice: the first article on the kommun page.
            var kommun = new KommunPage(page);
            var firstArticle = kommun.ArticleLinks.First;
            var title = (await firstArticle.InnerTextAsync()).Trim();
            await keys.ActivateAndWaitForPageAsync(firstArticle);
            Assert.Equal(title, (await new ArticlePage(page).Heading.InnerTextAsync()).Trim());
            await CheckPageAsync(session);

            // A contact point: back to the kommun by the breadcrumb, the finder, the first one it lists.
            await keys.ActivateAndWaitForPageAsync(new ArticlePage(page).Breadcrumbs.GetByRole(AriaRole.Link, new() { Name = "Sundsvall", Exact = true }));
            await keys.ActivateAndWaitForPageAsync(MainOf(page).GetByRole(AriaRole.Link, new() { Name = "Hitta kontaktpunkt i Sundsvall" }));
            await CheckPageAsync(session);
            var card = new FinderPage(page).Cards.First.Locator(".contact-card__name a");
            var name = (await card.InnerTextAsync()).Trim();
            await keys.ActivateAndWaitForPageAsync(card);
            Assert.Equal(name, (await page.Locator("h1").InnerTextAsync()).Trim());
            Assert.True(await MainOf(page).GetByRole(AriaRole.Heading, new() { Name = "Språk", Exact = true }).IsVisibleAsync(), "The contact point does not say which languages its staff speak.");
            await CheckPageAsync(session);

            // A dialog: from the kommun page's "Tyck till" list.
            await keys.ActivateAndWaitForPageAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Du är här" }).GetByRole(AriaRole.Link, new() { Name = "Sundsvall", Exact = true }));
            await keys.ActivateAndWaitForPageAsync(MainOf(page).GetByRole(AriaRole.Link, new() { Name = DemoDialog.Swedish.Title, Exact = true }));
            await DemoDialog.AnswerByKeyboardAsync(session, DemoDialog.Swedish, CheckPageAsync);
        },
        new BrowserSessionOptions { Viewport = viewportName == Magnified.Name ? Magnified : Viewport.Desktop },
        traceName: viewportName);

    [Fact]
    public Task EasyReadReader_FindsAdviceInLattlastAContactPointAndAnswersADialog() => RunAsync(
        async session =>
        {
            var page = session.Page;
            var keys = new KeyboardUser(page);
            await ChooseSundsvallAsync(session, keys);

            // The kommun's lättläst page, one of its texts, clearly marked, with the way back to the standard text.
            await keys.ActivateAndWaitForPageAsync(MainOf(page).GetByRole(AriaRole.Link, new() { Name = "Lättläst", Exact = true }));
            Assert.Equal("/sundsvall/lattlast", PathOf(page));
            await CheckPageAsync(session);
            await keys.ActivateAndWaitForPageAsync(MainOf(page).Locator(".card__title a").First);
            var article = new ArticlePage(page);
            Assert.EndsWith(ArticlePage.EasyReadSegment, PathOf(page), StringComparison.Ordinal);
            Assert.True(await article.EasyReadLabel.IsVisibleAsync(), "The lättläst text is not marked as lättläst.");
            Assert.True(await article.StandardTextLink.IsVisibleAsync(), "The lättläst text does not link to the standard text.");
            await CheckPageAsync(session);

            // Help nearby, listed with the text.
            var help = page.Locator("section.help-here .contact-card__name a").First;
            var name = (await help.InnerTextAsync()).Trim();
            await keys.ActivateAndWaitForPageAsync(help);
            Assert.Equal(name, (await page.Locator("h1").InnerTextAsync()).Trim());
            await CheckPageAsync(session);

            // The dialog, from the kommun.
            await keys.ActivateAndWaitForPageAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Du är här" }).GetByRole(AriaRole.Link, new() { Name = "Sundsvall", Exact = true }));
            await keys.ActivateAndWaitForPageAsync(MainOf(page).GetByRole(AriaRole.Link, new() { Name = DemoDialog.Swedish.Title, Exact = true }));
            await DemoDialog.AnswerByKeyboardAsync(session, DemoDialog.Swedish, CheckPageAsync);
        },
        new BrowserSessionOptions { Viewport = Viewport.Phone });

    /// <summary>
    /// A Finnish speaker (Sundsvall is in the finska förvaltningsområde) and a Yiddish reader (right to left) on a phone:
    /// the kommun page's language switch leads to the kommun in their language, where they find a text, a contact point
    /// and the dialog, which they answer in their language.
    /// </summary>
    [Theory]
    [InlineData("fi")]
    [InlineData("yi")]
    public Task ReaderOfAnotherLanguage_FindsAdviceAContactPointAndAnswersADialogInTheirLanguage(string code) => RunAsync(
        async session =>
        {
            var page = session.Page;
            var keys = new KeyboardUser(page);
            var reader = DemoDialog.In(code);
            await ChooseSundsvallAsync(session, keys);

            // The kommun in the reader's language.
            await keys.ActivateAndWaitForPageAsync(LanguageLink(page, reader.Endonym));
            var languagePage = $"/sundsvall/sprak/{code}";
            Assert.Equal(languagePage, PathOf(page));
            Assert.Equal(code, await page.Locator("html").GetAttributeAsync("lang"));
            Assert.Equal(reader.IsRightToLeft ? "rtl" : null, await page.Locator("html").GetAttributeAsync("dir"));
            Assert.Equal(reader.Endonym, (await page.Locator("h1").InnerTextAsync()).Trim());
            if (code == "fi")
            {
                Assert.Contains("förvaltningsområdet för finska", await MainOf(page).Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
            }

            await CheckPageAsync(session);

            // Advice in the language.
            var text = MainOf(page).Locator("section[aria-labelledby=texter] .card__title a").First;
            var title = (await text.InnerTextAsync()).Trim();
            await keys.ActivateAndWaitForPageAsync(text);
            Assert.EndsWith("/" + code, PathOf(page), StringComparison.Ordinal);
            Assert.Equal(code, await page.Locator("html").GetAttributeAsync("lang"));
            Assert.Equal(title, (await new ArticlePage(page).Heading.InnerTextAsync()).Trim());
            await CheckPageAsync(session);

            // A contact point: one whose staff speak Finnish; for Yiddish, which no demo contact point offers, the finder.
            await page.GotoAsync(languagePage);
            if (code == "fi")
            {
                await keys.ActivateAndWaitForPageAsync(MainOf(page).GetByRole(AriaRole.Link, new() { Name = "Hälsocentralen Matfors", Exact = true }));
                Assert.Contains("finska", await MainOf(page).Locator("section[aria-labelledby=sprak]").InnerTextAsync(), StringComparison.Ordinal);
            }
            else
            {
                await keys.ActivateAndWaitForPageAsync(MainOf(page).GetByRole(AriaRole.Link, new() { Name = "Hitta kontaktpunkt i Sundsvall", Exact = true }));
                await CheckPageAsync(session);
                await keys.ActivateAndWaitForPageAsync(new FinderPage(page).Cards.First.Locator(".contact-card__name a"));
            }

            Assert.StartsWith("/sundsvall/kontakt/", PathOf(page), StringComparison.Ordinal);
            await CheckPageAsync(session);

            // The dialog in the language, to the receipt.
            await page.GotoAsync(languagePage);
            await keys.ActivateAndWaitForPageAsync(MainOf(page).GetByRole(AriaRole.Link, new() { Name = reader.Title, Exact = true }));
            await DemoDialog.AnswerByKeyboardAsync(session, reader, CheckPageAsync);
        },
        new BrowserSessionOptions { Viewport = Viewport.Phone },
        traceName: code);
}
