using Halsoportal.Content.Taxonomy;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Taxonomy;

/// <summary>Rename a term or change its description.</summary>
public sealed class EditModel(TaxonomyAdminService taxonomy) : EditorPageModel
{
    [BindProperty]
    public TermForm Input { get; set; } = new();

    public TaxonomyTermRow Term { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new TermForm { Kind = Term.Kind, Name = Term.Name, Description = Term.Description };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await taxonomy.UpdateAsync(Access, id, Input.Name, Input.Description, cancellationToken);
        if (Outcome(result, "Ändringen är sparad. Sökningen uppdateras inom någon minut.", new { id }) is { } answer)
        {
            return answer;
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var term = (await taxonomy.ListAsync(Access, cancellationToken))?.FirstOrDefault(t => t.Id == id);
        if (term is null)
        {
            return false;
        }

        Term = term;
        SetTitle($"Ändra: {term.Name}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Ämnen och livssituationer", "/redaktor/amnen"), new(term.Name, null)];
        return true;
    }
}
