using System.Globalization;
using Halsoportal.Browser.Tests.Editors;
using Halsoportal.Browser.Tests.Infrastructure;
using Halsoportal.Browser.Tests.Pages.Editor;
using Halsoportal.Content.Accounts;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Halsoportal.Browser.Tests.Journeys;

/// <summary>
/// A kommun editor builds a medborgardialog by keyboard: settings, a question, the preview, a
/// trial run through the real answer pages before it opens — then opens it, and residents find it.
/// </summary>
public sealed class DialogEditorJourneyTests(HalsoportalServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private static readonly TimeZoneInfo Sweden = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    [Fact]
    public Task Editor_BuildsTriesAndOpensADialog_ResidentsFindIt() => RunAsync(async session =>
    {
        const string title = "Spontanidrott på Södermalm";
        const string question = "Vad vill du kunna göra på den nya ytan?";
        var account = await Server.Accounts.CreateAsync("Dana Dialog", EditorRole.Editor, EditorAccounts.Sundsvall);
        var page = session.Page;
        var keys = new KeyboardUser(page);
        var shell = new EditorShell(page);
        await (await new LoginPage(page).GotoAsync()).SignInByKeyboardAsync(account);
        ILocator Main(AriaRole role, string name) => page.GetByRole(AriaRole.Main).GetByRole(role, new() { Name = name, Exact = true });

        // Settings: the form offers Sundsvall only, and opens tomorrow by default.
        await keys.ActivateAndWaitForPageAsync(shell.NavLink("Dialoger"));
        await keys.ActivateAndWaitForPageAsync(Main(AriaRole.Link, "Ny dialog"));
        await keys.FillAsync(page.GetByLabel("Rubrik", new() { Exact = true }), title);
        await keys.FillAsync(page.GetByLabel("Syfte", new() { Exact = true }), "Kommunen bygger en yta för spontanidrott vid Södermalmsskolan och vill veta vad den ska rymma.");
        await keys.FillAsync(page.GetByLabel("Integritetstext", new() { Exact = true }), "Vi sparar dina svar utan namn eller IP-adress i ett år. Kultur- och fritidsnämnden ansvarar.");
        await keys.CheckAsync(page.GetByLabel("Sundsvall", new() { Exact = true }));
        Assert.Empty(await PageChecks.AxeAsync(page));
        await keys.ActivateAndWaitForPageAsync(Main(AriaRole.Button, "Skapa dialogen"));
        Assert.Matches(@"^/redaktor/dialoger/\d+$", new Uri(page.Url).AbsolutePath);
        var overview = new Uri(page.Url).AbsolutePath;

        // A required single-choice question, options one per line.
        await keys.SelectAsync(page.GetByLabel("Typ av fråga"), "Ett", "enval");
        await keys.ActivateAndWaitForPageAsync(Main(AriaRole.Button, "Lägg till fråga"));
        await keys.FillAsync(page.GetByLabel("Frågan", new() { Exact = true }), question);
        await keys.TabToAsync(page.Locator("#Input_Options"));
        foreach (var (option, index) in new[] { "Basket", "Pumptrack", "Parkour" }.Select((o, i) => (o, i)))
        {
            await keys.TypeAsync(option);
            if (index < 2)
            {
                await keys.PressAsync("Enter");
            }
        }

        await keys.CheckAsync(page.GetByLabel("Obligatorisk", new() { Exact = true }));
        await keys.ActivateAndWaitForPageAsync(Main(AriaRole.Button, "Lägg till frågan"));
        Assert.Equal(overview, new Uri(page.Url).AbsolutePath);
        Assert.Contains(question, await page.GetByRole(AriaRole.Main).InnerTextAsync(), StringComparison.Ordinal);

        // Preview, then a trial run through the real answer pages: nothing stored.
        await keys.ActivateAndWaitForPageAsync(Main(AriaRole.Link, "Förhandsgranska enkäten"));
        Assert.Empty(await PageChecks.AxeAsync(page));
        await keys.ActivateAndWaitForPageAsync(Main(AriaRole.Link, "Prova att svara"));
        Assert.StartsWith("Prov:", await page.TitleAsync(), StringComparison.Ordinal);
        await keys.TabToAsync(page.GetByLabel("Basket"));
        await keys.PressAsync("ArrowDown");
        await keys.ActivateAndWaitForPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt", Exact = true }));
        await keys.ActivateAndWaitForPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Skicka provsvaren (sparas inte)" }));
        Assert.Equal("Provsvaret gick igenom", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Empty(await PageChecks.AxeAsync(page));

        // Opening it now: Inställningar → Öppnar five minutes ago (a date-time field, filled directly).
        await page.GotoAsync(overview + "/installningar");
        var fiveMinutesAgo = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddMinutes(-5), Sweden);
        await page.GetByLabel("Öppnar").FillAsync(fiveMinutesAgo.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await keys.ActivateAndWaitForPageAsync(Main(AriaRole.Button, "Spara inställningarna"));
        Assert.Equal(overview, new Uri(page.Url).AbsolutePath);

        // Residents, without an account, find it among the open dialogs.
        var resident = await OpenSessionAsync(new BrowserSessionOptions { Viewport = Viewport.Phone }, "invanare");
        await resident.Page.GotoAsync("/sundsvall/dialog");
        await resident.Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await resident.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/sundsvall/dialog/", StringComparison.Ordinal));
        Assert.True(await resident.Page.GetByRole(AriaRole.Link, new() { Name = "Svara på enkäten" }).IsVisibleAsync(), "The opened dialog offers no way to answer.");
    });
}
