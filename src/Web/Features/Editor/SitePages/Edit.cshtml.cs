using Halsoportal.Content.Editing;
using Halsoportal.Content.Rendering;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.SitePages;

/// <summary>Edit one site page: save a version, preview, publish.</summary>
public sealed class EditModel(PageEditingService pages, MarkdownRenderer markdown) : EditorPageModel
{
    [BindProperty]
    public PageForm Input { get; set; } = new();

    [BindProperty]
    public int BaseVersion { get; set; }

    public PageEditView SitePage { get; private set; } = null!;

    public string? PreviewHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new PageForm { Title = SitePage.Draft.Title, Ingress = SitePage.Draft.Ingress, Body = SitePage.Draft.Body };
        BaseVersion = SitePage.DraftVersion;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => pages.SaveAsync(Access, id, BaseVersion, new PageDraft(Input.Title?.Trim() ?? "", string.IsNullOrWhiteSpace(Input.Ingress) ? null : Input.Ingress.Trim(), Input.Body?.Trim() ?? ""), ct), "Sparat som en ny version. Publicera den för att den ska synas.", ct);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => pages.PublishAsync(Access, id, BaseVersion, ct), "Sidan är publicerad.", ct);

    public async Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        PreviewHtml = markdown.Render(Input.Body ?? "");
        return Page();
    }

    private async Task<IActionResult> ActAsync(int id, Func<Task<EditResult>> action, string done, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await action() : null;
        if (Outcome(result, done, new { id }, onConflict: newer => BaseVersion = newer) is { } answer)
        {
            return answer;
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var page = await pages.GetAsync(Access, id, cancellationToken);
        if (page is null)
        {
            return false;
        }

        SitePage = page;
        SetTitle($"Redigera sidan: {page.Draft.Title}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Webbplatsens sidor", "/redaktor/sidor"), new(page.Draft.Title, null)];
        return true;
    }
}

/// <summary>The page form as posted.</summary>
public sealed class PageForm
{
    public string? Title { get; set; }

    public string? Ingress { get; set; }

    public string? Body { get; set; }
}
