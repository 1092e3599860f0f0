using Halsoportal.Content.ContactPoints.Editing;
using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;

namespace Halsoportal.Web.Features.Editor.Dashboard;

/// <summary>Översikt: my drafts, waiting for review, scheduled, content past its review date, and opening hours to confirm.</summary>
public sealed class IndexModel(EditorDashboardService dashboard, ContactPointEditingService contactPoints) : EditorPageModel
{
    public EditorDashboard Dashboard { get; private set; } = null!;

    /// <summary>Published contact points whose hours nobody has confirmed for 90 days.</summary>
    public IReadOnlyList<UnconfirmedHoursRow> UnconfirmedHours { get; private set; } = [];

    /// <summary>How many contact points wait for a publisher (their list is one click away).</summary>
    public int ContactPointsAwaitingReview { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Dashboard = await dashboard.GetAsync(Access, cancellationToken);
        UnconfirmedHours = await contactPoints.UnconfirmedHoursAsync(Access, contactPoints.Today, cancellationToken);
        ContactPointsAwaitingReview = (await contactPoints.ListAsync(Access, null, null, cancellationToken)).Count(r => r.Review == ReviewState.Requested);
        SetTitle("Översikt");
    }
}
