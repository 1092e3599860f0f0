using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Articles;

/// <summary>All articles the user may edit, optionally one kommun's.</summary>
public sealed class IndexModel(ArticleEditingService editing) : EditorPageModel
{
    [FromQuery(Name = "kommun")]
    public string? KommunCode { get; set; }

    public EditorChoices Choices { get; private set; } = null!;

    public IReadOnlyList<EditorArticleRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Choices = await editing.GetChoicesAsync(Access, cancellationToken);
        if (KommunCode is not null && !Access.CanEditKommun(KommunCode))
        {
            KommunCode = null;
        }

        Rows = await editing.ListAsync(Access, KommunCode, cancellationToken);
        SetTitle("Artiklar");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Artiklar", null)];
    }
}
