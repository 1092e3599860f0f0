using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Halsoportal.Web.Features.Errors;

/// <summary>Swedish error pages. Status code pages and the exception handler re-execute into this page.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : SitePageModel
{
    public int Code { get; private set; }

    public IActionResult OnGet() => Show(RouteCode());

    // The exception handler re-executes with the original method; a failed POST must get the same page.
    public IActionResult OnPost() => Show(RouteCode());

    /// <summary>
    /// The code from the route itself, not through model binding: a re-executed POST whose form cannot be read (a NUL in
    /// a value, which the framework refuses with 400) made binding fail, and the 400 became a 500 (found by the
    /// hostile-input run, issue 9).
    /// </summary>
    private int RouteCode() =>
        int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 500;

    private PageResult Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 500;

        // The exception handler re-executes /fel/500 with the status its selector chose: 503 for a store failure.
        if (Code == 500 && Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            Code = 503;
        }

        Response.StatusCode = Code;
        StoreUnavailable.AddRetryAfter(Response);
        Response.Headers.CacheControl = "no-store";
        Discovery = null;
        Title = Code switch
        {
            404 => "Sidan finns inte",
            400 => "Felaktig begäran",
            413 => "För mycket data",
            429 => "För många förfrågningar",
            503 => "Tjänsten är tillfälligt otillgänglig",
            _ => "Något gick fel",
        };
        return Page();
    }
}
