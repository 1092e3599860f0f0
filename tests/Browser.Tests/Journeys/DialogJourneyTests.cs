using Halsoportal.Browser.Tests.Infrastructure;
using Halsoportal.Dialog.Surveys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Halsoportal.Browser.Tests.Journeys;

/// <summary>
/// A participant at a meeting answers a medborgardialog on a 320 px phone by keyboard, with and
/// without JavaScript: a missed question, going back to change an answer, check your answers,
/// the receipt — and nothing stored in the browser. A Finnish and a Yiddish reader answer the demo
/// dialog in their language the same way. (Every question type and the failure paths are tested over
/// HTTP in Web.Tests.)
/// </summary>
public sealed class DialogJourneyTests(HalsoportalServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const string Age = "Hur gammal är du?";
    private const string Wishes = "Vad skulle få dig att röra dig mer i Haga?";
    private const string More = "Vill du berätta något mer?";

    /// <summary>A short open survey in Sundsvall, opened an hour ago (this server runs on real time).</summary>
    private async Task<Survey> CreateSurveyAsync(string slug, ParticipationMode mode = ParticipationMode.Open)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var surveys = scope.ServiceProvider.GetRequiredService<SurveyService>();
        var now = DateTime.UtcNow;
        var result = await surveys.CreateAsync(
            new Survey
            {
                Slug = slug,
                Title = "Rörelse i Haga",
                Purpose = "Sundsvalls kommun vill veta vad som får fler att röra sig i stadsdelen Haga.",
                PrivacyNotice = "Vi sparar dina svar utan namn eller IP-adress i ett år efter att enkäten stängt.",
                OpensAt = now.AddHours(-1),
                ClosesAt = now.AddDays(7),
                Mode = mode,
                Kommuner = [new SurveyKommun { KommunCode = "2281" }],
                Questions =
                [
                    new Question
                    {
                        Order = 1, Type = QuestionType.SingleChoice, IsBackground = true, Required = true, Text = Age,
                        Options = [new() { Order = 1, Text = "Under 20 år" }, new() { Order = 2, Text = "20–64 år" }, new() { Order = 3, Text = "65 år eller äldre" }],
                    },
                    new Question
                    {
                        Order = 2, Type = QuestionType.MultipleChoice, MaxChoices = 2, Required = true, Text = Wishes,
                        Options = [new() { Order = 1, Text = "Ett utegym" }, new() { Order = 2, Text = "Belysta promenadstråk" }, new() { Order = 3, Text = "Gruppträning utomhus" }],
                    },
                    new Question { Order = 3, Type = QuestionType.FreeText, MaxLength = 300, Text = More },
                ],
            },
            CancellationToken.None);
        Assert.True(result.Status == SurveyCommandStatus.Done, string.Join("; ", result.Errors.Select(e => e.Message)));
        return (await surveys.GetAsync(result.SurveyId!.Value, CancellationToken.None))!;
    }

    private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static async Task AssertPageIsFineAsync(BrowserSession session)
    {
        Assert.Empty(await PageChecks.NoHorizontalScrollAsync(session.Page));
        if (session.Options.JavaScriptEnabled)
        {
            Assert.Empty(await PageChecks.AxeAsync(session.Page));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Participant_AnswersByKeyboardOnAPhone_ChangesAnAnswer_GetsAReceipt(bool javaScript) => RunAsync(
        async session =>
        {
            var page = session.Page;
            var keys = new KeyboardUser(page);
            var survey = await CreateSurveyAsync($"rorelse-i-haga-{(javaScript ? "js" : "utan-js")}");

            await page.GotoAsync($"/sundsvall/dialog/{survey.Slug}");
            await AssertPageIsFineAsync(session);
            await keys.ActivateAndWaitForPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "Svara på enkäten" }));

            // Question 1: the first option by Tab, the second by arrow key.
            Assert.Equal(Age, (await page.Locator("h1").InnerTextAsync()).Trim());
            await keys.TabToAsync(page.GetByLabel("Under 20 år"));
            await keys.PressAsync("ArrowDown");
            Assert.True(await page.GetByLabel("20–64 år").IsCheckedAsync());
            await AssertPageIsFineAsync(session);
            await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));

            // Question 2, sent without an answer: the error summary leads to the field.
            Assert.StartsWith(Wishes, (await page.Locator("h1").InnerTextAsync()).Trim(), StringComparison.Ordinal);
            await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));
            await AssertPageIsFineAsync(session);
            Assert.Empty(await PageChecks.ErrorSummaryAsync(page, javaScript));
            await keys.CheckAsync(page.GetByLabel("Belysta promenadstråk"));
            await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));

            // Question 3, optional free text; then back to question 2, where the choice is kept.
            await keys.FillAsync(page.GetByLabel(More + " (frivillig)"), "Fler bänkar längs Selångersån.");
            await keys.ActivateAndWaitForPageAsync(Button(page, "Tillbaka"));
            Assert.True(await page.GetByLabel("Belysta promenadstråk").IsCheckedAsync(), "Going back lost the answer.");
            await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));
            Assert.Equal("Fler bänkar längs Selångersån.", await page.GetByLabel(More + " (frivillig)").InputValueAsync());
            await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));

            // Check your answers: change the age, come straight back.
            Assert.Equal("Kontrollera dina svar", (await page.Locator("h1").InnerTextAsync()).Trim());
            await AssertPageIsFineAsync(session);
            await keys.ActivateAndWaitForPageAsync(page.GetByRole(AriaRole.Button, new() { Name = $"Ändra – {Age}" }));
            await keys.TabToAsync(page.GetByLabel("20–64 år"));
            await keys.PressAsync("ArrowDown");
            await keys.ActivateAndWaitForPageAsync(Button(page, "Spara och gå tillbaka till dina svar"));
            Assert.Equal("Kontrollera dina svar", (await page.Locator("h1").InnerTextAsync()).Trim());
            Assert.Contains("65 år eller äldre", await page.Locator(".summary-list").InnerTextAsync(), StringComparison.Ordinal);

            await keys.ActivateAndWaitForPageAsync(Button(page, "Skicka svaren"));

            Assert.Equal("Tack för dina svar", (await page.Locator("h1").InnerTextAsync()).Trim());
            Assert.Matches("^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$", (await page.Locator("#kvittokod").InnerTextAsync()).Trim());
            await AssertPageIsFineAsync(session);
            Assert.Empty(await PageChecks.NoStorageAsync(session));
            Assert.Empty(PageChecks.OnlyOwnOrigin(session));
        },
        new BrowserSessionOptions { Viewport = Viewport.Phone, JavaScriptEnabled = javaScript },
        traceName: javaScript ? "js" : "utan-js");

    /// <summary>What a reader of one language sees and picks in the demo dialog (trygghet och belysning, Sundsvall).</summary>
    private sealed record DemoLanguage(
        string Code, string Endonym, string Title, string Age, string FirstAge, string SecondAge, string FirstWay, string ScaleLow,
        string Wish, string Yes, string No, string More, string Comment);

    private static readonly Dictionary<string, DemoLanguage> DemoLanguages = new(StringComparer.Ordinal)
    {
        ["fi"] = new("fi", "Suomi", "Turvallisuus ja valaistus kävely- ja pyöräteillä", "Kuinka vanha olet?", "Alle 20 vuotta", "20–39 vuotta",
            "Kävellen", "1 – En lainkaan turvalliseksi", "Parempi valaistus", "Kyllä", "Ei", "Haluatko kertoa meille vielä jotain?",
            "Alnön sillalle tarvitaan lisää valoa."),
        ["yi"] = new("yi", "ייִדיש", "זיכערקייט און ליכט אויף די פֿוס־ און ראָווער־וועגן", "ווי אַלט זענט איר?", "ייִנגער ווי 20 יאָר", "20–39 יאָר",
            "צו פֿוס", "1 – גאָר ניט זיכער", "בעסער ליכט", "יאָ", "ניין", "ווילט איר אונדז נאָך עפּעס דערציילן?",
            "מע דאַרף מער ליכט בײַ דער בריק."),
    };

    [Theory]
    [InlineData("fi", true)]
    [InlineData("fi", false)]
    [InlineData("yi", true)]
    [InlineData("yi", false)]
    public Task Reader_AnswersTheDemoDialogInTheirLanguageByKeyboardOnAPhone_GetsAReceipt(string code, bool javaScript) => RunAsync(
        async session =>
        {
            var page = session.Page;
            var keys = new KeyboardUser(page);
            var l = DemoLanguages[code];
            var rtl = code == "yi";
            async Task AssertLanguageAsync()
            {
                Assert.Equal(l.Code, await page.Locator("html").GetAttributeAsync("lang"));
                Assert.Equal(rtl ? "rtl" : null, await page.Locator("html").GetAttributeAsync("dir"));
            }

            // The Swedish dialog page names the language in itself; the translated page leads to the answers.
            await page.GotoAsync("/sundsvall/dialog/trygga-gang-och-cykelvagar");
            await keys.ActivateAndWaitForPageAsync(page.Locator(".language-switch").GetByRole(AriaRole.Link, new() { Name = l.Endonym, Exact = true }));
            Assert.Equal($"/sundsvall/dialog/trygga-gang-och-cykelvagar/{code}", new Uri(page.Url).AbsolutePath);
            await AssertLanguageAsync();
            Assert.Equal(l.Title, (await page.Locator("h1").InnerTextAsync()).Trim());
            await AssertPageIsFineAsync(session);
            await keys.ActivateAndWaitForPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "Svara på enkäten" }));

            // Age: the first option by Tab, the second by arrow key.
            await AssertLanguageAsync();
            Assert.Equal(l.Age, (await page.Locator("h1").InnerTextAsync()).Trim());
            Assert.Equal(rtl ? "rtl" : "ltr", await page.Locator("h1").EvaluateAsync<string>("h => getComputedStyle(h).direction"));
            await keys.TabToAsync(page.GetByLabel(l.FirstAge, new() { Exact = true }));
            await keys.PressAsync("ArrowDown");
            Assert.True(await page.GetByLabel(l.SecondAge, new() { Exact = true }).IsCheckedAsync());
            await AssertPageIsFineAsync(session);
            await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));

            // Where you live is optional; how you get about is not: the error summary leads to the field.
            await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));
            await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));
            await AssertLanguageAsync();
            await AssertPageIsFineAsync(session);
            Assert.Empty(await PageChecks.ErrorSummaryAsync(page, javaScript));
            await keys.TabToAsync(page.GetByLabel(l.FirstWay, new() { Exact = true }));
            await keys.PressAsync("Space");
            await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));

            // The scale, the optional matrix, a choice of up to three, the place question.
            await keys.TabToAsync(page.GetByLabel(l.ScaleLow, new() { Exact = true }));
            await keys.PressAsync("ArrowDown");
            await AssertPageIsFineAsync(session);
            await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));
            await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));
            await keys.CheckAsync(page.GetByLabel(l.Wish, new() { Exact = true }));
            await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));
            await keys.TabToAsync(page.GetByLabel(l.Yes, new() { Exact = true }));
            await keys.PressAsync("ArrowDown");
            Assert.True(await page.GetByLabel(l.No, new() { Exact = true }).IsCheckedAsync());
            await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));

            // The last, free text, in the reader's own script.
            await keys.FillAsync(page.GetByLabel(l.More), l.Comment);
            await AssertPageIsFineAsync(session);
            await keys.ActivateAndWaitForPageAsync(Button(page, "Fortsätt"));

            // Check your answers: the reader's language, the site's words in Swedish.
            Assert.Equal("Kontrollera dina svar", (await page.Locator("h1").InnerTextAsync()).Trim());
            await AssertLanguageAsync();
            var summary = await page.Locator(".summary-list").InnerTextAsync();
            Assert.Contains(l.SecondAge, summary, StringComparison.Ordinal);
            Assert.Contains(l.Wish, summary, StringComparison.Ordinal);
            Assert.Contains(l.Comment, summary, StringComparison.Ordinal);
            await AssertPageIsFineAsync(session);
            await keys.ActivateAndWaitForPageAsync(Button(page, "Skicka svaren"));

            Assert.Equal("Tack för dina svar", (await page.Locator("h1").InnerTextAsync()).Trim());
            await AssertLanguageAsync();
            Assert.Matches("^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$", (await page.Locator("#kvittokod").InnerTextAsync()).Trim());
            await AssertPageIsFineAsync(session);
            Assert.Empty(await PageChecks.NoStorageAsync(session));
            Assert.Empty(PageChecks.OnlyOwnOrigin(session));
        },
        new BrowserSessionOptions { Viewport = Viewport.Phone, JavaScriptEnabled = javaScript },
        traceName: $"{code}-{(javaScript ? "js" : "utan-js")}");

    [Fact]
    public Task Participant_ScansAnInvitationQrCode_FindsTheCodeFilledIn() => RunAsync(
        async session =>
        {
            var page = session.Page;
            var survey = await CreateSurveyAsync("rorelse-i-haga-kod", ParticipationMode.Invitation);

            await page.GotoAsync($"/sundsvall/dialog/{survey.Slug}/svara#kod=k7mq2-xr9td");

            Assert.Equal("K7MQ2-XR9TD", await page.GetByLabel("Skriv in din kod").InputValueAsync());
            Assert.DoesNotContain("kod=", page.Url, StringComparison.Ordinal);
            Assert.Empty(await PageChecks.AxeAsync(page));
            Assert.Empty(await PageChecks.NoHorizontalScrollAsync(page));
        },
        new BrowserSessionOptions { Viewport = Viewport.Phone });
}
