using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Audit;

/// <summary>Händelselogg: every editor action, for administrators.</summary>
public sealed class IndexModel(AuditLogService audit) : EditorPageModel
{
    [FromQuery(Name = "sida")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Log { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var log = await audit.ListAsync(Access, PageNumber, null, cancellationToken);
        if (log is null)
        {
            return Forbid();
        }

        Log = log;
        SetTitle("Händelselogg");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Händelselogg", null)];
        return Page();
    }
}
