using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Account;

/// <summary>
/// <c>/redaktor/logga-ut</c>: a POST (with the antiforgery token) ends the session on the
/// server. A GET only shows the button — GET never changes state (security.md item 6).
/// Not an <see cref="Shared.EditorPageModel"/>: logging out must work for anyone signed in.
/// </summary>
public sealed class LogoutModel(EditorSignInService signIn) : SitePageModel
{
    [TempData]
    public string? Notice { get; set; }

    public IActionResult OnGet()
    {
        Title = "Logga ut";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync(User, cancellationToken);
        Notice = "Du är utloggad.";
        return RedirectToPage("Anonymous/Login");
    }
}
