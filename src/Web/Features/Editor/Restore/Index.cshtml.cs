using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Restore;

/// <summary>Återställ: the text an editor sent after their session ended, ready to be saved where it was going.</summary>
public sealed class IndexModel(ParkedFormService parking) : EditorPageModel
{
    public ParkedFormContent Parked { get; private set; } = null!;

    public string? FieldValue(string name) => Parked.Fields.FirstOrDefault(f => f.Key == name).Value;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        var parked = await parking.FindAsync(key, cancellationToken);
        if (parked is null)
        {
            return NotFound();
        }

        Parked = parked;
        SetTitle("Din text är sparad här");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Återställ text", null)];
        return Page();
    }

    public async Task<IActionResult> OnPostDiscardAsync(string key, CancellationToken cancellationToken)
    {
        await parking.ForgetAsync(key, cancellationToken);
        Notice = "Texten är borttagen.";
        return Redirect("/redaktor");
    }
}
