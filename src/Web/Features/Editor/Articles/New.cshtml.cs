using Halsoportal.Content.Editing;
using Halsoportal.Content.Media;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Articles;

/// <summary>Ny artikel: the owner picker offers only what the user may write for.</summary>
public sealed class NewModel(ArticleEditingService editing, MediaLibraryService media, ParkedFormService parking, TimeProvider time) : EditorPageModel
{
    [BindProperty]
    public ArticleForm Input { get; set; } = new();

    /// <summary>Set when the form comes from /redaktor/aterstall: the parked copy goes once this save succeeds.</summary>
    [BindProperty]
    public string? ParkedKey { get; set; }

    [BindProperty]
    public string? Owner { get; set; }

    public EditorChoices Choices { get; private set; } = null!;

    public IReadOnlyList<ImageChoice> Images { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        Input = new ArticleForm { LastReviewed = today, NextReview = today.AddYears(1) };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var owner = ArticleOwners.Parse(Owner);
            var result = await editing.CreateAsync(Access, Owner, Input.ToDraft(owner), cancellationToken);
            if (result.Status == EditStatus.Done)
            {
                await parking.ForgetAsync(ParkedKey, cancellationToken);
                Notice = "Utkastet är sparat som version 1. Det syns inte för invånare förrän det har publicerats.";
                return RedirectToPage("Edit", new { id = result.ItemId });
            }

            foreach (var error in result.FieldErrors)
            {
                ModelState.AddModelError(Input.FieldKey(error), error.Message);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Choices = await editing.GetChoicesAsync(Access, cancellationToken);
        Owner ??= Choices.Owners.Count > 0 ? Choices.Owners[0].Value : null;
        Images = await ArticleOwners.ImagesAsync(media, Access, Owner, cancellationToken);
        SetTitle("Ny artikel");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Artiklar", "/redaktor/artiklar"), new("Ny artikel", null)];
    }
}
