using Halsoportal.Content.ContactPoints.Editing;
using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.ContactPoints;

/// <summary>Edit a contact point: every save is a new version; "Bekräfta att öppettiderna stämmer" adds one dated today.</summary>
public sealed class EditModel(ContactPointEditingService editing) : EditorPageModel
{
    [BindProperty]
    public ContactPointForm Input { get; set; } = new();

    /// <summary>The version this form was loaded from; a save on an older base is a conflict.</summary>
    [BindProperty]
    public int BaseVersion { get; set; }

    public ContactPointEditView Point { get; private set; } = null!;

    public ContactPointChoices Choices { get; private set; } = null!;

    /// <summary>Set after a conflict: the newer version someone else saved.</summary>
    public int? ConflictVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        (Input, BaseVersion) = (ContactPointForm.From(Point.Draft, editing.Today), Point.DraftVersion);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var form = Input.ToDraft(editing.Today);
        if (ModelState.IsValid && form.Errors.Count > 0)
        {
            ContactPointFormErrors.Apply(ModelState, form, await editing.ValidateAsync(form.Draft, cancellationToken));
        }

        var result = ModelState.IsValid ? await editing.SaveAsync(Access, id, BaseVersion, form.Draft, cancellationToken) : null;
        var answer = Outcome(result, $"Sparat som version {result?.Version}. Ändringen syns för invånare först när den publiceras.", new { id },
            onConflict: newer => (ConflictVersion, BaseVersion) = (newer, newer),
            conflictMessage: $"Någon annan sparade version {result?.Version} medan du skrev. Dina ändringar är inte sparade men finns kvar här nedan. Jämför med version {result?.Version} och spara igen.",
            fieldKey: form.KeyOf);
        SetTitle($"Redigera: {Point.Draft.Name}");
        return answer ?? Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken cancellationToken)
    {
        var result = await editing.ConfirmHoursAsync(Access, id, BaseVersion, cancellationToken);
        var answer = Outcome(result, $"Öppettiderna är bekräftade i dag, som version {result.Version}. Invånarna ser datumet när versionen har publicerats.", new { id },
            conflictMessage: $"Någon annan har sparat version {result.Version} under tiden. Läs igenom tiderna och bekräfta igen.",
            fieldKey: _ => "");
        if (answer is not null)
        {
            return answer;
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        (Input, BaseVersion) = (ContactPointForm.From(Point.Draft, editing.Today), Point.DraftVersion);
        SetTitle($"Redigera: {Point.Draft.Name}");
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var point = await editing.GetAsync(Access, id, cancellationToken);
        if (point is null)
        {
            return false;
        }

        Point = point;
        Choices = await editing.GetChoicesAsync(Access, cancellationToken);
        SetTitle($"Redigera: {point.Draft.Name}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Kontaktpunkter", "/redaktor/kontaktpunkter"), new(point.Draft.Name, null)];
        return true;
    }
}
