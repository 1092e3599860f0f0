using Halsoportal.Content.Editing;
using Halsoportal.Content.Media;
using Halsoportal.Web.Features.Editor.Shared;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Media;

/// <summary>Alt text, decorative flag, credit and focal point of one image. Another owner's image is a 404.</summary>
public sealed class EditModel(MediaLibraryService library) : EditorPageModel
{
    [BindProperty]
    public MediaForm Input { get; set; } = new();

    public MediaItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = MediaForm.From(Item);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await library.UpdateAsync(Access, id, Input.ToDetails(), cancellationToken);
        switch (result.Status)
        {
            case EditStatus.Done:
                Notice = "Bilden är sparad.";
                return Redirect($"/redaktor/bilder/{id}");
            case EditStatus.Invalid:
                ModelState.AddFieldErrors(result.FieldErrors);
                return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await library.GetAsync(Access, id, cancellationToken) is not { } item)
        {
            return false;
        }

        Item = item;
        SetTitle("Redigera bild");
        Breadcrumbs = [new Crumb("Redaktör", "/redaktor"), new Crumb("Bilder", "/redaktor/bilder"), new Crumb("Redigera bild", null)];
        return true;
    }
}
