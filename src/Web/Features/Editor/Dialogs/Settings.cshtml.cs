using Halsoportal.Content.Kommuner;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>
/// A dialog's settings. The form carries the version it was read at; when someone else saved in between, nothing is
/// saved, the typed values stay on the form and the next save builds on the newer version.
/// </summary>
public sealed class SettingsModel(SurveyEditingService editing, DialogEditorService dialogs) : EditorPageModel
{
    [BindProperty]
    public SurveySettingsForm Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public Survey Survey { get; private set; } = null!;

    public bool HasResponses { get; private set; }

    public bool Conflict { get; private set; }

    public IReadOnlyList<KommunRef> Editable { get; private set; } = [];

    public IReadOnlyList<KommunRef> Fixed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        (Input, Version) = (SurveySettingsForm.From(Survey), Survey.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // Kommuner the user may not edit stay as they are, whatever the form says.
        var posted = Input.Kommuner.Distinct(StringComparer.Ordinal).ToList();
        if (posted.Any(code => Editable.All(k => k.Code != code) && Survey.Kommuner.All(k => k.KommunCode != code)))
        {
            AddError("Input.Kommuner", "Välj bara kommuner som du är redaktör för.");
        }

        var kommuner = posted.Where(code => Editable.Any(k => k.Code == code)).Concat(Fixed.Select(k => k.Code)).Distinct(StringComparer.Ordinal).ToList();
        var settings = Input.ToSettings(ModelState, kommuner);
        var result = settings is null || !ModelState.IsValid ? null : await editing.UpdateSettingsAsync(id, Version, settings, cancellationToken);
        switch (result?.Status)
        {
            case SurveyCommandStatus.Done:
                await dialogs.AuditAsync(Access, "survey.settings", id, kommuner[0], settings!.Title, cancellationToken);
                Notice = "Inställningarna är sparade.";
                return RedirectToPage("Survey", new { id });
            case SurveyCommandStatus.NotFound:
                return NotFound();
            case SurveyCommandStatus.Conflict:
                (Conflict, Version) = (true, result.Version);
                AddError("", "Någon annan har sparat inställningarna medan du skrev. Dina ändringar är inte sparade men finns kvar här nedan. Jämför med dialogens översikt och spara igen.");
                break;
            case SurveyCommandStatus.Invalid:
                DialogFormParsing.AddErrors(ModelState, result.Errors);
                break;
        }

        SetTitle($"Inställningar: {Survey.Title}");
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await dialogs.FindAsync(Access, id, cancellationToken) is not { } survey)
        {
            return false;
        }

        Survey = survey;
        HasResponses = await editing.CountResponsesAsync(id, cancellationToken) > 0;
        Editable = await dialogs.EditableKommunerAsync(Access, cancellationToken);
        var all = await dialogs.AllKommunerAsync(cancellationToken);
        Fixed = [.. survey.Kommuner.Where(k => !Access.CanEditKommun(k.KommunCode)).Select(k => all.TryGetValue(k.KommunCode, out var kommun) ? kommun : new KommunRef(k.KommunCode, k.KommunCode, k.KommunCode, "", "", ""))];
        SetTitle($"Inställningar: {survey.Title}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Dialoger", "/redaktor/dialoger"), new(survey.Title, $"/redaktor/dialoger/{id}"), new("Inställningar", null)];
        return true;
    }
}
