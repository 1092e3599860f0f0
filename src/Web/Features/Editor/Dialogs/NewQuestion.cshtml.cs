using Halsoportal.Dialog.Surveys;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>Lägg till fråga: <c>?typ=skala</c> chooses the type; the question goes last.</summary>
public sealed class NewQuestionModel(SurveyEditingService editing, DialogEditorService dialogs) : QuestionPageModel(editing, dialogs)
{
    [FromQuery(Name = "typ")]
    public string? TypeSlug { get; set; }

    protected override string PageTitle => "Ny fråga";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, _ => int.MaxValue, cancellationToken))
        {
            return NotFound();
        }

        var type = DialogEditorService.TypeSlugs.FirstOrDefault(t => t.Slug == TypeSlug);
        Input = QuestionForm.Blank(type.Slug is null ? QuestionType.SingleChoice : type.Type);
        Version = Survey.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, _ => int.MaxValue, cancellationToken))
        {
            return NotFound();
        }

        return await SaveAsync(id, draft => Editing.AddQuestionAsync(id, Version, draft, cancellationToken), "survey.question.add", "Frågan är tillagd.", cancellationToken);
    }
}
