using Halsoportal.Content.Editing;
using Halsoportal.Content.Media;
using Halsoportal.Web.Features.Editor.Shared;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Media;

/// <summary>The image library of one of the user's kommuner (or region, or the nation).</summary>
public sealed class IndexModel(MediaLibraryService library) : EditorPageModel
{
    public IReadOnlyList<OwnerOption> Owners { get; private set; } = [];

    /// <summary>The owner shown; null when the user has none.</summary>
    public OwnerOption? Owner { get; private set; }

    public IReadOnlyList<MediaItem> Items { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "agare")] string? owner, CancellationToken cancellationToken)
    {
        Owners = await library.GetOwnerOptionsAsync(Access, cancellationToken);

        // An owner that is not the user's shows their first one, saying nothing about the other.
        Owner = Owners.FirstOrDefault(o => o.Value == owner) ?? (Owners.Count > 0 ? Owners[0] : null);
        Items = Owner is null ? [] : await library.ListAsync(Access, Owner.Value, cancellationToken);
        SetTitle(Owner is null ? "Bilder" : $"Bilder – {Owner.Name}");
        Breadcrumbs = [new Crumb("Redaktör", "/redaktor"), new Crumb("Bilder", null)];
    }
}
