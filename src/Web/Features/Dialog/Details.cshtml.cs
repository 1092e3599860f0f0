using Halsoportal.Content.Kommuner;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Dialog;

/// <summary>
/// One dialog at <c>/{kommun}/dialog/{slug}</c>: why the kommun asks, how to take part, the
/// återkoppling timeline, the results once published, and how answers are handled.
/// </summary>
public sealed class DetailsModel(KommunService kommuner, SurveyService surveys, TimeProvider time) : SitePageModel
{
    public Survey Survey { get; private set; } = null!;

    public SurveyStage Stage { get; private set; }

    public DateTime Now { get; private set; }

    /// <summary>From when the public results page shows results: the publication date, never before close.</summary>
    public DateTime ResultsFrom => DialogStage.ResultsFrom(Survey);

    public bool ResultsPublished => DialogStage.ResultsPublished(Survey, Now);

    public async Task<IActionResult> OnGetAsync(string kommun, string slug, CancellationToken cancellationToken)
    {
        Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken);
        var survey = Kommun is null ? null : await surveys.GetBySlugAsync(slug, cancellationToken);
        Now = time.GetUtcNow().UtcDateTime;
        if (survey is null || !survey.Kommuner.Any(k => k.KommunCode == Kommun!.Code) || Now < survey.OpensAt)
        {
            return NotFound();
        }

        Survey = survey;
        Stage = DialogStage.Of(survey, Now);
        Title = survey.Title;
        Description = survey.Purpose.Length > 160 ? survey.Purpose[..157].TrimEnd() + "…" : survey.Purpose;
        Breadcrumbs = [new Crumb(Kommun!.Name, $"/{Kommun.Slug}"), new Crumb("Dialoger", $"/{Kommun.Slug}/dialog"), new Crumb(survey.Title, null)];
        Discovery = new() { Schema = new WebPageSchema { About = Kommun } };
        return Page();
    }
}
