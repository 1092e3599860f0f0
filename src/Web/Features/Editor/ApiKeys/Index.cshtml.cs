using Halsoportal.Content.ApiKeys;
using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.ApiKeys;

/// <summary>
/// API-nycklar: administrators issue a kommun's keys for draft preview through the delivery API,
/// see when each was last used, and revoke them. A new key is shown once, in the answer to the
/// form that made it (not after a redirect, so it is never stored in a cookie); the page's
/// antiforgery token already makes every answer no-store.
/// </summary>
public sealed class IndexModel(ApiKeyService keys, KommunSettingsService kommuner) : EditorPageModel
{
    [BindProperty]
    public ApiKeyForm Input { get; set; } = new();

    public IReadOnlyList<ApiKeyRow> Keys { get; private set; } = [];

    public IReadOnlyList<KommunSettingsRow> Kommuner { get; private set; } = [];

    /// <summary>The key just issued; shown on this answer only.</summary>
    public IssuedApiKey? Issued { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await ShowAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken cancellationToken)
    {
        var (result, issued) = await keys.IssueAsync(Access, Input.Kommun, Input.Label, cancellationToken);
        if (issued is null)
        {
            ModelState.AddFieldErrors(result.FieldErrors);
        }
        else
        {
            Issued = issued;
            Input = new ApiKeyForm();
            ModelState.Clear();
        }

        return await ShowAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        if (await keys.RevokeAsync(Access, id, cancellationToken) != EditStatus.Done)
        {
            return NotFound();
        }

        Notice = "Nyckeln är återkallad och fungerar inte längre.";
        return RedirectToPage();
    }

    private async Task<IActionResult?> ShowAsync(CancellationToken cancellationToken)
    {
        var list = await keys.ListAsync(Access, cancellationToken);
        if (list is null)
        {
            return Forbid();
        }

        Keys = list;
        Kommuner = await kommuner.ListAsync(Access, cancellationToken) ?? [];
        SetTitle("API-nycklar");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("API-nycklar", null)];
        return null;
    }
}

/// <summary>A new key as posted.</summary>
public sealed class ApiKeyForm
{
    public string? Kommun { get; set; }

    public string? Label { get; set; }
}
