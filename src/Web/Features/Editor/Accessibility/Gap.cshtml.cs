using Halsoportal.Content.Accessibility;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Halsoportal.Web.Features.Editor.Accessibility;

/// <summary>One known gap: its text, WCAG criterion, planned fix and, once fixed, the day it was.</summary>
public sealed class GapModel(AccessibilityStatementService statements) : EditorPageModel
{
    [BindProperty]
    public GapForm Input { get; set; } = new();

    public AccessibilityGap Gap { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!Access.IsAdministrator)
        {
            return NotFound();
        }

        var gap = await statements.GetGapAsync(Access, id, cancellationToken);
        if (gap is null)
        {
            return NotFound();
        }

        Gap = gap;
        Input = GapForm.From(gap);
        return Show();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await statements.SaveGapAsync(Access, id, Input.BaseVersion, Input.ToInput(), cancellationToken);
        if (result.Status == Halsoportal.Content.Editing.EditStatus.Forbidden)
        {
            return NotFound();
        }

        if (Outcome(result, "Bristen är sparad. Redogörelsen visar ändringen nu.", new { id }, onConflict: v => Input.BaseVersion = v,
            conflictMessage: "Någon annan har sparat bristen under tiden. Din text finns kvar nedan; spara igen för att lägga den ovanpå.") is { } answer)
        {
            return answer;
        }

        var gap = await statements.GetGapAsync(Access, id, cancellationToken);
        if (gap is null)
        {
            return NotFound();
        }

        Gap = gap;
        return Show();
    }

    private PageResult Show()
    {
        SetTitle(Gap.Title);
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Tillgänglighetsredogörelse", "/redaktor/tillganglighet"), new(Gap.Title, null)];
        return Page();
    }
}
