using System.Net;
using AngleSharp.Dom;
using Halsoportal.Dialog.Surveys;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Dialog;

/// <summary>
/// A dialog's pages in other languages through HTTP, without JavaScript: the results in a translation (same numbers,
/// the translation's texts, a switch and hreflang, a missing language a 404 listing those there are), the dialog page
/// and the answer flow in English with English interface words (errors and the "Error:" title too), Swedish words marked
/// so in other languages, the Swedish pages unchanged, and the kommun's list naming each dialog's languages.
/// </summary>
public sealed class TranslatedDialogPagesTests(DialogSite fixture) : IClassFixture<DialogSite>
{
    private readonly HttpClient client = fixture.Client;

    private static string Heading(IDocument page) => page.QuerySelector("h1")!.TextContent.Trim();

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Question Q(Survey survey, string text) => survey.Questions.Single(q => q.Text == text);

    private static string OptionId(Survey survey, string question, string option) => Id(Q(survey, question).Options.Single(o => o.Text == option).Id);

    /// <summary>Each text marked with its language, so a test can tell which version it reads.</summary>
    private static string In(string language, string swedish) => $"[{language}] {swedish}";

    private async Task<Survey> TranslatedAsync(Action<Survey>? change, params string[] languages)
    {
        var survey = await fixture.CreateAsync(change);
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<SurveyEditingService>();
        var surveys = scope.ServiceProvider.GetRequiredService<SurveyService>();
        foreach (var language in languages)
        {
            var texts = SurveyTranslations.Texts(survey).ToDictionary(t => t.Key, t => (string?)In(language, t.Source), StringComparer.Ordinal);
            var result = await editing.SaveTranslationAsync(survey.Id, survey.Version, language, texts, CancellationToken.None);
            Assert.Equal(SurveyCommandStatus.Done, result.Status);
            survey = (await surveys.GetAsync(survey.Id, CancellationToken.None))!;
        }

        return survey;
    }

    private static IReadOnlyList<string> Cells(IDocument page, string question) =>
        [.. page.QuerySelectorAll("section.result").Single(s => s.QuerySelector("h2")!.TextContent.Contains(question, StringComparison.Ordinal))
            .QuerySelectorAll("table tbody td").Select(td => td.TextContent.Trim())];

    [Fact]
    public async Task Results_InATranslation_SameNumbers_TranslatedTexts_SwitchAndHreflang_AndAMissingLanguageIsA404()
    {
        // Closes in two minutes, then the clock passes it (as ResultsPageTests do).
        var survey = await TranslatedAsync(s => s.ClosesAt = DialogSite.Now.UtcDateTime.AddMinutes(2), "fi", "en");
        await fixture.AnswerAsync(survey, ("20–64 år", 9), ("65 år eller äldre", 6));
        fixture.Clock.Advance(TimeSpan.FromMinutes(3));
        var url = $"/sundsvall/dialog/{survey.Slug}/resultat";

        var swedish = await Html.GetOkAsync(client, url);
        var finnish = await Html.GetOkAsync(client, $"{url}/fi");

        Assert.Equal("fi", finnish.DocumentElement.GetAttribute("lang"));
        Assert.Equal($"Resultat: {In("fi", survey.Title)}", Heading(finnish));
        Assert.Equal("sv", finnish.QuerySelector("h1 span")!.GetAttribute("lang"));
        var intro = finnish.QuerySelector(".results-intro")!;
        Assert.Equal("sv", intro.GetAttribute("lang"));
        Assert.Contains("15 personer svarade", intro.TextContent, StringComparison.Ordinal);

        // The same numbers under the Finnish question, options and scale ends; the table's own words stay Swedish.
        Assert.Equal(Cells(swedish, SampleSurvey.Safety), Cells(finnish, In("fi", SampleSurvey.Safety)));
        var safety = finnish.QuerySelectorAll("section.result").Single(s => s.QuerySelector("h2")!.TextContent == In("fi", SampleSurvey.Safety));
        Assert.Null(safety.QuerySelector("h2")!.GetAttribute("lang"));
        Assert.Equal("sv", safety.QuerySelector("table")!.GetAttribute("lang"));
        var rowLabels = safety.QuerySelectorAll("table tbody th span[lang=fi]").Select(s => s.TextContent).ToList();
        Assert.Equal($"1 {In("fi", "Inte alls trygg")}", rowLabels[0]);
        Assert.Equal($"5 {In("fi", "Mycket trygg")}", rowLabels[^1]);
        var evening = finnish.QuerySelectorAll("section.result").Single(s => s.QuerySelector("h2")!.TextContent == In("fi", SampleSurvey.Evening));
        Assert.Equal([In("fi", "Promenerar"), In("fi", "Cyklar"), In("fi", "Springer"), In("fi", "Väntar på bussen")],
            evening.QuerySelectorAll("table tbody th").Select(th => th.TextContent.Trim()));

        // Broken down by age: the groups are the Finnish options.
        var age = Q(survey, SampleSurvey.Age).Id;
        var broken = await Html.GetOkAsync(client, $"{url}/fi?uppdelning={Id(age)}");
        Assert.Equal($"{url}/fi", broken.QuerySelector("form.breakdown-form")!.GetAttribute("action"));
        var groups = broken.QuerySelectorAll("section.result").Single(s => s.QuerySelector("h2")!.TextContent == In("fi", SampleSurvey.Safety))
            .QuerySelectorAll("table")[^1].QuerySelectorAll("tbody tr th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains(In("fi", "20–64 år"), groups);
        Assert.Contains(In("fi", "65 år eller äldre"), groups);

        // The switch offers Swedish and the complete translations, on the Swedish page too; each leads to a page.
        foreach (var page in new[] { swedish, finnish })
        {
            var links = page.QuerySelectorAll(".language-switch a");
            Assert.Equal(["Svenska", "English", "Suomi"], links.Select(a => a.TextContent.Trim()));
            Assert.Equal([url, $"{url}/en", $"{url}/fi"], links.Select(a => a.GetAttribute("href")));
            Assert.Equal(["sv", "en", "fi"], links.Select(a => a.GetAttribute("hreflang")));
            Assert.Equal(["sv", "en", "fi", "x-default"], page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")));
        }

        Assert.Equal("page", finnish.QuerySelectorAll(".language-switch a")[2].GetAttribute("aria-current"));
        // In English the page's own words are English too, with nothing marked Swedish; the numbers are the same.
        var english = await Html.GetOkAsync(client, $"{url}/en");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Results", english.QuerySelectorAll(".breadcrumbs li")[^1].TextContent.Trim());
        Assert.Equal($"Results: {In("en", survey.Title)}", Heading(english));
        Assert.StartsWith("15 people answered.", english.QuerySelector(".results-intro")!.TextContent.Trim(), StringComparison.Ordinal);
        var englishSafety = english.QuerySelectorAll("section.result").Single(s => s.QuerySelector("h2")!.TextContent == In("en", SampleSurvey.Safety));
        Assert.Equal(["Answer", "Count", "Share"], englishSafety.QuerySelectorAll("table thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal($"Answers to “{In("en", SampleSurvey.Safety)}”, mean 3.0", englishSafety.QuerySelector("caption")!.TextContent.Trim());
        Assert.Equal(Cells(swedish, SampleSurvey.Safety).Select(c => c.Replace(" %", "%", StringComparison.Ordinal)), Cells(english, In("en", SampleSurvey.Safety)));
        Assert.StartsWith($"Bar chart, {In("en", SampleSurvey.Safety)}: ", englishSafety.QuerySelector(".bars")!.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.DoesNotContain(english.QuerySelectorAll("main [lang]"), e => e.Closest(".language-switch") is null);

        // The dialog page links to the results in its own language.
        var details = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/fi");
        Assert.Contains(details.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"{url}/fi");

        // A language the dialog lacks, or none at all: a 404 offering the versions there are.
        foreach (var missing in new[] { $"{url}/yi", $"{url}/xx" })
        {
            var (response, page) = await Html.GetAsync(client, missing);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
            Assert.Equal([url, $"{url}/en", $"{url}/fi"], page.QuerySelectorAll(".language-switch a").Select(a => a.GetAttribute("href")));
            Assert.Null(page.QuerySelector("table"));
        }

        var (_, yiddish) = await Html.GetAsync(client, $"{url}/yi");
        Assert.Contains("finns inte på jiddisch", yiddish.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishAnswerPages_HaveEnglishInterface_ErrorsAndTitleToo_WithoutJavaScript()
    {
        var survey = await TranslatedAsync(null, "en");
        var page = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara/en");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(In("en", SampleSurvey.Age), Heading(page));
        var progress = page.QuerySelector(".dialog-form__progress")!;
        Assert.Equal(("Question 1 of 5", null), (progress.TextContent.Trim(), progress.GetAttribute("lang")));
        Assert.Null(page.QuerySelector(".dialog-form__buttons")!.GetAttribute("lang"));
        Assert.Equal("Continue", page.QuerySelector(".dialog-form__buttons button")!.TextContent.Trim());
        Assert.Equal("Back to the dialogue", page.QuerySelector($"main a[href='/sundsvall/dialog/{survey.Slug}/en']")!.TextContent.Trim());
        Assert.Equal("Skip to content", page.QuerySelector(".skip-link")!.TextContent.Trim());
        Assert.Equal(["Dialogues", "Answer"], page.QuerySelectorAll(".breadcrumbs li").Skip(1).Where((_, i) => i != 1).Select(li => li.TextContent.Trim()));
        Assert.DoesNotContain(page.QuerySelectorAll("main [lang=sv]"), e => e.Closest(".language-switch") is null);

        // A bad POST: the error summary's heading and the "Error:" title in English, the engine's message Swedish, marked so.
        var (response, error) = await FormPost.SubmitAsync(client, page, "fortsatt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", error.Title, StringComparison.Ordinal);
        var summary = error.QuerySelector(".error-summary")!;
        Assert.Equal("sv", summary.GetAttribute("lang"));
        var heading = summary.QuerySelector("h2")!;
        Assert.Equal(("There is a problem", "en"), (heading.TextContent.Trim(), heading.GetAttribute("lang")));
        Assert.Equal($"Välj ett svarsalternativ på frågan ”{In("en", SampleSurvey.Age)}”.", summary.QuerySelector("li a")!.TextContent.Trim());
        var message = error.QuerySelector(".error-message")!;
        Assert.Equal("sv", message.GetAttribute("lang"));
        var prefix = message.QuerySelector(".visually-hidden")!;
        Assert.Equal(("Error:", "en"), (prefix.TextContent.Trim(), prefix.GetAttribute("lang")));

        // Through the questions to the check page and the receipt, in English.
        (_, page) = await FormPost.SubmitAsync(client, error, "fortsatt", ($"q{Q(survey, SampleSurvey.Age).Id}", OptionId(survey, SampleSurvey.Age, "20–64 år")));
        Assert.Equal("Back", page.QuerySelector("button[value=tillbaka]")!.TextContent.Trim());
        Assert.Contains("Choose at most 2.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", ($"q{Q(survey, SampleSurvey.Evening).Id}", OptionId(survey, SampleSurvey.Evening, "Promenerar")));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", ($"q{Q(survey, SampleSurvey.Safety).Id}", "4"));
        var places = Q(survey, SampleSurvey.Places);
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", ($"q{places.Id}-r{places.Options[0].Id}", "2"), ($"q{places.Id}-r{places.Options[1].Id}", "3"));
        Assert.Equal($"{In("en", SampleSurvey.Ranking)} (optional)", Heading(page));
        Assert.Equal("Choose a place", page.QuerySelector(".ranking select option")!.TextContent.Trim());
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt");

        Assert.Equal("Check your answers", Heading(page));
        Assert.Null(page.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.StartsWith("Check your answers – ", page.Title, StringComparison.Ordinal);
        Assert.Equal("Send the answers", page.QuerySelector("button[value=skicka]")!.TextContent.Trim());
        Assert.Contains("No answer (optional question)", page.QuerySelector(".summary-list")!.TextContent, StringComparison.Ordinal);

        var (sent, receipt) = await FormPost.SubmitAsync(client, page, "skicka");
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal("Thank you for your answers", Heading(receipt));
        Assert.Null(receipt.QuerySelector(".receipt")!.GetAttribute("lang"));
        Assert.Equal("Your receipt code", receipt.QuerySelector(".receipt__label")!.TextContent.Trim());
        var list = receipt.QuerySelector("main a[href='/sundsvall/dialog']")!;
        Assert.Equal(("Dialogues in Sundsvall (in Swedish)", "sv"), (list.TextContent.Trim(), list.GetAttribute("hreflang")));
    }

    [Fact]
    public async Task EnglishDialogPage_HasEnglishFactsAndTimelineWords_TheKommunsTimelineMarkedSwedish()
    {
        var survey = await TranslatedAsync(s => s.Timeline =
        [
            new SurveyStatusEntry { Stage = SurveyStage.Open, Date = DateOnly.FromDateTime(DialogSite.Now.UtcDateTime), Title = "Enkäten är öppen", Text = "Svara gärna före jul." },
        ], "en", "fi");

        var page = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/en");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Citizen dialogue", page.QuerySelector("main .label")!.TextContent.Trim());
        Assert.Equal("Open", page.QuerySelector(".dialog-status")!.TextContent.Trim());
        var facts = page.QuerySelector(".dialog-facts")!;
        Assert.Null(facts.GetAttribute("lang"));
        Assert.Equal(["Open", "Who can answer", "Questions"], facts.QuerySelectorAll("dt").Select(dt => dt.TextContent.Trim()));
        Assert.Contains("10 March 2027, 10:00", facts.TextContent, StringComparison.Ordinal);
        Assert.Equal("Answer the survey", page.QuerySelector("a.button--start")!.TextContent.Trim());
        Assert.Equal("How we handle the answers", page.QuerySelector("#personuppgifter")!.TextContent.Trim());

        // The timeline is the kommun's Swedish text, marked so; the site's words in it are English, marked so.
        var timeline = page.QuerySelector("#aterkoppling-sektion")!;
        Assert.Equal("sv", timeline.GetAttribute("lang"));
        var feedback = timeline.QuerySelector("h2")!;
        Assert.Equal(("What happens with the answers?", "en"), (feedback.TextContent.Trim(), feedback.GetAttribute("lang")));
        var stage = timeline.QuerySelector(".timeline__stage")!;
        Assert.Equal(("en", "Open 10 March 2027"), (stage.GetAttribute("lang"), stage.TextContent.Trim()));
        Assert.Equal("Enkäten är öppen", timeline.QuerySelector("h3")!.TextContent.Trim());
        Assert.Null(timeline.QuerySelector("h3")!.GetAttribute("lang"));

        // Finnish: the same words in Swedish, marked so; the timeline inherits Swedish from its section.
        var finnish = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/fi");
        Assert.Equal(("sv", "Medborgardialog"), (finnish.QuerySelector("main .label")!.GetAttribute("lang"), finnish.QuerySelector("main .label")!.TextContent.Trim()));
        Assert.Equal("Svara på enkäten", finnish.QuerySelector("a.button--start")!.TextContent.Trim());
        Assert.Equal("sv", finnish.QuerySelector(".dialog-facts")!.GetAttribute("lang"));
        Assert.Null(finnish.QuerySelector(".timeline__stage")!.GetAttribute("lang"));
        Assert.Equal("Vad händer med svaren?", finnish.QuerySelector("#aterkoppling")!.TextContent.Trim());
    }

    [Fact]
    public async Task SwedishPages_KeepTheirSwedishInterface_WithoutLanguageMarks()
    {
        var survey = await TranslatedAsync(null, "en");

        var details = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}");
        Assert.Equal("Medborgardialog", details.QuerySelector("main .label")!.TextContent.Trim());
        Assert.Equal(["Öppen", "Vem kan svara", "Frågor"], details.QuerySelectorAll(".dialog-facts dt").Select(dt => dt.TextContent.Trim()));
        Assert.Equal("Svara på enkäten", details.QuerySelector("a.button--start")!.TextContent.Trim());
        Assert.Equal("Vad händer med svaren?", details.QuerySelector("#aterkoppling")!.TextContent.Trim());

        var page = await Html.GetOkAsync(client, $"/sundsvall/dialog/{survey.Slug}/svara");
        Assert.Equal("Fråga 1 av 5", page.QuerySelector(".dialog-form__progress")!.TextContent.Trim());
        Assert.Equal("Fortsätt", page.QuerySelector(".dialog-form__buttons button")!.TextContent.Trim());
        Assert.Equal(["Dialoger", "Svara"], page.QuerySelectorAll(".breadcrumbs li").Skip(1).Where((_, i) => i != 1).Select(li => li.TextContent.Trim()));
        var (_, error) = await FormPost.SubmitAsync(client, page, "fortsatt");
        Assert.StartsWith("Fel: ", error.Title, StringComparison.Ordinal);
        Assert.Equal("Det finns ett problem", error.QuerySelector(".error-summary h2")!.TextContent.Trim());
        Assert.Equal("Fel:", error.QuerySelector(".error-message .visually-hidden")!.TextContent.Trim());
        Assert.DoesNotContain(error.QuerySelectorAll("main [lang]"), e => e.Closest(".language-switch") is null);
    }

    [Fact]
    public async Task DialogList_NamesTheLanguagesEachDialogIsAlsoIn_EachInItself_LinkedToThatVersion()
    {
        var translated = await TranslatedAsync(null, "yi", "fi", "en");
        var swedishOnly = await fixture.CreateAsync();

        var page = await Html.GetOkAsync(client, "/sundsvall/dialog");

        IElement Card(Survey s) => page.QuerySelectorAll("li.dialog-card").Single(li => li.QuerySelector("h3 a")!.GetAttribute("href") == $"/sundsvall/dialog/{s.Slug}");
        var links = Card(translated).QuerySelectorAll(".dialog-card__languages a");
        Assert.Equal(["English", "Suomi", "ייִדיש"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal(["en", "fi", "yi"], links.Select(a => a.GetAttribute("lang")));
        Assert.Equal(["en", "fi", "yi"], links.Select(a => a.GetAttribute("hreflang")));
        Assert.Equal(["ltr", "ltr", "rtl"], links.Select(a => a.GetAttribute("dir")));
        Assert.StartsWith("Finns också på", Card(translated).QuerySelector(".dialog-card__languages")!.TextContent.Trim(), StringComparison.Ordinal);
        foreach (var (href, language) in links.Select(a => (a.GetAttribute("href")!, a.GetAttribute("lang")!)))
        {
            Assert.Equal($"/sundsvall/dialog/{translated.Slug}/{language}", href);
            Assert.Equal(language, (await Html.GetOkAsync(client, href)).DocumentElement.GetAttribute("lang"));
        }

        Assert.Null(Card(swedishOnly).QuerySelector(".dialog-card__languages"));
    }
}
