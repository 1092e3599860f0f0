using System.Net;
using AngleSharp.Dom;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Dialog;

/// <summary>
/// The demo's translated dialog (trygghet och belysning, Sundsvall and Timrå) is complete in English, Finnish and
/// Yiddish, and a Yiddish reader answers it right to left from the first question to the receipt, counted with the
/// Swedish answers; an English reader gets the English interface, and the decided rökfria miljöer has English results.
/// </summary>
public sealed class DemoTranslationTests
{
    private const string Slug = "trygga-gang-och-cykelvagar";

    private static string Heading(IDocument page) => page.QuerySelector("h1")!.TextContent.Trim();

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task DemoDialog_YiddishReader_AnswersRightToLeft_GetsReceipt_CountedWithTheSwedishAnswers()
    {
        await using var site = new SiteFactory().WithSetting("Halsoportal:SeedDemoDialogs", "true");
        using var client = site.CreateSiteClient();
        Survey survey;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            survey = (await scope.ServiceProvider.GetRequiredService<SurveyService>().GetBySlugAsync(Slug, default))!;
        }

        Assert.Equal(["en", "fi", "yi"], SurveyTranslations.CompleteLanguages(survey));
        var before = await ResponsesAsync(site, survey.Id);

        // The dialog page in Yiddish leads to the answers in Yiddish.
        var details = await Html.GetOkAsync(client, $"/sundsvall/dialog/{Slug}/yi");
        Assert.Equal("yi", details.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", details.DocumentElement.GetAttribute("dir"));
        Assert.Equal(["Svenska", "English", "Suomi", "ייִדיש"], details.QuerySelectorAll(".language-switch a").Select(a => a.TextContent.Trim()));
        var start = details.QuerySelector("a.button--start")!.GetAttribute("href")!;
        Assert.Equal($"/sundsvall/dialog/{Slug}/svara/yi", start);

        var page = await Html.GetOkAsync(client, start);
        Assert.Equal("yi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("ווי אַלט זענט איר?", Heading(page));
        var progress = page.QuerySelector(".dialog-form__progress")!;
        Assert.Equal(("sv", "ltr"), (progress.GetAttribute("lang"), progress.GetAttribute("dir")));

        // An error: the Swedish message, left to right, quoting the Yiddish question right to left.
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt");
        Assert.StartsWith("Fel: ", page.Title, StringComparison.Ordinal);
        var summary = page.QuerySelector(".error-summary")!;
        Assert.Equal(("sv", "ltr"), (summary.GetAttribute("lang"), summary.GetAttribute("dir")));
        var quoted = summary.QuerySelector("li a span[lang]")!;
        Assert.Equal(("yi", "rtl", "ווי אַלט זענט איר?"), (quoted.GetAttribute("lang"), quoted.GetAttribute("dir"), quoted.TextContent));

        string Option(int order, int index) => Id(survey.Questions.Single(q => q.Order == order).Options.OrderBy(o => o.Order).ElementAt(index).Id);
        string Field(int order) => $"q{survey.Questions.Single(q => q.Order == order).Id}";
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Field(1), Option(1, 2)));
        Assert.Equal("וווּ וווינט איר? (frivillig)", Heading(page));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt");
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Field(3), Option(3, 0)));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Field(4), "4"));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt");
        Assert.Equal("וואָס וואָלט אײַך דאָס מערסטע געהאָלפֿן זיך צו פֿילן זיכערער?", Heading(page));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Field(6), Option(6, 0)), (Field(6), Option(6, 3)));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt", (Field(7), Option(7, 1)));
        (_, page) = await FormPost.SubmitAsync(client, page, "fortsatt");

        Assert.Equal("Kontrollera dina svar", Heading(page));
        var answers = page.QuerySelector(".summary-list")!.TextContent;
        Assert.Contains("40–64 יאָר", answers, StringComparison.Ordinal);
        Assert.Contains("בעסער ליכט", answers, StringComparison.Ordinal);
        Assert.Contains("ניין", answers, StringComparison.Ordinal);

        var (response, receipt) = await FormPost.SubmitAsync(client, page, "skicka");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tack för dina svar", Heading(receipt));
        Assert.Equal("rtl", receipt.DocumentElement.GetAttribute("dir"));
        Assert.Matches("^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$", receipt.QuerySelector("#kvittokod")!.TextContent.Trim());
        Assert.Equal(before + 1, await ResponsesAsync(site, survey.Id));
        Assert.Empty(site.Problems);
    }

    [Fact]
    public async Task DemoDialogs_InEnglish_TheOpenOneAnswersWithEnglishInterface_TheDecidedOneHasEnglishResults()
    {
        await using var site = new SiteFactory().WithSetting("Halsoportal:SeedDemoDialogs", "true");
        using var client = site.CreateSiteClient();

        var page = await Html.GetOkAsync(client, $"/sundsvall/dialog/{Slug}/svara/en");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("How old are you?", Heading(page));
        Assert.StartsWith("Question 1 of ", page.QuerySelector(".dialog-form__progress")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Continue", page.QuerySelector(".dialog-form__buttons button")!.TextContent.Trim());
        Assert.Equal(["Under 20", "20–39", "40–64", "65–79", "80 or older"], page.QuerySelectorAll(".choices label").Select(l => l.TextContent.Trim()));

        // The decided dialog: its results in English, the numbers the Swedish page's.
        var results = await Html.GetOkAsync(client, "/sundsvall/dialog/rokfria-miljoer/resultat/en");
        Assert.Equal("en", results.DocumentElement.GetAttribute("lang"));
        Assert.Contains(results.QuerySelectorAll("section.result h2"), h => h.TextContent == "How often are you bothered by smoke while you wait for the bus?");
        var swedish = await Html.GetOkAsync(client, "/sundsvall/dialog/rokfria-miljoer/resultat");
        // The same numbers, written as each language writes them ("62 %" and "3,8" in Swedish, "62%" and "3.8" in English).
        static string Digits(IElement td) => string.Concat(td.TextContent.Where(char.IsAsciiDigit));
        Assert.Equal(swedish.QuerySelectorAll("section.result td").Select(Digits), results.QuerySelectorAll("section.result td").Select(Digits));
        Assert.Contains("people answered", results.QuerySelector(".results-intro")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Svenska", "English"], swedish.QuerySelectorAll(".language-switch a").Select(a => a.TextContent.Trim()));

        // The kommun's list names both dialogs' languages.
        var list = await Html.GetOkAsync(client, "/sundsvall/dialog");
        string[] Languages(string slug) => [.. list.QuerySelectorAll("li.dialog-card").Single(li => li.QuerySelector("h3 a")!.GetAttribute("href") == $"/sundsvall/dialog/{slug}")
            .QuerySelectorAll(".dialog-card__languages a").Select(a => a.GetAttribute("hreflang")!)];
        Assert.Equal(["en", "fi", "yi"], Languages(Slug));
        Assert.Equal(["en"], Languages("rokfria-miljoer"));
        Assert.Empty(site.Problems);
    }

    private static async Task<int> ResponsesAsync(SiteFactory site, int surveyId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DialogDbContext>().Responses.CountAsync(r => r.SurveyId == surveyId);
    }
}
