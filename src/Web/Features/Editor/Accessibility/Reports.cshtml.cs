using Halsoportal.Content.Accessibility;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Halsoportal.Web.Features.Editor.Accessibility;

/// <summary>Residents' reports of accessibility problems, waiting ones first; an administrator marks each handled.</summary>
public sealed class ReportsModel(AccessibilityStatementService statements) : EditorPageModel
{
    /// <summary>Shows the handled reports instead of the waiting ones (<c>?visa=hanterade</c>).</summary>
    [FromQuery(Name = "visa")]
    public string? Show { get; set; }

    public bool ShowsHandled => Show == "hanterade";

    public IReadOnlyList<AccessibilityReport> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var reports = await statements.ListReportsAsync(Access, ShowsHandled, cancellationToken);
        if (reports is null)
        {
            return Forbid();
        }

        Reports = reports;
        SetTitle(ShowsHandled ? "Hanterade rapporter om tillgänglighet" : "Rapporter om tillgänglighet");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Tillgänglighetsredogörelse", "/redaktor/tillganglighet"), new("Rapporter", null)];
        return Page();
    }

    public async Task<IActionResult> OnPostHandledAsync(int id, CancellationToken cancellationToken) =>
        Outcome(await statements.MarkHandledAsync(Access, id, cancellationToken), "Rapporten är markerad som hanterad.", new { }) ?? NotFound();
}
