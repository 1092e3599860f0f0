using System.Globalization;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>What the question form shows: the form, the conditions it may choose, and whether answers lock the structure.</summary>
public sealed record QuestionFieldsViewModel(QuestionForm Form, IReadOnlyList<(string Value, string Label)> Conditions, bool HasResponses, bool IsNew);

/// <summary>The shared half of "new question" and "edit question": loading the survey in scope and saving through the editing service.</summary>
public abstract class QuestionPageModel(SurveyEditingService editing, DialogEditorService dialogs) : EditorPageModel
{
    [BindProperty]
    public QuestionForm Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public Survey Survey { get; private set; } = null!;

    public bool HasResponses { get; private set; }

    public bool Conflict { get; private set; }

    /// <summary>"Fråga N: option" for every option of the choice questions before this one.</summary>
    public IReadOnlyList<(string Value, string Label)> Conditions { get; private set; } = [];

    protected SurveyEditingService Editing => editing;

    protected abstract string PageTitle { get; }

    /// <summary>
    /// Loads the survey when the user may edit it. <paramref name="questionOrder"/> gives the place of the question being
    /// edited (conditions may only point to earlier ones), or null when it is not in this survey.
    /// </summary>
    protected async Task<bool> LoadAsync(int id, Func<Survey, int?> questionOrder, CancellationToken cancellationToken)
    {
        if (await dialogs.FindAsync(Access, id, cancellationToken) is not { } survey || questionOrder(survey) is not { } beforeOrder)
        {
            return false;
        }

        Survey = survey;
        HasResponses = await editing.CountResponsesAsync(id, cancellationToken) > 0;
        Conditions = [.. survey.Questions.Where(q => q.Order < beforeOrder && q.IsChoice)
            .SelectMany(q => q.Options.Select(o => (o.Id.ToString(CultureInfo.InvariantCulture), $"Fråga {q.Order}: {o.Text}")))];
        SetTitle(PageTitle);
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Dialoger", "/redaktor/dialoger"), new(survey.Title, $"/redaktor/dialoger/{id}"), new(PageTitle, null)];
        return true;
    }

    /// <summary>Maps the service's answer: done → audit and back to the overview; otherwise the form again with the input kept.</summary>
    protected async Task<IActionResult> SaveAsync(int id, Func<QuestionDraft, Task<SurveyEditResult>> save, string action, string done, CancellationToken cancellationToken)
    {
        var draft = Input.ToDraft(ModelState);
        var result = draft is null ? null : await save(draft);
        switch (result?.Status)
        {
            case SurveyCommandStatus.Done:
                await dialogs.AuditAsync(Access, action, id, Survey.Kommuner[0].KommunCode, draft!.Text, cancellationToken);
                Notice = done;
                return RedirectToPage("Survey", new { id });
            case SurveyCommandStatus.NotFound:
                return NotFound();
            case SurveyCommandStatus.Conflict:
                (Conflict, Version) = (true, result.Version);
                AddError("", "Någon annan har ändrat enkäten medan du skrev. Frågan är inte sparad men finns kvar här nedan. Kontrollera enkätens översikt och spara igen.");
                break;
            case SurveyCommandStatus.Invalid:
                DialogFormParsing.AddErrors(ModelState, result.Errors);
                break;
        }

        SetTitle(PageTitle);
        return Page();
    }
}
