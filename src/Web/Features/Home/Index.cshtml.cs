using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Home;

/// <summary>Home: choose your kommun (form and list by län) and featured content.</summary>
public sealed class IndexModel(KommunService kommuner, ArticleService articles) : SitePageModel
{
    /// <summary>What the resident typed in the kommun form (GET, so it works without cookies or JavaScript).</summary>
    [FromQuery(Name = "kommun")]
    public string? Typed { get; set; }

    public string? Error { get; private set; }

    public IReadOnlyList<KommunRef> Candidates { get; private set; } = [];

    public IReadOnlyList<RegionListing> Regions { get; private set; } = [];

    public IReadOnlyList<ArticleSummary> Featured { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // An empty submit arrives as "?kommun=" and must say what is missing.
        if (Request.Query.ContainsKey("kommun"))
        {
            var match = await kommuner.MatchAsync(Typed, cancellationToken);
            if (match.Status == KommunMatchStatus.Found)
            {
                return Redirect($"/{match.Kommun!.Slug}");
            }

            Candidates = match.Candidates;
            Error = match.Status switch
            {
                KommunMatchStatus.Empty => "Skriv namnet på din kommun.",
                KommunMatchStatus.Ambiguous => $"Flera kommuner börjar på ”{Typed?.Trim()}”. Välj din kommun i listan.",
                _ => $"Vi hittar ingen kommun som heter ”{Typed?.Trim()}”. Kontrollera stavningen eller välj i listan över alla kommuner.",
            };
        }

        Title = Error is null ? "Hälsoportal" : "Fel: Välj kommun";
        Description = "Hälsofrämjande och förebyggande råd från din region och din kommun.";
        Regions = await kommuner.ListByRegionAsync(cancellationToken);
        Featured = await articles.GetFeaturedAsync(cancellationToken);
        Discovery = new() { CanonicalPath = "/", Schema = new HomeSchema() };
        return Page();
    }
}
