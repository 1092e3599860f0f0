using System.Globalization;
using Halsoportal.Browser.Tests.Infrastructure;
using Halsoportal.Browser.Tests.Pages;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Halsoportal.Browser.Tests.Journeys;

/// <summary>
/// A resident on a 320 px phone finds a contact point by keyboard, with and without JavaScript, and a wheelchair
/// user filters to premises they can enter. (The open-now state at a fixed moment is tested over HTTP with a
/// fixed clock in Web.Tests; this server runs on real time.)
/// </summary>
public sealed class ContactPointJourneyTests(HalsoportalServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Resident_FiltersToStepFreePremisesWithHearingLoopByKeyboard(bool javaScript) => RunAsync(
        async session =>
        {
            var page = session.Page;
            var finder = await FinderPage.GotoAsync(page, "ornskoldsvik");
            var keys = new KeyboardUser(page);
            var before = await finder.CardsAsync();

            await keys.ActivateAsync(finder.AccessibilityToggle);
            await keys.CheckAsync(finder.Need("Entré utan trappsteg"));
            await keys.CheckAsync(finder.Need("Hörslinga"));
            await keys.ActivateAndWaitForPageAsync(finder.Submit);

            Assert.Contains("behov=entre-utan-trappsteg", page.Url, StringComparison.Ordinal);
            var after = await finder.CardsAsync();
            Assert.NotEmpty(after);
            Assert.True(after.Count < before.Count, $"{after.Count} of {before.Count} left");
            Assert.All(after, c =>
            {
                Assert.Contains("Entré utan trappsteg", c.Access, StringComparison.Ordinal);
                Assert.Contains("Hörslinga", c.Access, StringComparison.Ordinal);
            });
            Assert.True(await finder.Need("Hörslinga").IsCheckedAsync(), "The chosen need is not kept on the answer page.");
            Assert.Empty(await PageChecks.NoHorizontalScrollAsync(page));
            if (javaScript)
            {
                Assert.Empty(await PageChecks.AxeAsync(page));
            }
        },
        new BrowserSessionOptions { Viewport = Viewport.Phone, JavaScriptEnabled = javaScript });

    [Fact]
    public Task Resident_TypesAPlace_SeesNearestFirstAndOpensOne() => RunAsync(
        async session =>
        {
            var page = session.Page;
            var finder = await FinderPage.GotoAsync(page, "jonkoping");
            var keys = new KeyboardUser(page);

            await keys.FillAsync(finder.Place, "granna");
            await keys.ActivateAndWaitForPageAsync(finder.Submit);

            Assert.Contains("närmast Gränna först", await finder.ResultHeading.InnerTextAsync(), StringComparison.Ordinal);
            var cards = await finder.CardsAsync();
            Assert.Contains("Gränna", cards[0].Address, StringComparison.Ordinal);

            await keys.ActivateAndWaitForPageAsync(page.Locator(".contact-card__name a").First);
            Assert.Equal(cards[0].Name, (await page.Locator("h1").InnerTextAsync()).Trim());
            Assert.Equal(1, await page.Locator("script[type='application/ld+json']").CountAsync());
            Assert.Empty(await PageChecks.AxeAsync(page));
            Assert.Empty(await PageChecks.NoHorizontalScrollAsync(page));
        },
        new BrowserSessionOptions { Viewport = Viewport.Phone });

    [Fact]
    public Task Resident_UsesOwnPosition_ListIsSortedInTheBrowserAndThePositionIsNeverSent() => RunAsync(
        async session =>
        {
            var page = session.Page;
            var finder = await FinderPage.GotoAsync(page, "sundsvall");
            var keys = new KeyboardUser(page);
            Assert.True(await finder.UsePosition.IsVisibleAsync(), "The position button is not shown with JavaScript.");
            var requestsBefore = session.RequestedUrls.Count;

            await keys.ActivateAsync(finder.UsePosition);
            await Assertions.Expect(finder.ResultHeading).ToContainTextAsync("närmast dig först");

            var cards = await finder.CardsAsync();
            Assert.Contains("Alnö", cards[0].Address, StringComparison.Ordinal);
            var distances = cards.Select(c => double.Parse(c.Address.Split('·')[^1].Replace("km från dig", "", StringComparison.Ordinal).Trim(), NumberStyles.Float, CultureInfo.GetCultureInfo("sv-SE"))).ToList();
            Assert.Equal(distances.Order(), distances);
            Assert.Equal(requestsBefore, session.RequestedUrls.Count);
            Assert.DoesNotContain(session.RequestedUrls, u => u.Contains("62.4", StringComparison.Ordinal) || u.Contains("17.4", StringComparison.Ordinal));
            Assert.Empty(await PageChecks.AxeAsync(page));
        },
        new BrowserSessionOptions { Viewport = Viewport.Phone, Position = new Geolocation { Latitude = 62.4160f, Longitude = 17.4460f } });

    [Fact]
    public Task Resident_WithoutJavaScript_SeesNoPositionButton() => RunAsync(
        async session =>
        {
            var finder = await FinderPage.GotoAsync(session.Page, "sundsvall");
            Assert.False(await finder.UsePosition.IsVisibleAsync());
            Assert.True(await finder.Cards.CountAsync() > 0);
        },
        new BrowserSessionOptions { JavaScriptEnabled = false });
}
