using Halsoportal.Content.Accessibility;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Accessibility;

/// <summary>
/// The receipt after a report was stored: its reference and what happens next. Shows nothing of the report
/// itself, so the address is no secret; an unknown reference is a 404.
/// </summary>
public sealed class ReceiptModel(AccessibilityStatementService statements) : Shared.SitePageModel
{
    public string Reference { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await statements.ReportExistsAsync(reference, cancellationToken))
        {
            return NotFound();
        }

        Reference = reference;
        Title = "Tack för din rapport";
        Breadcrumbs = [new("Start", "/"), new("Tillgänglighetsredogörelse", "/tillganglighetsredogorelse"), new("Tack för din rapport", null)];

        // A receipt is nobody's landing page: no canonical address, no link preview.
        Discovery = null;
        return Page();
    }
}
