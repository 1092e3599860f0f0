using Halsoportal.Content.Kommuner;
using Halsoportal.Dialog.Results;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Dialog;

/// <summary>
/// The public results of a dialog at <c>/{kommun}/dialog/{slug}/resultat</c>: the published
/// questions, from the publication date, as charts with data tables, optionally broken down by a
/// background question (<c>?uppdelning=</c>). Small groups are hidden by the engine, never here.
/// </summary>
public sealed class ResultsModel(KommunService kommuner, SurveyService surveys, ResultsService results) : SitePageModel
{
    [BindProperty(SupportsGet = true, Name = "uppdelning")]
    public int? Breakdown { get; set; }

    public Survey Survey { get; private set; } = null!;

    public ResultsAnswer Answer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string kommun, string slug, CancellationToken cancellationToken)
    {
        Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken);
        var survey = Kommun is null ? null : await surveys.GetBySlugAsync(slug, cancellationToken);
        if (survey is null || !survey.Kommuner.Any(k => k.KommunCode == Kommun!.Code))
        {
            return NotFound();
        }

        Survey = survey;
        Answer = await results.GetPublicAsync(survey.Id, Breakdown, cancellationToken);
        if (Answer.Status == ResultsStatus.NotFound)
        {
            return NotFound();
        }

        if (Answer.Status == ResultsStatus.UnknownBreakdown)
        {
            // A typo'd or unpublished breakdown: the plain results, with the choice offered again.
            Breakdown = null;
            Answer = await results.GetPublicAsync(survey.Id, null, cancellationToken);
        }

        Title = $"Resultat: {survey.Title}";
        Breadcrumbs = [new Crumb(Kommun!.Name, $"/{Kommun.Slug}"), new Crumb("Dialoger", $"/{Kommun.Slug}/dialog"),
            new Crumb(survey.Title, $"/{Kommun.Slug}/dialog/{survey.Slug}"), new Crumb("Resultat", null)];
        Discovery = new() { Schema = new WebPageSchema { About = Kommun } };
        return Page();
    }
}
