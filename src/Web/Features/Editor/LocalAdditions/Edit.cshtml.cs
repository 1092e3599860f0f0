using Halsoportal.Content.Editing;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.LocalAdditions;

/// <summary>One kommun's addition to one article: save a version, publish, unpublish.</summary>
public sealed class EditModel(LocalAdditionService additions, TimeProvider time) : EditorPageModel
{
    [BindProperty]
    public AdditionForm Input { get; set; } = new();

    [BindProperty]
    public int BaseVersion { get; set; }

    public LocalAdditionEditView Addition { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int articleId, string kommun, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(articleId, kommun, cancellationToken))
        {
            return NotFound();
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var draft = Addition.Draft;
        Input = new AdditionForm
        {
            Heading = draft?.Heading ?? $"Så gör du i {Addition.KommunName}",
            Body = draft?.Body,
            LastReviewed = draft?.LastReviewed ?? today,
            NextReview = draft?.NextReview ?? today.AddYears(1),
        };
        BaseVersion = Addition.DraftVersion;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int articleId, string kommun, CancellationToken ct) =>
        ActAsync(articleId, kommun, () => additions.SaveAsync(Access, articleId, kommun, BaseVersion, Input.ToDraft(), ct), "Tillägget är sparat som en ny version.", ct);

    public Task<IActionResult> OnPostPublishAsync(int articleId, string kommun, CancellationToken ct) =>
        ActAsync(articleId, kommun, () => additions.PublishAsync(Access, articleId, kommun, BaseVersion, ct), "Tillägget är publicerat i artikeln.", ct);

    public Task<IActionResult> OnPostUnpublishAsync(int articleId, string kommun, CancellationToken ct) =>
        ActAsync(articleId, kommun, () => additions.UnpublishAsync(Access, articleId, kommun, ct), "Tillägget är avpublicerat.", ct);

    private async Task<IActionResult> ActAsync(int articleId, string kommun, Func<Task<EditResult>> action, string done, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await action() : null;
        if (Outcome(result, done, new { articleId, kommun }, onConflict: newer => BaseVersion = newer) is { } answer)
        {
            return answer;
        }

        return await LoadAsync(articleId, kommun, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int articleId, string kommun, CancellationToken cancellationToken)
    {
        var addition = await additions.GetAsync(Access, articleId, kommun, cancellationToken);
        if (addition is null)
        {
            return false;
        }

        Addition = addition;
        SetTitle($"Lokalt tillägg: {addition.ArticleTitle} – {addition.KommunName}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Lokala tillägg", "/redaktor/lokala-tillagg"), new($"{addition.ArticleTitle} – {addition.KommunName}", null)];
        return true;
    }
}

/// <summary>The addition form as posted.</summary>
public sealed class AdditionForm
{
    public string? Heading { get; set; }

    public string? Body { get; set; }

    public DateOnly? LastReviewed { get; set; }

    public DateOnly? NextReview { get; set; }

    public LocalAdditionDraft ToDraft() => new(Heading?.Trim() ?? "", Body?.Trim() ?? "", LastReviewed ?? default, NextReview ?? default);
}
