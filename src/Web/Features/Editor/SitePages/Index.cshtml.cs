using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.SitePages;

/// <summary>Webbplatsens sidor (about, accessibility statement, privacy): system administrators only.</summary>
public sealed class IndexModel(PageEditingService pages) : EditorPageModel
{
    public IReadOnlyList<PageEditView> Pages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var list = await pages.ListAsync(Access, cancellationToken);
        if (list is null)
        {
            return Forbid();
        }

        Pages = list;
        SetTitle("Webbplatsens sidor");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Webbplatsens sidor", null)];
        return Page();
    }
}
