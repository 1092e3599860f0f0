using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Kommuner;

/// <summary>Kommuner i länet: region administrators turn each kommun's review step on or off.</summary>
public sealed class IndexModel(KommunSettingsService settings) : EditorPageModel
{
    public IReadOnlyList<KommunSettingsRow> Kommuner { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await settings.ListAsync(Access, cancellationToken);
        if (rows is null)
        {
            return Forbid();
        }

        Kommuner = rows;
        SetTitle("Kommuner och granskning");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Kommuner", null)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, bool requiresReview, CancellationToken cancellationToken)
    {
        if (await settings.SetRequiresReviewAsync(Access, code, requiresReview, cancellationToken) != EditStatus.Done)
        {
            return NotFound();
        }

        Notice = requiresReview ? "Granskning före publicering är påslagen." : "Granskning före publicering är avslagen.";
        return RedirectToPage();
    }
}
