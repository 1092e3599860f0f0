using Halsoportal.Content.Editing;
using Halsoportal.Content.Editing.Checks;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Articles;

/// <summary>Granskning och publicering: send for review, return, publish, unpublish, schedule.</summary>
public sealed class WorkflowModel(ArticleEditingService editing, ArticleWorkflowService workflow, PublishCheckService checks) : EditorPageModel
{
    public ArticleEditView Article { get; private set; } = null!;

    /// <summary>Publish checks and LIX of the newest version.</summary>
    public PublishCheckReport Checks { get; private set; } = null!;

    /// <summary>The version the buttons act on: the one the user is looking at.</summary>
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>Why the text is published despite plain-language warnings (kept in the audit log).</summary>
    [BindProperty]
    public string? OverrideReason { get; set; }

    [BindProperty]
    public DateTime? PublishAt { get; set; }

    [BindProperty]
    public DateTime? UnpublishAt { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostReviewAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => workflow.SendForReviewAsync(Access, id, Version, ct), "Skickad för granskning. En publicerare får se den under Väntar på granskning.", ct);

    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => workflow.ReturnAsync(Access, id, Comment, ct), "Utkastet är returnerat med din kommentar.", ct);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => workflow.PublishAsync(Access, id, Version, OverrideReason, ct), "Artikeln är publicerad och syns nu för invånare.", ct);

    public Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => workflow.UnpublishAsync(Access, id, ct), "Artikeln är avpublicerad och syns inte längre för invånare.", ct);

    public Task<IActionResult> OnPostScheduleAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => workflow.ScheduleAsync(Access, id, Version, ToUtc(PublishAt), ToUtc(UnpublishAt), OverrideReason, ct), "Schemat är sparat.", ct);

    public Task<IActionResult> OnPostCancelScheduleAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => workflow.CancelScheduleAsync(Access, id, ct), "Schemat är borttaget.", ct);

    private static DateTime? ToUtc(DateTime? local) => local is null ? null : EditorFormat.ToUtc(local.Value);

    private async Task<IActionResult> ActAsync(int id, Func<Task<EditResult>> action, string done, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await action() : null;

        // Errors in the text itself (publish checks) link to the field on the edit page.
        var answer = Outcome(result, done, new { id },
            conflictMessage: $"Det finns en nyare version ({result?.Version}) än den du tittade på. Läs igenom den och försök igen.",
            fieldKey: error => error.Field is "" or nameof(Comment) or nameof(PublishAt) or nameof(UnpublishAt) or nameof(OverrideReason) ? error.Field : $"/redaktor/artiklar/{id}#Input_{error.Field}");
        if (answer is not null)
        {
            return answer;
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var article = await editing.GetAsync(Access, id, cancellationToken);
        if (article is null)
        {
            return false;
        }

        Article = article;
        Version = article.DraftVersion;
        Checks = await checks.RunAsync(article.Draft, id, cancellationToken);
        SetTitle($"Publicering: {article.Draft.Title}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Artiklar", "/redaktor/artiklar"), new(article.Draft.Title, $"/redaktor/artiklar/{id}"), new("Publicering", null)];
        return true;
    }
}
