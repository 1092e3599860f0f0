using System.Net;
using AngleSharp.Dom;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Dialog;

/// <summary>
/// Answering a dialog in Finnish through HTTP, without JavaScript or cookies: the page's language, the survey's texts
/// in Finnish and the site's own words in Swedish marked so, errors, check your answers and the receipt, and the
/// answers stored as the same options as Swedish answers. Only complete translations are offered; any other language
/// is a 404 that lists those there are.
/// </summary>
public sealed class TranslatedAnsweringTests(DialogSite fixture) : IClassFixture<DialogSite>
{
    private readonly HttpClient client = fixture.Client;

    /// <summary>The sample survey in Finnish, text by Swedish text.</summary>
    private static readonly Dictionary<string, string> Finnish = new(StringComparer.Ordinal)
    {
        ["Trygga gångvägar i Sundsvall"] = "Turvalliset kävelytiet Sundsvallissa",
        ["Kommunen planerar ny belysning och röjning längs gångvägarna. Berätta var du känner dig trygg."] =
            "Kunta suunnittelee uutta valaistusta ja raivausta kävelyteiden varsille. Kerro, missä tunnet olosi turvalliseksi.",
        ["Vi sparar bara dina svar, utan namn eller IP-adress. Svaren raderas ett år efter att enkäten stängt."] =
            "Tallennamme vain vastauksesi ilman nimeä tai IP-osoitetta. Vastaukset poistetaan vuoden kuluttua kyselyn sulkeutumisesta.",
        [SampleSurvey.Age] = "Kuinka vanha olet?",
        ["Under 20 år"] = "Alle 20 vuotta",
        ["20–64 år"] = "20–64 vuotta",
        ["65 år eller äldre"] = "65 vuotta tai vanhempi",
        [SampleSurvey.Evening] = "Mitä teet ulkona iltaisin?",
        ["Promenerar"] = "Kävelen",
        ["Cyklar"] = "Pyöräilen",
        ["Springer"] = "Juoksen",
        ["Väntar på bussen"] = "Odotan bussia",
        [SampleSurvey.Cycling] = "Missä pyöräily tuntuu turvattomalta?",
        [SampleSurvey.Safety] = "Kuinka turvalliseksi tunnet olosi kävelyteillä arki-iltana?",
        ["Inte alls trygg"] = "En lainkaan turvalliseksi",
        ["Mycket trygg"] = "Hyvin turvalliseksi",
        [SampleSurvey.Places] = "Kuinka hyvin nämä asiat toimivat lähimmällä kävelytielläsi?",
        ["Mycket dåligt"] = "Hyvin huonosti",
        ["Mycket bra"] = "Hyvin hyvin",
        ["Belysning"] = "Valaistus",
        ["Snöröjning"] = "Lumenauraus",
        [SampleSurvey.Ranking] = "Mitä kunnan pitäisi tehdä ensin?",
        ["Fler lampor"] = "Lisää lamppuja",
        ["Röja buskar"] = "Pensaiden raivaus",
        ["Fler bänkar"] = "Lisää penkkejä",
    };

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Heading(IDocument page) => page.QuerySelector("h1")!.TextContent.Trim();

    private static Question Q(Survey survey, string text) => survey.Questions.Single(q => q.Text == text);

    private static string OptionId(Survey survey, string question, string option) => Id(Q(survey, question).Options.Single(o => o.Text == option).Id);

    /// <summary>Saves the translation through the editors' service; <paramref name="leaveOut"/> keys stay untranslated.</summary>
    private async Task TranslateAsync(Survey survey, string language, params string[] leaveOut)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var texts = SurveyTranslations.Texts(survey).Where(t => !leaveOut.Contains(t.Key))
            .ToDictionary(t => t.Key, t => (string?)Finnish[t.Source], StringComparer.Ordinal);
        var result = await scope.ServiceProvider.GetRequiredService<SurveyEditingService>()
            .SaveTranslationAsync(survey.Id, survey.Version, language, texts, CancellationToken.None);
        Assert.Equal(SurveyCommandStatus.Done, result.Status);
    }

    private async Task<Survey> FinnishSurveyAsync()
    {
        var survey = await fixture.CreateAsync();
        await TranslateAsync(survey, "fi");
        return survey;
    }

    [Fact]
    public async Task FinnishFlow_FirstPage_IsFinnishWithSwedishInterfaceMarked_AndOffersOnlyCompleteLanguages()
    {
        var survey = await FinnishSurveyAsync();

        var (response, page) = await Html.GetAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara/fi");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fi", page.DocumentElement.GetAttribute("lang"));
        Assert.Null(page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Kuinka vanha olet?", Heading(page));
        Assert.Equal(["Alle 20 vuotta", "20–64 vuotta", "65 vuotta tai vanhempi"], page.QuerySelectorAll(".choices label").Select(l => l.TextContent.Trim()));
        Assert.Equal("sv", page.QuerySelector(".dialog-form__progress")!.GetAttribute("lang"));
        Assert.Equal("sv", page.QuerySelector(".dialog-form__buttons")!.GetAttribute("lang"));
        Assert.Equal($"/sundsvall/dialog/{survey.Slug}/svara/fi", page.QuerySelector("form#enkat")!.GetAttribute("action"));
        Assert.Contains("Turvalliset kävelytiet Sundsvallissa", page.Title, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"), "The answering pages set a cookie.");

        // The switch: Swedish and Finnish, each named in itself, with lang and hreflang; nothing else.
        var links = page.QuerySelectorAll(".language-switch a");
        Assert.Equal(["Svenska", "Suomi"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal(["sv", "fi"], links.Select(a => a.GetAttribute("hreflang")));
        Assert.Equal(["sv", "fi"], links.Select(a => a.ParentElement!.GetAttribute("lang")));
        Assert.Equal("page", links[1].GetAttribute("aria-current"));
        foreach (var href in links.Select(a => a.GetAttribute("href")!))
        {
            await Html.GetOkAsync(client, href);
        }
    }

    [Fact]
    public async Task FinnishFlow_MissingAnswer_ShowsSwedishErrorQuotingTheFinnishQuestion()
    {
        var survey = await FinnishSurveyAsync();
        var first = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara/fi");

        var (response, page) = await FormPost.SubmitAsync(client, first, "fortsatt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Fel: ", page.Title, StringComparison.Ordinal);
        Assert.Equal("fi", page.DocumentElement.GetAttribute("lang"));
        var summary = page.QuerySelector(".error-summary")!;
        Assert.Equal("sv", summary.GetAttribute("lang"));
        var link = summary.QuerySelector("li a")!;
        Assert.Equal($"#q{Q(survey, SampleSurvey.Age).Id}", link.GetAttribute("href"));
        Assert.Equal("Välj ett svarsalternativ på frågan ”Kuinka vanha olet?”.", link.TextContent.Trim());
        Assert.Equal("fi", link.QuerySelector("span[lang]")!.GetAttribute("lang"));
        Assert.Equal("Kuinka vanha olet?", link.QuerySelector("span[lang]")!.TextContent);
        Assert.Equal("sv", page.QuerySelector(".error-message")!.GetAttribute("lang"));
        Assert.Equal("Kuinka vanha olet?", Heading(page));

        // Only the first page offers the switch: a link from here would leave the answers behind.
        Assert.Null(page.QuerySelector(".language-switch"));
    }

    [Fact]
    public async Task FinnishFlow_AnswersEverything_ChecksInFinnish_GetsReceipt_AndTheAnswersAreTheSwedishOptions()
    {
        var survey = await FinnishSurveyAsync();
        var page = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara/fi");
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", ($"q{Q(survey, SampleSurvey.Age).Id}", OptionId(survey, SampleSurvey.Age, "65 år eller äldre")));
        Assert.Equal("Mitä teet ulkona iltaisin?", Heading(page));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", ($"q{Q(survey, SampleSurvey.Evening).Id}", OptionId(survey, SampleSurvey.Evening, "Cyklar")));
        Assert.StartsWith("Missä pyöräily tuntuu turvattomalta?", Heading(page), StringComparison.Ordinal);
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", ($"q{Q(survey, SampleSurvey.Cycling).Id}", "Siltojen alla"));
        Assert.Contains("5 – Hyvin turvalliseksi", page.QuerySelector(".choices")!.TextContent, StringComparison.Ordinal);
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", ($"q{Q(survey, SampleSurvey.Safety).Id}", "2"));
        var matrix = Q(survey, SampleSurvey.Places);
        Assert.Equal(["Valaistus", "Lumenauraus"], page.QuerySelectorAll(".matrix-row legend").Select(l => l.TextContent.Trim()));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", ($"q{matrix.Id}-r{matrix.Options[0].Id}", "1"), ($"q{matrix.Id}-r{matrix.Options[1].Id}", "4"));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt");

        Assert.Equal("Kontrollera dina svar", Heading(page));
        Assert.Equal("sv", page.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("fi", page.DocumentElement.GetAttribute("lang"));
        var summary = page.QuerySelector(".summary-list")!.TextContent;
        foreach (var expected in new[] { "Kuinka vanha olet?", "65 vuotta tai vanhempi", "Pyöräilen", "Siltojen alla", "Valaistus: 1 – Hyvin huonosti" })
        {
            Assert.Contains(expected, summary, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("65 år eller äldre", summary, StringComparison.Ordinal);

        var (response, receipt) = await FormPost.SubmitAsync(client, page, "skicka");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tack för dina svar", Heading(receipt));
        Assert.Equal("fi", receipt.DocumentElement.GetAttribute("lang"));
        Assert.Equal("sv", receipt.QuerySelector(".receipt")!.GetAttribute("lang"));
        Assert.Matches("^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$", receipt.QuerySelector("#kvittokod")!.TextContent.Trim());
        Assert.Equal($"/sundsvall/dialog/{survey.Slug}/fi", receipt.QuerySelector("a.button")!.GetAttribute("href"));
        Assert.Equal(1, fixture.Responses(survey.Id));

        // Stored as the Swedish survey's options: the same answer as "65 år eller äldre" and "Cyklar" in Swedish.
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DialogDbContext>();
        var responseId = await db.Responses.Where(r => r.SurveyId == survey.Id).Select(r => r.Id).SingleAsync();
        var options = await db.Answers.Where(a => a.ResponseId == responseId && a.OptionId != null).Select(a => a.OptionId!.Value).ToListAsync();
        Assert.Contains(Q(survey, SampleSurvey.Age).Options.Single(o => o.Text == "65 år eller äldre").Id, options);
        Assert.Contains(Q(survey, SampleSurvey.Evening).Options.Single(o => o.Text == "Cyklar").Id, options);
    }

    [Fact]
    public async Task FinnishDialogPage_IsInFinnish_AndLeadsToTheFinnishAnswers()
    {
        var survey = await FinnishSurveyAsync();

        var page = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/fi");

        Assert.Equal("fi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Turvalliset kävelytiet Sundsvallissa", Heading(page));
        Assert.Contains("Tallennamme vain vastauksesi", page.QuerySelector("section[aria-labelledby=personuppgifter]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("sv", page.QuerySelector(".dialog-facts")!.GetAttribute("lang"));
        Assert.Equal($"/sundsvall/dialog/{survey.Slug}/svara/fi", page.QuerySelector("a.button--start")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("link[rel=alternate][hreflang]"), l => l.GetAttribute("hreflang") == "fi");

        // The Swedish page offers the Finnish one.
        var swedish = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}");
        Assert.Equal(["Svenska", "Suomi"], swedish.QuerySelectorAll(".language-switch a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task IncompleteTranslation_IsNotOffered_AndItsAddressIsA404ListingTheLanguagesThereAre()
    {
        var survey = await FinnishSurveyAsync();
        var ranking = Q(survey, SampleSurvey.Ranking);
        await using (var scope = fixture.Site.Services.CreateAsyncScope())
        {
            var current = (await scope.ServiceProvider.GetRequiredService<SurveyService>().GetAsync(survey.Id, default))!;
            survey = current;
        }

        // English with one option left out: saved, but not shown.
        await TranslateAsync(survey, "en", SurveyTranslations.OptionKey(ranking.Options[2].Id));

        var first = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara");
        Assert.Equal(["Svenska", "Suomi"], first.QuerySelectorAll(".language-switch a").Select(a => a.TextContent.Trim()));

        foreach (var url in new[] { $"/sundsvall/dialog/{survey.Slug}/svara/en", $"/sundsvall/dialog/{survey.Slug}/en", $"/sundsvall/dialog/{survey.Slug}/svara/xx" })
        {
            var (response, page) = await Html.GetAsync(client, url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(["Svenska", "Suomi"], page.QuerySelectorAll(".language-switch a").Select(a => a.TextContent.Trim()));
            Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        }

        var (_, missing) = await Html.GetAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara/en");
        Assert.Contains("finns inte på engelska (English) än", missing.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
