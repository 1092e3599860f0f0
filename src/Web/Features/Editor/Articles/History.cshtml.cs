using Halsoportal.Content.Editing;
using Halsoportal.Content.Editing.Diff;
using Halsoportal.Web.Features.Editor.Shared;

namespace Halsoportal.Web.Features.Editor.Articles;

/// <summary>An article's versions: the list, what changed between two versions, and rollback to any of them.</summary>
public sealed class HistoryModel(ArticleEditingService editing) : VersionHistoryPageModel<ArticleDraft>
{
    public ArticleEditView Article { get; private set; } = null!;

    protected override async Task<int?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var article = await editing.GetAsync(Access, id, cancellationToken);
        if (article is null)
        {
            return null;
        }

        Article = article;
        Versions = await editing.GetHistoryAsync(Access, id, cancellationToken) ?? [];
        SetTitle($"Versioner: {article.Draft.Title}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Artiklar", "/redaktor/artiklar"), new(article.Draft.Title, $"/redaktor/artiklar/{id}"), new("Versioner", null)];
        return article.DraftVersion;
    }

    protected override Task<ArticleDraft?> GetVersionAsync(int id, int number, CancellationToken cancellationToken) =>
        editing.GetVersionAsync(Access, id, number, cancellationToken);

    protected override Task<IReadOnlyList<FieldDiff>> CompareAsync(ArticleDraft older, ArticleDraft newer, CancellationToken cancellationToken) =>
        Task.FromResult(ArticleDraftDiff.Compare(older, newer));

    protected override Task<EditResult> RollbackAsync(int id, int baseVersion, int number, CancellationToken cancellationToken) =>
        editing.RollbackAsync(Access, id, baseVersion, number, cancellationToken);
}
