using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Languages;
using Halsoportal.Web.Features.Articles;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Dialog;

/// <summary>
/// One dialog at <c>/{kommun}/dialog/{slug}</c>: why the kommun asks, how to take part, the
/// återkoppling timeline, the results once published, and how answers are handled. At
/// <c>…/{slug}/{sprak}</c> the dialog's own texts (title, purpose, privacy notice) are in a complete
/// translation, the site's words in the interface language (English on an English page, otherwise Swedish, marked so)
/// and the kommun's timeline Swedish, marked so; another language is a 404 listing those there are.
/// </summary>
public sealed class DetailsModel(KommunService kommuner, SurveyService surveys, TimeProvider time) : SitePageModel
{
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

    public SurveyStage Stage { get; private set; }

    public DateTime Now { get; private set; }

    /// <summary>From when the public results page shows results: the publication date, never before close.</summary>
    public DateTime ResultsFrom => DialogStage.ResultsFrom(Survey);

    public bool ResultsPublished => DialogStage.ResultsPublished(Survey, Now);

    public async Task<IActionResult> OnGetAsync(string kommun, string slug, [FromRoute] string? sprak, CancellationToken cancellationToken)
    {
        Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken);
        var survey = Kommun is null ? null : await surveys.GetBySlugAsync(slug, cancellationToken);
        Now = time.GetUtcNow().UtcDateTime;
        if (survey is null || !survey.Kommuner.Any(k => k.KommunCode == Kommun!.Code) || Now < survey.OpensAt)
        {
            return NotFound();
        }

        Source = survey;
        Stage = DialogStage.Of(survey, Now);
        var basePath = $"/{Kommun!.Slug}/dialog/{survey.Slug}";
        if (DialogLanguages.Resolve(survey, sprak) is not { } shown)
        {
            (Survey, LanguageMissing, AskedFor) = (survey, true, SiteLanguages.Find(sprak));
            Choices = DialogLanguages.Choices(survey, basePath, "-");
            return LanguageMissingPage();
        }

        (Survey, Sprak) = (shown, sprak);
        Language = sprak ?? SiteLanguages.SwedishCode;
        Choices = DialogLanguages.Choices(survey, basePath, sprak);
        Title = shown.Title;
        Description = shown.Purpose.Length > 160 ? shown.Purpose[..157].TrimEnd() + "…" : shown.Purpose;
        Breadcrumbs = [new Crumb(Kommun.Name, $"/{Kommun.Slug}"), new Crumb(Chrome["DialogsCrumb"], $"/{Kommun.Slug}/dialog"), new Crumb(shown.Title, null, Chrome.Language == Language ? null : Language)];
        Discovery = new()
        {
            Schema = new WebPageSchema { About = Kommun },
            Alternates = Choices.Count > 1 ? [.. Choices.Select(c => new LanguageAlternate(c.Language, c.Url))] : [],
        };
        return Page();
    }
}
