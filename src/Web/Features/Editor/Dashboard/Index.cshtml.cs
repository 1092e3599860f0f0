using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;

namespace Halsoportal.Web.Features.Editor.Dashboard;

/// <summary>Översikt: my drafts, waiting for review, scheduled, and content past its review date.</summary>
public sealed class IndexModel(EditorDashboardService dashboard) : EditorPageModel
{
    public EditorDashboard Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Dashboard = await dashboard.GetAsync(Access, cancellationToken);
        SetTitle("Översikt");
    }
}
