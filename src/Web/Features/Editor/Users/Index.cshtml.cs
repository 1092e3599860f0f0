using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Users;

/// <summary>Användare: administrators give and take back roles in their län and disable accounts.</summary>
public sealed class IndexModel(UserAdministrationService users, ArticleEditingService editing) : EditorPageModel
{
    public IReadOnlyList<EditorUserRow> Users { get; private set; } = [];

    /// <summary>The kommuner the administrator may hand out roles in.</summary>
    public IReadOnlyList<KommunRefLite> Kommuner { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public EditorRole Role { get; set; } = EditorRole.Editor;

    [BindProperty(Name = "Kommun")]
    public string? KommunCode { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Forbid();

    public async Task<IActionResult> OnPostGrantAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Skriv e-postadressen till kontot som ska få rollen.");
            return await LoadAsync(cancellationToken) ? Page() : Forbid();
        }

        var result = await users.GrantAsync(Access, Email, Role, KommunCode, null, cancellationToken);
        return await AnswerAsync(result, result.Status == AccountStatus.Unchanged ? "Personen hade redan den rollen." : "Rollen är given.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken) =>
        await AnswerAsync(await users.RevokeAsync(Access, Email, Role, KommunCode, null, cancellationToken), "Rollen är borttagen.", cancellationToken);

    public async Task<IActionResult> OnPostDisableAsync(string userId, bool disabled, CancellationToken cancellationToken) =>
        await AnswerAsync(await users.SetDisabledAsync(Access, userId, disabled, cancellationToken), disabled ? "Kontot är avstängt och dess inloggningar är avslutade." : "Kontot är aktiverat igen.", cancellationToken);

    private async Task<IActionResult> AnswerAsync(AccountResult result, string done, CancellationToken cancellationToken)
    {
        switch (result.Status)
        {
            case AccountStatus.Done or AccountStatus.Unchanged:
                Notice = done;
                return RedirectToPage();
            case AccountStatus.NotFound when Email is not null:
                ModelState.AddModelError(nameof(Email), "Det finns inget konto med den e-postadressen. Nya konton skapas med kommandot users add.");
                break;
            case AccountStatus.NotFound or AccountStatus.Forbidden:
                return NotFound();
            default:
                foreach (var error in result.FieldErrors)
                {
                    ModelState.AddModelError(error.Field, error.Message);
                }

                break;
        }

        return await LoadAsync(cancellationToken) ? Page() : Forbid();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var list = await users.ListAsync(Access, cancellationToken);
        if (list is null)
        {
            return false;
        }

        Users = list;
        Kommuner = [.. (await editing.GetChoicesAsync(Access, cancellationToken)).Kommuner.Where(k => Access.CanAdministerRegion(k.RegionCode))];
        SetTitle("Användare");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Användare", null)];
        return true;
    }
}
