using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;

namespace Halsoportal.Web.Features.Editor.LocalAdditions;

/// <summary>Lokala tillägg: regional and national articles in the user's kommuner, and which have an addition.</summary>
public sealed class IndexModel(LocalAdditionService additions) : EditorPageModel
{
    public IReadOnlyList<LocalAdditionRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await additions.ListAsync(Access, cancellationToken);
        SetTitle("Lokala tillägg");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Lokala tillägg", null)];
    }
}
