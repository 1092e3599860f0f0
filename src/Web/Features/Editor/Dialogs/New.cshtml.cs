using Halsoportal.Content.Kommuner;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>Ny dialog: the settings of a new survey; the kommun picker offers only the user's kommuner. Questions come next.</summary>
public sealed class NewModel(SurveyEditingService editing, DialogEditorService dialogs) : EditorPageModel
{
    [BindProperty]
    public SurveySettingsForm Input { get; set; } = new();

    public IReadOnlyList<KommunRef> Editable { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = SurveySettingsForm.Blank(dialogs.Now, Editable.Count == 1 ? Editable[0].Code : null);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var chosen = Input.Kommuner.Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Any(code => Editable.All(k => k.Code != code)))
        {
            AddError("Input.Kommuner", "Välj bara kommuner som du är redaktör för.");
        }

        var settings = Input.ToSettings(ModelState, chosen);
        var result = settings is null || !ModelState.IsValid ? null : await editing.CreateAsync(settings, cancellationToken);
        if (result?.Status == SurveyCommandStatus.Done)
        {
            await dialogs.AuditAsync(Access, "survey.create", result.SurveyId, chosen[0], settings!.Title, cancellationToken);
            Notice = "Dialogen är skapad. Lägg nu till frågorna.";
            return RedirectToPage("Survey", new { id = result.SurveyId });
        }

        DialogFormParsing.AddErrors(ModelState, result?.Errors ?? []);
        SetTitle("Ny dialog");
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Editable = await dialogs.EditableKommunerAsync(Access, cancellationToken);
        SetTitle("Ny dialog");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Dialoger", "/redaktor/dialoger"), new("Ny dialog", null)];
    }
}
