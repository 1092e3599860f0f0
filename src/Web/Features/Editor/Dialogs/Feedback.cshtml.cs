using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>Återkoppling: the public timeline (öppen → analyseras → beslut → genomfört) and a form for a new dated entry.</summary>
public sealed class FeedbackModel(SurveyService surveys, DialogEditorService dialogs) : EditorPageModel
{
    [BindProperty]
    public StatusEntryForm Input { get; set; } = new();

    public Survey Survey { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new StatusEntryForm { Date = Halsoportal.Dialog.SwedishTime.DateOf(dialogs.Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var entry = Input.ToEntry(ModelState);
        var result = entry is null ? null : await surveys.AddStatusEntryAsync(id, entry, cancellationToken);
        switch (result?.Status)
        {
            case SurveyCommandStatus.Done:
                surveys.Changed(id);
                await dialogs.AuditAsync(Access, "survey.status.add", id, Survey.Kommuner[0].KommunCode, entry!.Title, cancellationToken);
                Notice = "Händelsen är tillagd i tidslinjen.";
                return RedirectToPage(new { id });
            case SurveyCommandStatus.NotFound:
                return NotFound();
            case SurveyCommandStatus.Invalid:
                DialogFormParsing.AddErrors(ModelState, result.Errors);
                break;
        }

        SetTitle($"Återkoppling: {Survey.Title}");
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await dialogs.FindAsync(Access, id, cancellationToken) is not { } survey)
        {
            return false;
        }

        Survey = survey;
        SetTitle($"Återkoppling: {survey.Title}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Dialoger", "/redaktor/dialoger"), new(survey.Title, $"/redaktor/dialoger/{id}"), new("Återkoppling", null)];
        return true;
    }
}
