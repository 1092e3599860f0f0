using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Halsoportal.Web.Features.Errors;

/// <summary>Swedish error pages. Status code pages and the exception handler re-execute into this page.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : SitePageModel
{
    public int Code { get; private set; }

    public IActionResult OnGet(int code) => Show(code);

    // The exception handler re-executes with the original method; a failed POST must get the same page.
    public IActionResult OnPost(int code) => Show(code);

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
