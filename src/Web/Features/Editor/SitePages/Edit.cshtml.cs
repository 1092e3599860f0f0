using Halsoportal.Content.Editing;
using Halsoportal.Content.Rendering;
using Halsoportal.Web.Features.Editor.Articles;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.SitePages;

/// <summary>Edit one site page (its Swedish text, lättläst text and translations): save a version, preview, publish.</summary>
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

        Input = PageForm.From(SitePage.Draft);
        BaseVersion = SitePage.DraftVersion;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => pages.SaveAsync(Access, id, BaseVersion, Input.ToDraft(), ct), "Sparat som en ny version. Publicera den för att den ska synas.", ct);

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
        if (Outcome(result, done, new { id }, onConflict: newer => BaseVersion = newer, fieldKey: Input.FieldKey) is { } answer)
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

/// <summary>The page form as posted: the Swedish text, the lättläst text and the translations.</summary>
public sealed class PageForm
{
    public string? Title { get; set; }

    public string? Ingress { get; set; }

    public string? Body { get; set; }

    public string? EasyReadTitle { get; set; }

    public string? EasyReadIngress { get; set; }

    public string? EasyReadBody { get; set; }

    /// <summary>Translations as posted: the saved ones, then one row for a new language (blank and removed rows are left out).</summary>
    public List<TranslationForm> Translations { get; set; } = [];

    /// <summary>The form filled in from a saved version.</summary>
    public static PageForm From(PageDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new PageForm
        {
            Title = draft.Title,
            Ingress = draft.Ingress,
            Body = draft.Body,
            EasyReadTitle = draft.EasyReadTitle,
            EasyReadIngress = draft.EasyReadIngress,
            EasyReadBody = draft.EasyReadBody,
            Translations = [.. draft.Translations.Select(t => new TranslationForm { Language = t.Language, Title = t.Title, Ingress = t.Ingress, Body = t.Body })],
        };
    }

    /// <summary>The version to save; blank optional fields are null.</summary>
    public PageDraft ToDraft() => new(Title?.Trim() ?? "", Blank(Ingress), Body?.Trim() ?? "")
    {
        EasyReadTitle = Blank(EasyReadTitle),
        EasyReadIngress = Blank(EasyReadIngress),
        EasyReadBody = Blank(EasyReadBody),
        Translations = [.. TranslationForm.Kept(Translations).Select(t => t.Row.ToDraft())],
    };

    /// <summary>Where a service error belongs on this form (<c>Input.{Field}</c>, a translation on its row).</summary>
    public string FieldKey(FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return TranslationForm.FieldKey(Translations, error) ?? (error.Field.Length == 0 ? "" : $"Input.{error.Field}");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
