using Halsoportal.Content.Accessibility;
using Halsoportal.Content.Pages;
using Halsoportal.Web.Features.Discovery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.Accessibility;

/// <summary>
/// Tillgänglighetsredogörelse (DOS-lagen) with Digg's required parts. The editors' site page gives the title,
/// the ingress and an optional text of their own (what the site offers, other formats); everything else is
/// generated: the body and service, the compliance status from the open known gaps, the gaps, the method
/// from <see cref="EvaluationMethod"/>, the dates, the report form and Digg's reporting function.
/// </summary>
public sealed class StatementModel(PageService pages, AccessibilityStatementService statements, IOptions<AccessibilityStatementOptions> options) : Shared.SitePageModel
{
    public const string Slug = "tillganglighetsredogorelse";

    /// <summary>Digg's reporting function for the DOS law.</summary>
    public const string DiggReportUrl = "https://www.digg.se/tdosanmalan";

    /// <summary>The editors' part of the page.</summary>
    public PageView Text { get; private set; } = null!;

    public StatementView Statement { get; private set; } = null!;

    public AccessibilityStatementOptions Settings => options.Value;

    /// <summary>"Senast uppdaterad": the later of the editors' text and the statement's data.</summary>
    public DateOnly Updated => Text.Updated > Statement.Updated ? Text.Updated : Statement.Updated;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var text = await pages.GetAsync(Slug, cancellationToken);
        if (text is null)
        {
            return NotFound();
        }

        Text = text;
        Statement = await statements.GetStatementAsync(cancellationToken);
        Title = text.Title;
        Description = text.Ingress;
        Breadcrumbs = [new("Start", "/"), new(text.Title, null)];
        Discovery = new() { CanonicalPath = $"/{Slug}", Schema = new WebPageSchema() { Modified = Updated } };
        return Page();
    }
}
