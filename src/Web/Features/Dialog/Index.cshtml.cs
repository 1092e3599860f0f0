using Halsoportal.Content.Kommuner;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Dialog;

/// <summary>
/// A kommun's medborgardialoger at <c>/{kommun}/dialog</c>: open ones first, then those being
/// analysed, then those decided or carried out; and "follow your dialog" with a receipt code.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel(KommunService kommuner, SurveyService surveys, TimeProvider time) : SitePageModel
{
    public IReadOnlyList<Survey> Open { get; private set; } = [];

    public IReadOnlyList<Survey> Analysing { get; private set; } = [];

    public IReadOnlyList<Survey> Decided { get; private set; } = [];

    public DateTime Now { get; private set; }

    /// <summary>The receipt code as typed, when it was not found.</summary>
    public string? Receipt { get; private set; }

    public string? ReceiptError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kommun, CancellationToken cancellationToken) =>
        await LoadAsync(kommun, cancellationToken) ? Page() : NotFound();

    /// <summary>Följ din dialog: a receipt code leads to its dialog's återkoppling.</summary>
    public async Task<IActionResult> OnPostAsync(string kommun, [FromForm(Name = "kvittokod")] string? receipt, CancellationToken cancellationToken)
    {
        // A form the framework cannot read (a NUL in a value) binds nothing, the route included: that is a bad
        // request, not "no such page" (it answered 404; found by the hostile-input run, issue 9).
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        if (!await LoadAsync(kommun, cancellationToken))
        {
            return NotFound();
        }

        Receipt = receipt?.Trim();
        var surveyId = await surveys.FindSurveyByReceiptAsync(receipt ?? "", cancellationToken);
        var survey = surveyId is null ? null : await surveys.GetAsync(surveyId.Value, cancellationToken);
        if (survey is null)
        {
            ReceiptError = string.IsNullOrWhiteSpace(receipt)
                ? "Skriv in kvittokoden du fick när du skickade dina svar."
                : "Vi hittar ingen dialog med den kvittokoden. Kontrollera att du har skrivit av den rätt, till exempel K7MQ2-XR9TD.";
            Title = "Fel: " + Title;
            return Page();
        }

        var slug = survey.Kommuner.Any(k => k.KommunCode == Kommun!.Code)
            ? Kommun!.Slug
            : (await kommuner.ListByRegionAsync(cancellationToken)).SelectMany(r => r.Kommuner).First(k => k.Code == survey.Kommuner[0].KommunCode).Slug;
        return Redirect($"/{slug}/dialog/{survey.Slug}#aterkoppling");
    }

    private async Task<bool> LoadAsync(string kommun, CancellationToken cancellationToken)
    {
        Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken);
        if (Kommun is null)
        {
            return false;
        }

        Now = time.GetUtcNow().UtcDateTime;
        // With questions and translations: each card names the complete translations the dialog is also in.
        var all = DialogStage.Public(await surveys.ListAsync(Kommun.Code, cancellationToken), Now).ToList();
        Open = [.. all.Where(s => s.IsOpenAt(Now)).OrderBy(s => s.ClosesAt)];
        Analysing = [.. all.Where(s => DialogStage.Of(s, Now) == SurveyStage.Analysing).OrderByDescending(s => s.ClosesAt)];
        Decided = [.. all.Where(s => DialogStage.Of(s, Now) is SurveyStage.Decided or SurveyStage.Implemented)
            .OrderByDescending(s => s.Timeline.Select(t => t.Date).DefaultIfEmpty().Max())];
        Title = $"Medborgardialoger i {Kommun.Name}";
        Description = $"Var med och tyck till om hälsa och livsmiljö i {Kommun.Name} – och se vad tidigare dialoger ledde till.";
        Breadcrumbs = [new Crumb(Kommun.Name, $"/{Kommun.Slug}"), new Crumb("Dialoger", null)];
        Discovery = new() { Schema = new WebPageSchema { About = Kommun } };
        return true;
    }
}
