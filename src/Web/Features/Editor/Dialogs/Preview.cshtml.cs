using Halsoportal.Content.Kommuner;
using Halsoportal.Dialog.Submissions;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Dialog;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>
/// Förhandsgranska at <c>/redaktor/dialoger/{id}/forhandsgranska</c>: every question exactly as
/// participants will see it (the answering page's own partial), in order, with the conditions
/// spelled out, and a link to try the real answer pages as a trial run — before the survey opens,
/// and without storing anything.
/// </summary>
public sealed class PreviewModel(DialogEditorService dialogs, IdempotencyKeys keys) : EditorPageModel
{
    public Survey Survey { get; private set; } = null!;

    public AnswerForm NoAnswers { get; private set; } = null!;

    public IReadOnlyDictionary<string, KommunRef> Kommuner { get; private set; } = new Dictionary<string, KommunRef>();

    public string PublicPath => DialogEditorService.PublicPath(Survey, Kommuner);

    public bool NotYetOpen => dialogs.Now < Survey.OpensAt;

    /// <summary>The answer pages as a trial run: before opening too, nothing stored; shareable with colleagues who test.</summary>
    public string TrialPath => $"{PublicPath}/svara?prov={keys.TrialToken(Survey.Id)}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await dialogs.FindAsync(Access, id, cancellationToken) is not { } survey)
        {
            return NotFound();
        }

        Survey = survey;
        NoAnswers = AnswerForm.Empty(survey);
        Kommuner = await dialogs.AllKommunerAsync(cancellationToken);
        SetTitle($"Förhandsgranska: {survey.Title}");
        return Page();
    }

    /// <summary>"Visas bara om du har svarat ”Cyklar” på fråga 2."</summary>
    public string? Condition(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var condition = Survey.Questions.FirstOrDefault(q => q.Id == question.ShowWhenQuestionId);
        var option = condition?.Options.FirstOrDefault(o => o.Id == question.ShowWhenOptionId);
        return condition is null || option is null ? null : $"Visas bara för den som har svarat ”{option.Text}” på fråga {condition.Order}.";
    }
}
