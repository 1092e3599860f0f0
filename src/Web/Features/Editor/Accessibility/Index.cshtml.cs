using Halsoportal.Content.Accessibility;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Halsoportal.Web.Features.Editor.Accessibility;

/// <summary>
/// Tillgänglighetsredogörelsen in the backoffice (region and system administrators): the assessment date,
/// the known gaps the public statement lists, and the way to residents' reports.
/// </summary>
public sealed class IndexModel(AccessibilityStatementService statements) : EditorPageModel
{
    [BindProperty]
    public AssessmentForm Input { get; set; } = new();

    public StatementView Statement { get; private set; } = null!;

    public IReadOnlyList<AccessibilityGap> Gaps { get; private set; } = [];

    public int OpenReports { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Access.IsAdministrator)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        Input = new AssessmentForm { AssessedOn = Statement.AssessedOn is { } date ? Halsoportal.Web.Features.Shared.Format.Iso(date) : null, BaseVersion = Statement.Version };
        return Show();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await statements.SaveAssessmentAsync(Access, Input.BaseVersion, Input.AssessedOn, cancellationToken);
        if (Outcome(result, "Datum för bedömningen är sparat. Redogörelsen visar det nu.", new { }, onConflict: v => Input.BaseVersion = v,
            conflictMessage: "Någon annan har ändrat redogörelsen under tiden. Ditt datum finns kvar; spara igen för att använda det.") is { } answer)
        {
            return answer;
        }

        await LoadAsync(cancellationToken);
        return Show();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Statement = await statements.GetStatementAsync(cancellationToken);
        Gaps = await statements.ListGapsAsync(Access, cancellationToken) ?? [];
        OpenReports = await statements.CountOpenReportsAsync(cancellationToken);
    }

    private PageResult Show()
    {
        SetTitle("Tillgänglighetsredogörelse");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Tillgänglighetsredogörelse", null)];
        return Page();
    }
}

/// <summary>The assessment date as posted (<c>yyyy-MM-dd</c>).</summary>
public sealed class AssessmentForm
{
    public string? AssessedOn { get; set; }

    public int BaseVersion { get; set; }
}
