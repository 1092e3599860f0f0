using System.Net;
using AngleSharp.Html.Parser;
using Halsoportal.Content.Accounts;
using Halsoportal.Dialog.Surveys;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>
/// Translating a dialog in the editor, as a browser without JavaScript does it: every text next to its Swedish source,
/// an unfinished translation saved but not shown to residents (and the page says so), a complete one offered on the
/// public pages, a text too long refused with the Swedish error summary, removal, and other kommuner's dialogs "not found".
/// </summary>
public sealed class DialogTranslationEditorTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Sundsvall = "2281";
    private const string Jonkoping = "0680";

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>An open Sundsvall survey with a single choice (with a hint) and a scale.</summary>
    private async Task<Survey> CreateSurveyAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<SurveyEditingService>();
        var now = DateTime.UtcNow;
        var created = await editing.CreateAsync(new SurveySettings(
            $"Parkerna i centrum {Unique()}", $"parkerna-{Unique()}", "Vi vill veta hur du använder parkerna.", "Vi sparar svaren utan namn i ett år.",
            now.AddHours(-1), now.AddDays(10), ParticipationMode.Open, 365, false, 5, null, [Sundsvall]), default);
        var choice = await editing.AddQuestionAsync(created.SurveyId, created.Version,
            new QuestionDraft(QuestionType.SingleChoice, "Hur ofta går du till parken?", "Tänk på sommaren.", true, false, true, ["Varje dag", "Ibland", "Aldrig"], null, null, null, null, null, null, null), default);
        var scale = await editing.AddQuestionAsync(created.SurveyId, choice.Version,
            new QuestionDraft(QuestionType.Scale, "Hur trivs du i parken?", null, true, false, true, [], null, 1, 5, "Inte alls", "Mycket", null, null), default);
        Assert.Equal(SurveyCommandStatus.Done, scale.Status);
        return (await scope.ServiceProvider.GetRequiredService<SurveyService>().GetAsync(created.SurveyId, default))!;
    }

    private static readonly string[] FinnishTexts =
        ["Keskustan puistot", "Haluamme tietää, miten käytät puistoja.", "Tallennamme vastaukset ilman nimeä vuoden ajan.",
            "Kuinka usein käyt puistossa?", "Ajattele kesää.", "Joka päivä", "Joskus", "En koskaan", "Kuinka viihdyt puistossa?", "En lainkaan", "Hyvin paljon"];

    [Fact]
    public async Task Editor_TranslatesInRounds_UnfinishedIsSavedButHidden_CompleteIsOffered_ThenRemoved()
    {
        var survey = await CreateSurveyAsync();
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall);
        var list = $"/redaktor/dialoger/{survey.Id}/oversattningar";

        // The overview links to the translations; the language is chosen with a GET form and becomes the address.
        var (_, overview) = await editor.GetDocumentAsync($"/redaktor/dialoger/{survey.Id}");
        Assert.Contains(overview.QuerySelectorAll("a"), a => a.GetAttribute("href") == list);
        var chosen = await editor.GetAsync($"{list}?sprak=fi");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal($"{list}/fi", chosen.Headers.Location!.OriginalString);

        // Every text, in reading order, each beside its Swedish source.
        var (response, form) = await editor.GetDocumentAsync($"{list}/fi");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var inputs = form.QuerySelectorAll("form.editor-form [name^='t[']");
        Assert.Equal(FinnishTexts.Length, inputs.Length);
        Assert.All(inputs, i => Assert.Equal("fi", i.GetAttribute("lang")));
        var firstSource = form.GetElementById(inputs[0].GetAttribute("aria-describedby")!)!;
        Assert.Equal("Svenska: " + survey.Title, firstSource.TextContent.Trim());
        Assert.Contains("visas inte för invånarna", form.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        // Round one: everything but the scale's ends. Saved, not shown, and the page says so.
        var fields = FormFields.Of(form, "t[title]");
        var names = inputs.Select(i => i.GetAttribute("name")!).ToList();
        for (var i = 0; i < names.Count - 2; i++)
        {
            fields.Set(names[i], FinnishTexts[i]);
        }

        var saved = await editor.PostFormAsync($"{list}/fi", fields.All);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, after) = await editor.GetDocumentAsync($"{list}/fi");
        Assert.Contains("2 texter saknar översättning. Den visas inte för invånarna förrän alla texter är översatta.", after.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Visas inte för invånarna.", after.QuerySelector(".notice--warning")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kuinka usein käyt puistossa?", after.QuerySelector("[name='t[" + SurveyTranslations.QuestionKey(survey.Questions[0].Id) + "]']")!.GetAttribute("value"));
        using var resident = site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync($"/sundsvall/dialog/{survey.Slug}/svara/fi")).StatusCode);
        var (_, overviewList) = await editor.GetDocumentAsync(list);
        Assert.Contains("Ofullständig – 2 texter saknas, visas inte för invånarna", overviewList.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        // Round two: the rest. Now residents may answer in Finnish.
        fields = FormFields.Of(after, "t[title]");
        fields.Set(names[^2], FinnishTexts[^2]).Set(names[^1], FinnishTexts[^1]);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"{list}/fi", fields.All)).StatusCode);
        var (_, complete) = await editor.GetDocumentAsync($"{list}/fi");
        Assert.Contains("är sparad och komplett", complete.Body!.TextContent, StringComparison.Ordinal);
        var finnish = await Html.GetOkAsync(resident, $"/sundsvall/dialog/{survey.Slug}/svara/fi");
        Assert.Equal("Kuinka usein käyt puistossa?", finnish.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Ajattele kesää.", finnish.QuerySelector(".hint")!.TextContent, StringComparison.Ordinal);

        // Removed: gone from the public pages.
        var deleteForm = complete.QuerySelectorAll("form").Single(f => f.GetAttribute("action")?.Contains("handler=delete", StringComparison.Ordinal) == true);
        var removed = await editor.PostFormAsync(deleteForm.GetAttribute("action")!, [new("Version", deleteForm.QuerySelector("[name=Version]")!.GetAttribute("value")!)]);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync($"/sundsvall/dialog/{survey.Slug}/svara/fi")).StatusCode);
    }

    [Fact]
    public async Task Editor_TextTooLongOrNothingTyped_GetsSwedishErrorSummary_AndNothingIsSaved()
    {
        var survey = await CreateSurveyAsync();
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall);
        var url = $"/redaktor/dialoger/{survey.Id}/oversattningar/yi";
        var (_, form) = await editor.GetDocumentAsync(url);

        var empty = await editor.PostFormAsync(url, FormFields.Of(form, "t[title]").All);
        var emptyPage = await new HtmlParser().ParseDocumentAsync(await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.StartsWith("Fel: ", emptyPage.Title, StringComparison.Ordinal);
        Assert.Contains("Skriv minst en översatt text", emptyPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var tooLong = await editor.PostFormAsync(url, FormFields.Of(form, "t[title]").Set("t[title]", new string('א', 201)).All);
        var page = await new HtmlParser().ParseDocumentAsync(await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.StartsWith("Fel: ", page.Title, StringComparison.Ordinal);
        var link = page.QuerySelector(".error-summary li a")!;
        Assert.Equal("Rubrik: Översättningen får vara högst 200 tecken. Nu är den 201 tecken.", link.TextContent.Trim());
        var target = page.GetElementById(link.GetAttribute("href")![1..])!;
        Assert.Equal("t[title]", target.GetAttribute("name"));
        Assert.Equal("true", target.GetAttribute("aria-invalid"));
        Assert.Equal("rtl", target.GetAttribute("dir"));
        Assert.Equal(new string('א', 201), target.GetAttribute("value"));

        await using var scope = site.Services.CreateAsyncScope();
        var stored = (await scope.ServiceProvider.GetRequiredService<SurveyService>().GetAsync(survey.Id, default))!;
        Assert.Empty(stored.Translations);
    }

    [Fact]
    public async Task Editor_OfAnotherKommun_OrAnUnknownLanguage_GetsNotFound()
    {
        var survey = await CreateSurveyAsync();
        using var other = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Jonkoping);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/redaktor/dialoger/{survey.Id}/oversattningar")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/redaktor/dialoger/{survey.Id}/oversattningar/fi")).StatusCode);

        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: Sundsvall);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/redaktor/dialoger/{survey.Id}/oversattningar/sv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/redaktor/dialoger/{survey.Id}/oversattningar/xx")).StatusCode);
        var (response, page) = await editor.GetDocumentAsync($"/redaktor/dialoger/{survey.Id}/oversattningar?sprak=xx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Fel: ", page.Title, StringComparison.Ordinal);
        Assert.Equal("#sprak", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }
}
