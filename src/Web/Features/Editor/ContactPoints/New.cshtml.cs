using Halsoportal.Content.ContactPoints.Editing;
using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.ContactPoints;

/// <summary>Ny kontaktpunkt: the kommun picker offers only the user's kommuner; the kommun never changes afterwards.</summary>
public sealed class NewModel(ContactPointEditingService editing) : EditorPageModel
{
    [BindProperty]
    public ContactPointForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "kommun")]
    public string? KommunCode { get; set; }

    public ContactPointChoices Choices { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = ContactPointForm.Blank();
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var form = Input.ToDraft(editing.Today);
            var result = form.Errors.Count > 0 ? null : await editing.CreateAsync(Access, KommunCode, form.Draft, cancellationToken);
            if (result?.Status == EditStatus.Done)
            {
                Notice = "Kontaktpunkten är sparad som version 1. Den syns inte för invånare förrän den har publicerats.";
                return RedirectToPage("Edit", new { id = result.ItemId });
            }

            ContactPointFormErrors.Apply(ModelState, form, result?.FieldErrors ?? await editing.ValidateAsync(form.Draft, cancellationToken));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Choices = await editing.GetChoicesAsync(Access, cancellationToken);
        if (KommunCode is null || !Choices.Kommuner.Any(k => k.Code == KommunCode))
        {
            KommunCode = Choices.Kommuner.Count > 0 ? Choices.Kommuner[0].Code : null;
        }

        SetTitle("Ny kontaktpunkt");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Kontaktpunkter", "/redaktor/kontaktpunkter"), new("Ny kontaktpunkt", null)];
    }
}
