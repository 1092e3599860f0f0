using Halsoportal.Content.KeyPages;
using Halsoportal.Web.Features.Editor.Shared;

namespace Halsoportal.Web.Features.Editor.KeyPages;

/// <summary>Nyckelsidor: per kommun the user edits, how many key pages lack lättläst and required language versions.</summary>
public sealed class IndexModel(KeyPageService keyPages) : EditorPageModel
{
    public IReadOnlyList<KommunKeyPages> Kommuner { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Kommuner = await keyPages.OverviewAsync(Access, cancellationToken);
        SetTitle("Nyckelsidor, lättläst och språk");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Nyckelsidor", null)];
    }
}
