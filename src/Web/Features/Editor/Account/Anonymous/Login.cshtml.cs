using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Account.Anonymous;

/// <summary>
/// <c>/redaktor/logga-in</c>: e-mail address and password. Wrong password, unknown address and
/// disabled account all get the same answer after the same work.
/// </summary>
public sealed class LoginModel(EditorSignInService signIn) : SignInPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public IActionResult OnGet()
    {
        // Already signed in: a new sign-in would only replace a working session.
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl);
        }

        SetTitle("Logga in");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl);
        }

        Email = Email?.Trim();
        if (string.IsNullOrEmpty(Email))
        {
            AddError(nameof(Email), "Skriv din e-postadress.");
        }

        if (string.IsNullOrEmpty(Password))
        {
            AddError(nameof(Password), "Skriv ditt lösenord.");
        }

        if (ModelState.IsValid)
        {
            switch (await signIn.PasswordAsync(Email!, Password!, cancellationToken))
            {
                case EditorSignInStatus.SignedIn:
                    return LocalRedirect(SafeReturnUrl);
                case EditorSignInStatus.RequiresCode:
                    return RedirectToPage("LoginCode", new { ReturnUrl });
                case EditorSignInStatus.LockedOut:
                    AddError(nameof(Email), "Inloggningen är spärrad en stund efter för många misslyckade försök. Försök igen om 15 minuter.");
                    break;
                default:
                    AddError(nameof(Email), "E-postadressen eller lösenordet stämmer inte.");
                    break;
            }
        }

        Password = null;
        SetTitle("Logga in");
        return Page();
    }
}
