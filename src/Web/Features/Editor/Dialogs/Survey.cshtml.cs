using Halsoportal.Content.Kommuner;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>One dialog: its settings, its questions in order (edit, move, delete, add) and links to the rest.</summary>
public sealed class SurveyModel(SurveyEditingService editing, DialogEditorService dialogs) : EditorPageModel
{
    public Survey Survey { get; private set; } = null!;

    public int ResponseCount { get; private set; }

    public SurveyState State { get; private set; }

    public IReadOnlyDictionary<string, KommunRef> Kommuner { get; private set; } = new Dictionary<string, KommunRef>();

    public string PublicPath => DialogEditorService.PublicPath(Survey, Kommuner);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostMoveAsync(int id, int questionId, bool down, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => editing.MoveQuestionAsync(id, questionId, down, version, cancellationToken), "survey.question.move", "Frågan är flyttad.", cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(int id, int questionId, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => editing.DeleteQuestionAsync(id, questionId, version, cancellationToken), "survey.question.delete", "Frågan är borttagen.", cancellationToken);

    private async Task<IActionResult> ChangeAsync(int id, Func<Task<SurveyEditResult>> change, string action, string done, CancellationToken cancellationToken)
    {
        if (await dialogs.FindAsync(Access, id, cancellationToken) is not { } survey)
        {
            return NotFound();
        }

        var result = await change();
        switch (result.Status)
        {
            case SurveyCommandStatus.Done:
                await dialogs.AuditAsync(Access, action, id, survey.Kommuner[0].KommunCode, null, cancellationToken);
                Notice = done;
                return RedirectToPage(new { id });
            case SurveyCommandStatus.NotFound:
                return NotFound();
            case SurveyCommandStatus.Conflict:
                AddError("", "Någon annan har ändrat enkäten under tiden, så ingenting ändrades. Se hur frågorna ser ut nu och försök igen.");
                break;
            default:
                DialogFormParsing.AddErrors(ModelState, result.Errors);
                break;
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await dialogs.FindAsync(Access, id, cancellationToken) is not { } survey)
        {
            return false;
        }

        Survey = survey;
        ResponseCount = await editing.CountResponsesAsync(id, cancellationToken);
        State = dialogs.StateOf(survey.OpensAt, survey.ClosesAt);
        Kommuner = await dialogs.AllKommunerAsync(cancellationToken);
        SetTitle(survey.Title);
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Dialoger", "/redaktor/dialoger"), new(survey.Title, null)];
        return true;
    }
}
