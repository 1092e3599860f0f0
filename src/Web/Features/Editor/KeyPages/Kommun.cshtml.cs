using Halsoportal.Content.Editing;
using Halsoportal.Content.KeyPages;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.KeyPages;

/// <summary>One kommun's key pages: what each lacks, with links to edit, and (for publishers) choosing them.</summary>
public sealed class KommunModel(KeyPageService keyPages) : EditorPageModel
{
    public KommunKeyPages KeyPages { get; private set; } = null!;

    /// <summary>Published articles shown in the kommun that may be added (publishers only).</summary>
    public IReadOnlyList<KeyPageCandidate> Candidates { get; private set; } = [];

    /// <summary>The article to add.</summary>
    [BindProperty]
    public int? ArticleId { get; set; }

    public async Task<IActionResult> OnGetAsync(string kommun, CancellationToken cancellationToken) =>
        await LoadAsync(kommun, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string kommun, CancellationToken cancellationToken)
    {
        var result = await keyPages.AddAsync(Access, kommun, ArticleId, cancellationToken);
        return Outcome(result, "Artikeln är nu en nyckelsida.", new { kommun }, fieldKey: e => e.Field)
            ?? (await LoadAsync(kommun, cancellationToken) ? Page() : NotFound());
    }

    public async Task<IActionResult> OnPostRemoveAsync(string kommun, int articleId, CancellationToken cancellationToken)
    {
        var result = await keyPages.RemoveAsync(Access, kommun, articleId, cancellationToken);
        return Outcome(result, "Artikeln är inte längre en nyckelsida.", new { kommun })
            ?? (await LoadAsync(kommun, cancellationToken) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(string kommun, CancellationToken cancellationToken)
    {
        var loaded = await keyPages.ForKommunAsync(Access, kommun, cancellationToken);
        if (loaded is null)
        {
            return false;
        }

        KeyPages = loaded;
        Candidates = loaded.CanChoose ? await keyPages.CandidatesAsync(Access, kommun, cancellationToken) : [];
        SetTitle($"Nyckelsidor i {loaded.Name}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Nyckelsidor", "/redaktor/nyckelsidor"), new(loaded.Name, null)];
        return true;
    }
}
