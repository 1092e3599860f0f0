using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Kommuner;

/// <summary>A kommun's start page: its own, its region's and national content, filtered by life situation.</summary>
public sealed class IndexModel(KommunService kommuner, ArticleService articles) : SitePageModel
{
    public KommunStart Start { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string kommun, [FromQuery(Name = "livssituation")] string? lifeSituation, CancellationToken cancellationToken)
    {
        Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken);
        if (Kommun is null)
        {
            return NotFound();
        }

        Start = await articles.GetKommunStartAsync(Kommun, lifeSituation, cancellationToken);
        Title = Start.Filter.Selected is { } selected ? $"{selected.Name} – hälsa i {Kommun.Name}" : $"Hälsa i {Kommun.Name}";
        Description = $"Hälsofrämjande och förebyggande råd för dig som bor i {Kommun.Name}, från kommunen och {Kommun.RegionOrganisation}.";
        Breadcrumbs = [new("Start", "/"), new(Kommun.Name, null)];
        return Page();
    }
}
