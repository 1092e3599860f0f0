using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>Redigera fråga. Once the survey has answers only wording and publication may change (the service says what not).</summary>
public sealed class EditQuestionModel(Halsoportal.Dialog.Surveys.SurveyEditingService editing, DialogEditorService dialogs) : QuestionPageModel(editing, dialogs)
{
    public int Order { get; private set; }

    protected override string PageTitle => $"Fråga {Order}";

    public async Task<IActionResult> OnGetAsync(int id, int questionId, CancellationToken cancellationToken)
    {
        if (!await LoadQuestionAsync(id, questionId, cancellationToken))
        {
            return NotFound();
        }

        Input = QuestionForm.From(Survey.Questions.Single(q => q.Id == questionId));
        Version = Survey.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int questionId, CancellationToken cancellationToken)
    {
        if (!await LoadQuestionAsync(id, questionId, cancellationToken))
        {
            return NotFound();
        }

        return await SaveAsync(id, draft => Editing.UpdateQuestionAsync(id, questionId, Version, draft, cancellationToken), "survey.question.update", "Frågan är sparad.", cancellationToken);
    }

    private Task<bool> LoadQuestionAsync(int id, int questionId, CancellationToken cancellationToken) =>
        LoadAsync(id, survey =>
        {
            Order = survey.Questions.FirstOrDefault(q => q.Id == questionId)?.Order ?? 0;
            return Order > 0 ? Order : null;
        }, cancellationToken);
}
