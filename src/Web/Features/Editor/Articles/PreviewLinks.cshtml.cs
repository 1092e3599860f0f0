using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Articles;

/// <summary>Förhandsvisningslänkar: make a link for a fact-checker without an account, or revoke one.</summary>
public sealed class PreviewLinksModel(ArticleEditingService editing, PreviewLinkService links, TimeProvider time) : EditorPageModel
{
    public ArticleEditView Article { get; private set; } = null!;

    public IReadOnlyList<PreviewLinkRow> Links { get; private set; } = [];

    /// <summary>A link just created: its token is shown this once and never stored in clear.</summary>
    public string? NewLink { get; private set; }

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCreateAsync(int id, CancellationToken cancellationToken)
    {
        var token = await links.CreateAsync(Access, id, cancellationToken);
        if (token is null || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        NewLink = $"{Request.Scheme}://{Request.Host}/forhandsvisning/{token}";
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, int linkId, CancellationToken cancellationToken)
    {
        if (await links.RevokeAsync(Access, id, linkId, cancellationToken) != EditStatus.Done)
        {
            return NotFound();
        }

        Notice = "Länken är spärrad och fungerar inte längre.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var article = await editing.GetAsync(Access, id, cancellationToken);
        if (article is null)
        {
            return false;
        }

        Article = article;
        Links = await links.ListAsync(Access, id, cancellationToken) ?? [];
        SetTitle($"Förhandsvisningslänkar: {article.Draft.Title}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Artiklar", "/redaktor/artiklar"), new(article.Draft.Title, $"/redaktor/artiklar/{id}"), new("Förhandsvisningslänkar", null)];
        return true;
    }
}
