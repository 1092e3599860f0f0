using Halsoportal.Content.Editing;
using Halsoportal.Content.Kommuner;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Kommuner;

/// <summary>One kommun's förvaltningsområden (finska, meänkieli, samiska with its Sami languages), set by region administrators.</summary>
public sealed class EditModel(KommunSettingsService settings) : EditorPageModel
{
    /// <summary>The kommun being edited.</summary>
    public KommunSettingsRow Shown { get; private set; } = null!;

    /// <summary>Checked areas: "finska", "meankieli", "samiska".</summary>
    [BindProperty]
    public List<string> Areas { get; set; } = [];

    /// <summary>Checked Sami languages: "se", "sma", "smj".</summary>
    [BindProperty]
    public List<string> SamiLanguages { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var answer = await LoadAsync(code, cancellationToken);
        if (answer is not null)
        {
            return answer;
        }

        Areas = [.. MinorityLanguages.AreaChoices.Where(c => Shown.Areas.HasFlag(c.Area)).Select(c => c.Value)];
        SamiLanguages = [.. MinorityLanguages.SamiChoices.Where(c => Shown.SamiLanguages.HasFlag(c.Language)).Select(c => c.Value)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!Access.IsAdministrator)
        {
            return Forbid();
        }

        var result = await settings.SetMinorityLanguagesAsync(Access, code, Areas, SamiLanguages, cancellationToken);
        if (result.Status == EditStatus.Done)
        {
            Notice = "Förvaltningsområdena är sparade.";
            return RedirectToPage("Index");
        }

        return Outcome(result, "", new { code }, fieldKey: e => e.Field) ?? await LoadAsync(code, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (!Access.IsAdministrator)
        {
            return Forbid();
        }

        var row = await settings.GetAsync(Access, code, cancellationToken);
        if (row is null)
        {
            return NotFound();
        }

        Shown = row;
        SetTitle($"Förvaltningsområden för {row.Name}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Kommuner", "/redaktor/kommuner"), new(row.Name, null)];
        return null;
    }
}
