using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Account.Anonymous;

/// <summary>
/// <c>/redaktor/logga-in/kod</c>: the second step for accounts with two-step verification —
/// the code from the authenticator app, or a recovery code.
/// </summary>
public sealed class LoginCodeModel(EditorSignInService signIn) : SignInPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>Shows the field for a recovery code (letters and digits) instead of the numeric one.</summary>
    [BindProperty(SupportsGet = true, Name = "reservkod")]
    public bool RecoveryCode { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await signIn.HasPendingCodeStepAsync())
        {
            return StartOver();
        }

        SetTitle("Ange kod");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            AddError(nameof(Code), RecoveryCode ? "Skriv en av dina reservkoder." : "Skriv den sexsiffriga koden från din autentiseringsapp.");
        }
        else
        {
            switch (await signIn.CodeAsync(Code, cancellationToken))
            {
                case EditorSignInStatus.SignedIn:
                    return LocalRedirect(SafeReturnUrl);
                case EditorSignInStatus.NoPendingSignIn:
                    return StartOver();
                case EditorSignInStatus.LockedOut:
                    AddError(nameof(Code), "Inloggningen är spärrad en stund efter för många misslyckade försök. Försök igen om 15 minuter.");
                    break;
                default:
                    AddError(nameof(Code), "Koden stämmer inte. Kontrollera att telefonens klocka går rätt och skriv koden som visas just nu.");
                    break;
            }
        }

        Code = null;
        SetTitle("Ange kod");
        return Page();
    }

    private RedirectToPageResult StartOver()
    {
        Notice = "Logga in igen med e-postadress och lösenord.";
        return RedirectToPage("Login", new { ReturnUrl });
    }
}
