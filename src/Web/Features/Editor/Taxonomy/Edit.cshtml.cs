using Halsoportal.Content.Taxonomy;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Taxonomy;

/// <summary>Rename a term or change its description; for a topic, also tick the contact-point types and services it links to.</summary>
public sealed class EditModel(TaxonomyAdminService taxonomy) : EditorPageModel
{
    [BindProperty]
    public TermForm Input { get; set; } = new();

    public TaxonomyTermRow Term { get; private set; } = null!;

    /// <summary>For a topic: the types and services it can link to.</summary>
    public IReadOnlyList<TaxonomyTermRow> Linkable { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new TermForm { Kind = Term.Kind, Name = Term.Name, Description = Term.Description, Related = [.. Term.Related] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await taxonomy.UpdateAsync(Access, id, Input.Name, Input.Description, Input.Related, cancellationToken);
        if (Outcome(result, "Ändringen är sparad. Sökningen uppdateras inom någon minut.", new { id }) is { } answer)
        {
            return answer;
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var terms = await taxonomy.ListAsync(Access, cancellationToken);
        var term = terms?.FirstOrDefault(t => t.Id == id);
        if (term is null)
        {
            return false;
        }

        Term = term;
        Linkable = term.Kind == TaxonomyKind.Topic ? [.. terms!.Where(t => TaxonomyKinds.ForContactPoints.Contains(t.Kind))] : [];
        SetTitle($"Ändra: {term.Name}");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Ämnen och livssituationer", "/redaktor/amnen"), new(term.Name, null)];
        return true;
    }
}
