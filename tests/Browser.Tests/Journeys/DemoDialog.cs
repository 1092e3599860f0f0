using Halsoportal.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Halsoportal.Browser.Tests.Journeys;

/// <summary>
/// The demo's open dialog in Sundsvall (trygghet och belysning på gång- och cykelvägar), answered to the end by
/// keyboard in one of its languages: what a reader sees and picks, and the whole flow with a missed question.
/// </summary>
public static class DemoDialog
{
    public const string Path = "/sundsvall/dialog/trygga-gang-och-cykelvagar";

    /// <summary>What a reader of one language sees and picks in the demo dialog.</summary>
    public sealed record Reader(
        string Code, string Endonym, string Title, string Age, string FirstAge, string SecondAge, string FirstWay, string ScaleLow,
        string Wish, string Yes, string No, string More, string Comment)
    {
        public bool IsRightToLeft => Code == "yi";

        /// <summary>The dialog page in this language: "" for Swedish, "/fi" for Finnish.</summary>
        public string PathSuffix => Code == "sv" ? "" : "/" + Code;
    }

    public static readonly Reader Swedish = new("sv", "Svenska", "Trygghet och belysning på gång- och cykelvägar", "Hur gammal är du?", "Under 20 år", "20–39 år",
        "Till fots", "1 – Inte alls trygg", "Bättre belysning", "Ja", "Nej", "Vill du berätta något mer för oss?",
        "Gångtunneln under E4:an vid Nacksta behöver mer ljus.");

    public static readonly Reader Finnish = new("fi", "Suomi", "Turvallisuus ja valaistus kävely- ja pyöräteillä", "Kuinka vanha olet?", "Alle 20 vuotta", "20–39 vuotta",
        "Kävellen", "1 – En lainkaan turvalliseksi", "Parempi valaistus", "Kyllä", "Ei", "Haluatko kertoa meille vielä jotain?",
        "Alnön sillalle tarvitaan lisää valoa.");

    public static readonly Reader Yiddish = new("yi", "ייִדיש", "זיכערקייט און ליכט אויף די פֿוס־ און ראָווער־וועגן", "ווי אַלט זענט איר?", "ייִנגער ווי 20 יאָר", "20–39 יאָר",
        "צו פֿוס", "1 – גאָר ניט זיכער", "בעסער ליכט", "יאָ", "ניין", "ווילט איר אונדז נאָך עפּעס דערציילן?",
        "מע דאַרף מער ליכט בײַ דער בריק.");

    public static Reader In(string code) => code switch
    {
        "sv" => Swedish,
        "fi" => Finnish,
        "yi" => Yiddish,
        _ => throw new ArgumentException($"The demo dialog has no reader for '{code}'.", nameof(code)),
    };

    /// <summary>
    /// From the dialog's page in <paramref name="reader"/>'s language to the receipt, by keyboard only: a missed required
    /// question on the way (the error summary must lead to it), every page checked by <paramref name="checkPage"/>.
    /// Returns the receipt code.
    /// </summary>
    public static async Task<string> AnswerByKeyboardAsync(BrowserSession session, Reader reader, Func<BrowserSession, Task> checkPage)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(checkPage);
        var page = session.Page;
        var keys = new KeyboardUser(page);
        async Task AssertLanguageAsync()
        {
            Assert.Equal(reader.Code, await page.Locator("html").GetAttributeAsync("lang"));
            Assert.Equal(reader.IsRightToLeft ? "rtl" : null, await page.Locator("html").GetAttributeAsync("dir"));
        }

        Assert.Equal(Path + reader.PathSuffix, new Uri(page.Url).AbsolutePath);
        await AssertLanguageAsync();
        Assert.Equal(reader.Title, (await page.Locator("h1").InnerTextAsync()).Trim());
        await checkPage(session);
        await keys.ActivateAndWaitForPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "Svara på enkäten" }));

        // Age: the first option by Tab, the second by arrow key.
        await AssertLanguageAsync();
        Assert.Equal(reader.Age, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(reader.IsRightToLeft ? "rtl" : "ltr", await page.Locator("h1").EvaluateAsync<string>("h => getComputedStyle(h).direction"));
        await keys.TabToAsync(page.GetByLabel(reader.FirstAge, new() { Exact = true }));
        await keys.PressAsync("ArrowDown");
        Assert.True(await page.GetByLabel(reader.SecondAge, new() { Exact = true }).IsCheckedAsync());
        await checkPage(session);
        await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));

        // Where you live is optional; how you get about is not: the error summary leads to the field.
        await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));
        await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));
        await AssertLanguageAsync();
        await checkPage(session);
        Assert.Empty(await PageChecks.ErrorSummaryAsync(page, session.Options.JavaScriptEnabled));
        await keys.TabToAsync(page.GetByLabel(reader.FirstWay, new() { Exact = true }));
        await keys.PressAsync("Space");
        await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));

        // The scale, the optional matrix, a choice of up to three, the place question.
        await keys.TabToAsync(page.GetByLabel(reader.ScaleLow, new() { Exact = true }));
        await keys.PressAsync("ArrowDown");
        await checkPage(session);
        await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));
        await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));
        await keys.CheckAsync(page.GetByLabel(reader.Wish, new() { Exact = true }));
        await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));
        await keys.TabToAsync(page.GetByLabel(reader.Yes, new() { Exact = true }));
        await keys.PressAsync("ArrowDown");
        Assert.True(await page.GetByLabel(reader.No, new() { Exact = true }).IsCheckedAsync());
        await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));

        // The last, free text, in the reader's own script.
        await keys.FillAsync(page.GetByLabel(reader.More), reader.Comment);
        await checkPage(session);
        await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));

        // Check your answers: the reader's language, the site's words in Swedish.
        Assert.Equal("Kontrollera dina svar", (await page.Locator("h1").InnerTextAsync()).Trim());
        await AssertLanguageAsync();
        var summary = await page.Locator(".summary-list").InnerTextAsync();
        Assert.Contains(reader.SecondAge, summary, StringComparison.Ordinal);
        Assert.Contains(reader.Wish, summary, StringComparison.Ordinal);
        Assert.Contains(reader.Comment, summary, StringComparison.Ordinal);
        await checkPage(session);
        await keys.ActivateAndWaitForPageAsync(Button(page, "Skicka svaren"));

        Assert.Equal("Tack för dina svar", (await page.Locator("h1").InnerTextAsync()).Trim());
        await AssertLanguageAsync();
        var receipt = (await page.Locator("#kvittokod").InnerTextAsync()).Trim();
        Assert.Matches("^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$", receipt);
        await checkPage(session);
        Assert.Empty(await PageChecks.NoStorageAsync(session));
        Assert.Empty(PageChecks.OnlyOwnOrigin(session));
        return receipt;
    }

    private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
}
