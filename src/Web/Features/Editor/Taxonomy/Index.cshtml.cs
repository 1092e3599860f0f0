using Halsoportal.Content.Taxonomy;
using Halsoportal.Web.Features.Editor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Editor.Taxonomy;

/// <summary>Ämnen, livssituationer och arenor: administrators add terms; each term has its own edit page.</summary>
public sealed class IndexModel(TaxonomyAdminService taxonomy) : EditorPageModel
{
    public IReadOnlyList<TaxonomyTermRow> Terms { get; private set; } = [];

    [BindProperty]
    public TermForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await taxonomy.AddAsync(Access, Input.Kind, Input.Name, Input.Description, cancellationToken);
        if (Outcome(result, $"”{Input.Name?.Trim()}” är tillagt.", new { }) is { } answer)
        {
            return answer;
        }

        return await LoadAsync(cancellationToken) ? Page() : Forbid();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var terms = await taxonomy.ListAsync(Access, cancellationToken);
        if (terms is null)
        {
            return false;
        }

        Terms = terms;
        SetTitle("Ämnen och livssituationer");
        Breadcrumbs = [new("Översikt", "/redaktor"), new("Ämnen och livssituationer", null)];
        return true;
    }
}

/// <summary>A term as posted.</summary>
public sealed class TermForm
{
    public TaxonomyKind Kind { get; set; } = TaxonomyKind.Topic;

    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>For a topic: the contact-point types and services it links to ("contactpointtype:bvc", "service:vaccination").</summary>
    public List<string> Related { get; set; } = [];

    /// <summary>The Swedish name of a vocabulary, as a heading.</summary>
    public static string KindName(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Topic => "Ämnen",
        TaxonomyKind.LifeSituation => "Livssituationer",
        TaxonomyKind.Arena => "Arenor",
        TaxonomyKind.ContactPointType => "Typer av kontaktpunkter",
        TaxonomyKind.Service => "Tjänster",
        _ => kind.ToString(),
    };
}
