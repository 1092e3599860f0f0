using Halsoportal.Content.Accounts;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Account;

/// <summary><c>/redaktor/konto</c>: who am I, my roles per kommun, and two-step verification.</summary>
[AllowWithoutTwoFactor]
public sealed class IndexModel(AccountService accounts) : EditorPageModel
{
    public EditorUserRow Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await accounts.GetUserAsync(Access.UserId, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        SetTitle("Mitt konto");
        return Page();
    }
}
