using Halsoportal.Content.Editing;
using Halsoportal.Content.Editing.Diff;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Shared;

/// <summary>
/// A versioned item's history page (articles, contact points): the list, what changed between two
/// versions (<c>?version=</c>, <c>?jamfor=</c>), and rollback to any of them as a new version.
/// </summary>
/// <typeparam name="TDraft">The item's editable fields, as each version stores them.</typeparam>
public abstract class VersionHistoryPageModel<TDraft> : EditorPageModel
    where TDraft : class
{
    public IReadOnlyList<VersionRow> Versions { get; protected set; } = [];

    /// <summary>The version shown (default: the newest).</summary>
    [FromQuery(Name = "version")]
    public int? Shown { get; set; }

    /// <summary>The version it is compared with (default: the one before).</summary>
    [FromQuery(Name = "jamfor")]
    public int? Against { get; set; }

    public IReadOnlyList<FieldDiff> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } draftVersion)
        {
            return NotFound();
        }

        Shown ??= draftVersion;
        Against ??= Shown - 1;
        var shown = await GetVersionAsync(id, Shown.Value, cancellationToken);
        if (shown is null)
        {
            return Versions.Count == 0 ? Page() : NotFound();
        }

        var against = Against > 0 ? await GetVersionAsync(id, Against.Value, cancellationToken) : null;
        Changes = against is null ? [] : await CompareAsync(against, shown, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(int id, int baseVersion, int number, CancellationToken cancellationToken)
    {
        var result = await RollbackAsync(id, baseVersion, number, cancellationToken);
        switch (result.Status)
        {
            case EditStatus.Done:
                Notice = $"Version {number} är återställd som ny version {result.Version}. Publicera den för att den ska synas för invånare.";
                return RedirectToPage("Edit", new { id });
            case EditStatus.Conflict:
                Notice = $"Någon sparade version {result.Version} under tiden. Kontrollera den och återställ igen om du fortfarande vill.";
                return RedirectToPage(new { id });
            default:
                return NotFound();
        }
    }

    /// <summary>Loads the item and <see cref="Versions"/>, sets title and breadcrumbs; its newest version, or null when it is not the user's.</summary>
    protected abstract Task<int?> LoadAsync(int id, CancellationToken cancellationToken);

    protected abstract Task<TDraft?> GetVersionAsync(int id, int number, CancellationToken cancellationToken);

    protected abstract Task<IReadOnlyList<FieldDiff>> CompareAsync(TDraft older, TDraft newer, CancellationToken cancellationToken);

    protected abstract Task<EditResult> RollbackAsync(int id, int baseVersion, int number, CancellationToken cancellationToken);
}
