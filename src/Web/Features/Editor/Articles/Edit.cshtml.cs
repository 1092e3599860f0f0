using Halsoportal.Content.Editing;
using Halsoportal.Content.Media;
using Halsoportal.Content.Rendering;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Articles;

/// <summary>Edit an article: every save is a new version; a preview renders the posted text without saving.</summary>
public sealed class EditModel(ArticleEditingService editing, MediaLibraryService media, ParkedFormService parking, MarkdownRenderer markdown) : EditorPageModel
{
    [BindProperty]
    public ArticleForm Input { get; set; } = new();

    /// <summary>Set when the form comes from /redaktor/aterstall: the parked copy goes once this save succeeds.</summary>
    [BindProperty]
    public string? ParkedKey { get; set; }

    /// <summary>The version this form was loaded from; a save on an older base is a conflict.</summary>
    [BindProperty]
    public int BaseVersion { get; set; }

    public ArticleEditView Article { get; private set; } = null!;

    public EditorChoices Choices { get; private set; } = null!;

    public IReadOnlyList<ImageChoice> Images { get; private set; } = [];

    /// <summary>Set after a conflict: the newer version someone else saved.</summary>
    public int? ConflictVersion { get; private set; }

    /// <summary>Server-rendered preview of the posted body.</summary>
    public string? PreviewHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = ArticleForm.From(Article.Draft);
        BaseVersion = Article.DraftVersion;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var result = ModelState.IsValid ? await editing.SaveAsync(Access, id, BaseVersion, Input.ToDraft(Article.Owner), cancellationToken) : null;
        if (result?.Status == EditStatus.Done)
        {
            await parking.ForgetAsync(ParkedKey, cancellationToken);
        }

        var answer = Outcome(result, $"Sparat som version {result?.Version}. Ändringen syns för invånare först när den publiceras.", new { id },
            onConflict: newer => (ConflictVersion, BaseVersion) = (newer, newer),
            conflictMessage: $"Någon annan sparade version {result?.Version} medan du skrev. Din text är inte sparad men finns kvar här nedan. Jämför med version {result?.Version} och spara igen.",
            fieldKey: Input.FieldKey);
        if (answer is not null)
        {
            return answer;
        }

        SetTitle($"Redigera: {Article.Draft.Title}");
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        PreviewHtml = markdown.Render(Input.Body ?? "");
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var article = await editing.GetAsync(Access, id, cancellationToken);
        if (article is null)
        {
            return false;
        }

        Article = article;
        Choices = await editing.GetChoicesAsync(Access, cancellationToken);
        Images = await ArticleOwners.ImagesAsync(media, Access, ArticleOwners.Format(article.Owner), cancellationToken);
        SetTitle($"Redigera: {article.Draft.Title}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Artiklar", "/redaktor/artiklar"), new(article.Draft.Title, null)];
        return true;
    }
}
