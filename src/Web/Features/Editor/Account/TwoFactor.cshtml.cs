using Halsoportal.Content.Accounts;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Account;

/// <summary>
/// <c>/redaktor/konto/tvastegsverifiering</c>: set up an authenticator app (shared key and
/// <c>otpauth://</c> URI as text — no QR code), confirm with a code, see the recovery codes
/// once, and turn it off again (not for administrators).
/// </summary>
[AllowWithoutTwoFactor]
public sealed class TwoFactorModel(AccountService accounts, EditorSignInService signIn) : EditorPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public AuthenticatorSetup Setup { get; private set; } = null!;

    /// <summary>Shown once, right after they were made; never stored in TempData or anywhere else.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    /// <summary>A new key for the app: the first step, or starting over.</summary>
    public async Task<IActionResult> OnPostKeyAsync(CancellationToken cancellationToken)
    {
        await accounts.CreateAuthenticatorKeyAsync(Access.UserId, AccountActor.Of(Access), cancellationToken);
        await signIn.RefreshAsync(User);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.EnableTwoFactorAsync(Access.UserId, Code, AccountActor.Of(Access), cancellationToken);
        if (result.Status == AccountStatus.Done)
        {
            await signIn.RefreshAsync(User);
            RecoveryCodes = result.RecoveryCodes ?? [];
        }

        foreach (var error in result.FieldErrors)
        {
            AddError(nameof(Code), error.Message);
        }

        Code = null;
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.RenewRecoveryCodesAsync(Access.UserId, AccountActor.Of(Access), cancellationToken);
        RecoveryCodes = result.RecoveryCodes ?? [];
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.DisableTwoFactorAsync(Access.UserId, AccountActor.Of(Access), cancellationToken);
        if (result.Status == AccountStatus.Forbidden)
        {
            AddError("", "Som administratör måste du använda tvåstegsverifiering. Den går inte att stänga av.");
            return await ShowAsync(cancellationToken);
        }

        await signIn.RefreshAsync(User);
        Notice = "Tvåstegsverifiering är avstängd.";
        return RedirectToPage("Index");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var setup = await accounts.GetAuthenticatorSetupAsync(Access.UserId, cancellationToken);
        if (setup is null)
        {
            return NotFound();
        }

        Setup = setup;
        SetTitle("Tvåstegsverifiering");
        Breadcrumbs = [new("Mitt konto", "/redaktor/konto"), new("Tvåstegsverifiering", null)];
        return Page();
    }
}
