using Halsoportal.Content.Editing;
using Halsoportal.Content.Editing.Diff;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Articles;

/// <summary>Versions: the list, what changed between two versions, and rollback to any of them.</summary>
public sealed class HistoryModel(ArticleEditingService editing) : EditorPageModel
{
    public ArticleEditView Article { get; private set; } = null!;

    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    /// <summary>The version shown (default: the newest).</summary>
    [FromQuery(Name = "version")]
    public int? Shown { get; set; }

    /// <summary>The version it is compared with (default: the one before).</summary>
    [FromQuery(Name = "jamfor")]
    public int? Against { get; set; }

    public IReadOnlyList<FieldDiff> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Shown ??= Article.DraftVersion;
        Against ??= Shown - 1;
        var shown = await editing.GetVersionAsync(Access, id, Shown.Value, cancellationToken);
        if (shown is null)
        {
            return Versions.Count == 0 ? Page() : NotFound();
        }

        var against = Against > 0 ? await editing.GetVersionAsync(Access, id, Against.Value, cancellationToken) : null;
        Changes = against is null ? [] : ArticleDraftDiff.Compare(against, shown);
        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(int id, int baseVersion, int number, CancellationToken cancellationToken)
    {
        var result = await editing.RollbackAsync(Access, id, baseVersion, number, cancellationToken);
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

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var article = await editing.GetAsync(Access, id, cancellationToken);
        if (article is null)
        {
            return false;
        }

        Article = article;
        Versions = await editing.GetHistoryAsync(Access, id, cancellationToken) ?? [];
        SetTitle($"Versioner: {article.Draft.Title}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Artiklar", "/redaktor/artiklar"), new(article.Draft.Title, $"/redaktor/artiklar/{id}"), new("Versioner", null)];
        return true;
    }
}
