using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;

namespace Halsoportal.Web.Features.Editor.Account.Anonymous;

/// <summary>
/// Base of the sign-in pages, which run before anyone is signed in (so without
/// <see cref="Shared.EditorPageModel"/>'s access). Posts are rate limited per client address.
/// </summary>
[EnableRateLimiting(LoginRateLimit.PolicyName)]
[MiddlewareFilter<LoginRateLimitPipeline>]
public abstract class SignInPageModel : SitePageModel
{
    /// <summary>Where to go after signing in; only a backoffice path is followed (see <see cref="SafeReturnUrl"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>A message from the previous step ("Du är utloggad."), shown once.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The errors in field order, for the error summary.</summary>
    public IEnumerable<(string Field, string Message)> Errors =>
        ModelState.Where(e => e.Value?.ValidationState == ModelValidationState.Invalid)
            .SelectMany(e => e.Value!.Errors.Select(error => (e.Key, error.ErrorMessage)));

    /// <summary>The first error for a field, shown beside it.</summary>
    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>
    /// <see cref="ReturnUrl"/> when it is a local backoffice path, else the dashboard: a sign-in
    /// link can never send anyone to another site or to a resident page.
    /// </summary>
    public string SafeReturnUrl
    {
        get
        {
            var url = ReturnUrl;
            var inBackoffice = url is not null
                && (url == "/redaktor" || url.StartsWith("/redaktor/", StringComparison.Ordinal) || url.StartsWith("/redaktor?", StringComparison.Ordinal))
                && !url.StartsWith("/redaktor/logga-", StringComparison.Ordinal)

                // A browser resolves "/redaktor/../x" and "/redaktor/%2e%2e/x" to "/x".
                && !url.Contains("..", StringComparison.Ordinal)
                && !url.Contains("%2e", StringComparison.OrdinalIgnoreCase);
            return inBackoffice && Url.IsLocalUrl(url) ? url! : "/redaktor";
        }
    }

    /// <summary>Sets the title, prefixed with "Fel:" when the form has errors (accessibility.md item 9).</summary>
    protected void SetTitle(string title) => Title = ModelState.IsValid ? title : $"Fel: {title}";

    /// <summary>Adds a field error that the error summary links to.</summary>
    protected void AddError(string field, string message) => ModelState.AddModelError(field, message);
}
