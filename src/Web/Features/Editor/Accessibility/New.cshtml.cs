using Halsoportal.Content.Accessibility;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Halsoportal.Web.Features.Editor.Accessibility;

/// <summary>Adds a known gap to the statement.</summary>
public sealed class NewModel(AccessibilityStatementService statements) : EditorPageModel
{
    [BindProperty]
    public GapForm Input { get; set; } = new();

    public IActionResult OnGet() => Access.IsAdministrator ? Show() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await statements.SaveGapAsync(Access, null, 0, Input.ToInput() with { FixedOn = null }, cancellationToken);
        if (result.Status == Halsoportal.Content.Editing.EditStatus.Done)
        {
            Notice = "Bristen är tillagd. Redogörelsen visar den nu.";
            return RedirectToPage("Index");
        }

        return Outcome(result, "", new { }) ?? Show();
    }

    private PageResult Show()
    {
        SetTitle("Lägg till en brist");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Tillgänglighetsredogörelse", "/redaktor/tillganglighet"), new("Lägg till en brist", null)];
        return Page();
    }
}
