using System.Globalization;
using Halsoportal.Content.Accessibility;
using Halsoportal.Content.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Halsoportal.Web.Features.Accessibility;

/// <summary>
/// "Rapportera brist i tillgänglighet": a plain form that works without JavaScript and without cookies (no
/// antiforgery cookie either: there is no session to ride on, and a forged report only costs a rate-limit
/// permit). Errors come back from the server with a summary and a "Fel:" title; a stored report redirects to
/// its receipt. Nothing about the connection is stored.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ReportModel(AccessibilityStatementService statements, ReportLimiter limiter) : Shared.SitePageModel
{
    public const string Path = "/tillganglighetsredogorelse/rapportera";

    [BindProperty]
    public ReportForm Input { get; set; } = new();

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    /// <summary>Too many reports from this connection: how long to wait (429).</summary>
    public TimeSpan? RetryAfter { get; private set; }

    /// <summary>The message shown for a field, or null.</summary>
    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    public IActionResult OnGet() => Show();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new ReportInput(Input.Where, Input.Description, Input.Name, Input.Email);
        Errors = AccessibilityStatementService.Validate(input);
        if (Errors.Count > 0)
        {
            return Show();
        }

        if (limiter.TryAcquire(HttpContext) is { } wait)
        {
            RetryAfter = wait;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Show();
        }

        var result = await statements.SubmitReportAsync(input, cancellationToken);
        if (result.Reference is null)
        {
            Errors = result.Errors;
            return Show();
        }

        // Written out, not RedirectToPage: the app lower-cases generated URLs, and the reference is upper case.
        return Redirect($"{Path}/tack/{result.Reference}");
    }

    private PageResult Show()
    {
        Title = Errors.Count > 0 || RetryAfter is not null ? "Fel: Rapportera brist i tillgänglighet" : "Rapportera brist i tillgänglighet";
        Description = "Berätta vad som inte fungerade på Hälsoportal för dig, så rättar vi det.";
        Breadcrumbs = [new("Start", "/"), new("Tillgänglighetsredogörelse", "/tillganglighetsredogorelse"), new("Rapportera brist", null)];
        Discovery = new() { CanonicalPath = Path };
        return Page();
    }
}

/// <summary>The report as posted.</summary>
public sealed class ReportForm
{
    public string? Where { get; set; }

    public string? Description { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }
}
