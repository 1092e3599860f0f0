using Halsoportal.Content.ContactPoints.Editing;
using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.ContactPoints;

/// <summary>Granskning och publicering: send for review, return with a comment, publish, unpublish.</summary>
public sealed class WorkflowModel(ContactPointEditingService editing, ContactPointWorkflowService workflow) : EditorPageModel
{
    public ContactPointEditView Point { get; private set; } = null!;

    /// <summary>The version the buttons act on: the one the user is looking at.</summary>
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostReviewAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => workflow.SendForReviewAsync(Access, id, Version, ct), "Skickad för granskning. En publicerare ser den under Väntar på granskning.", ct);

    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => workflow.ReturnAsync(Access, id, Comment, ct), "Utkastet är returnerat med din kommentar.", ct);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => workflow.PublishAsync(Access, id, Version, ct), "Kontaktpunkten är publicerad och syns nu för invånare.", ct);

    public Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => workflow.UnpublishAsync(Access, id, ct), "Kontaktpunkten är avpublicerad och syns inte längre för invånare.", ct);

    private async Task<IActionResult> ActAsync(int id, Func<Task<EditResult>> action, string done, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await action() : null;
        var answer = Outcome(result, done, new { id },
            conflictMessage: $"Det finns en nyare version ({result?.Version}) än den du tittade på. Läs igenom den och försök igen.",
            fieldKey: error => error.Field is nameof(Comment) ? error.Field : "");
        if (answer is not null)
        {
            return answer;
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var point = await editing.GetAsync(Access, id, cancellationToken);
        if (point is null)
        {
            return false;
        }

        Point = point;
        Version = point.DraftVersion;
        SetTitle($"Publicering: {point.Draft.Name}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Kontaktpunkter", "/redaktor/kontaktpunkter"), new(point.Draft.Name, $"/redaktor/kontaktpunkter/{id}"), new("Publicering", null)];
        return true;
    }
}
