using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Languages;
using Halsoportal.Dialog.Results;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Articles;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Dialog;

/// <summary>
/// The public results of a dialog at <c>/{kommun}/dialog/{slug}/resultat</c>: the published
/// questions, from the publication date, as charts with data tables, optionally broken down by a
/// background question (<c>?uppdelning=</c>). Small groups are hidden by the engine, never here.
/// At <c>…/resultat/{sprak}</c> the same numbers carry the texts of a complete translation (answers
/// name options by id) and the page's own words are English on an English page and otherwise Swedish,
/// marked so; another language is a 404 listing the versions there are.
/// </summary>
public sealed class ResultsModel(KommunService kommuner, SurveyService surveys, ResultsService results) : SitePageModel
{
    [BindProperty(SupportsGet = true, Name = "uppdelning")]
    public int? Breakdown { get; set; }

    /// <summary>The survey in the page's language.</summary>
    public Survey Survey { get; private set; } = null!;

    /// <summary>The Swedish survey.</summary>
    public Survey Source { get; private set; } = null!;

    /// <summary>The translation's code from the address; null for Swedish.</summary>
    public string? Sprak { get; private set; }

    /// <summary>Swedish and every complete translation, the one on screen marked.</summary>
    public IReadOnlyList<LanguageChoice> Choices { get; private set; } = [];

    /// <summary>Set on the 404 for a language the dialog lacks: the language asked for, when the site knows it.</summary>
    public SiteLanguage? AskedFor { get; private set; }

    /// <summary>True on that 404.</summary>
    public bool LanguageMissing { get; private set; }

    public ResultsAnswer Answer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string kommun, string slug, [FromRoute] string? sprak, CancellationToken cancellationToken)
    {
        Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken);
        var survey = Kommun is null ? null : await surveys.GetBySlugAsync(slug, cancellationToken);
        if (survey is null || !survey.Kommuner.Any(k => k.KommunCode == Kommun!.Code))
        {
            return NotFound();
        }

        (Survey, Source) = (survey, survey);
        Answer = await results.GetPublicAsync(survey.Id, Breakdown, cancellationToken);
        if (Answer.Status == ResultsStatus.NotFound)
        {
            return NotFound();
        }

        var basePath = $"/{Kommun!.Slug}/dialog/{survey.Slug}/resultat";
        if (DialogLanguages.Resolve(survey, sprak) is not { } shown)
        {
            // Not a dead end: the 404 names the language asked for and links to the versions there are.
            (LanguageMissing, AskedFor) = (true, SiteLanguages.Find(sprak));
            Choices = DialogLanguages.Choices(survey, basePath, "-");
            return LanguageMissingPage();
        }

        if (Answer.Status == ResultsStatus.UnknownBreakdown)
        {
            // A typo'd or unpublished breakdown: the plain results, with the choice offered again.
            Breakdown = null;
            Answer = await results.GetPublicAsync(survey.Id, null, cancellationToken);
        }

        (Survey, Sprak) = (shown, sprak);
        Language = sprak ?? SiteLanguages.SwedishCode;
        if (sprak is not null && Answer.Results is { } counted)
        {
            Answer = Answer with { Results = ResultsTranslation.Localize(counted, shown) };
        }

        Choices = DialogLanguages.Choices(survey, basePath, sprak);
        Title = $"{Chrome["DialogResultsPrefix"]} {shown.Title}";
        var titleLang = Chrome.Language == Language ? null : Language;
        Breadcrumbs = [new Crumb(Kommun.Name, $"/{Kommun.Slug}"), new Crumb(Chrome["DialogsCrumb"], $"/{Kommun.Slug}/dialog"),
            new Crumb(shown.Title, $"/{Kommun.Slug}/dialog/{survey.Slug}{DialogLanguages.Suffix(sprak)}", titleLang), new Crumb(Chrome["DialogResultsCrumb"], null)];
        Discovery = new()
        {
            Schema = new WebPageSchema { About = Kommun },
            Alternates = Choices.Count > 1 ? [.. Choices.Select(c => new LanguageAlternate(c.Language, c.Url))] : [],
        };
        return Page();
    }
}
