using Halsoportal.Content.Synonyms;
using Halsoportal.Search.Synonyms;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Halsoportal.Web.Features.Editor.Synonyms;

/// <summary>
/// Sökord som betyder samma sak: administrators keep the search's synonym list, one group per line. A save
/// takes effect on this node at the next search and on every other node within ten seconds.
/// </summary>
public sealed class IndexModel(SynonymListService synonyms, StoredSynonymSource source) : EditorPageModel
{
    [BindProperty]
    public SynonymForm Input { get; set; } = new();

    /// <summary>Who saved the list last, or null while the bundled list applies.</summary>
    public SynonymListView? Stored { get; private set; }

    public int GroupCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Access.IsAdministrator)
        {
            return Forbid();
        }

        Stored = await synonyms.GetAsync(cancellationToken);
        Input = new SynonymForm { Text = Stored?.Text ?? DefaultSynonymSource.Text, BaseVersion = Stored?.Version ?? 0 };
        return Show();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await synonyms.SaveAsync(Access, Input.BaseVersion, Input.Text, cancellationToken);
        if (result.Status == Halsoportal.Content.Editing.EditStatus.Done)
        {
            source.Invalidate();
        }

        if (Outcome(result, "Synonymlistan är sparad. Sökningen använder den från och med nu.", new { }, conflictMessage: "Någon annan har sparat listan under tiden. Din text finns kvar nedan; ladda om sidan för att se deras ändringar innan du sparar.") is { } answer)
        {
            return answer;
        }

        Stored = await synonyms.GetAsync(cancellationToken);
        return Show();
    }

    private PageResult Show()
    {
        GroupCount = SynonymListService.Groups(Input.Text ?? "").Count;
        SetTitle("Synonymer i sökningen");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Synonymer i sökningen", null)];
        return Page();
    }
}

/// <summary>The list as posted.</summary>
public sealed class SynonymForm
{
    public string? Text { get; set; }

    public int BaseVersion { get; set; }
}
