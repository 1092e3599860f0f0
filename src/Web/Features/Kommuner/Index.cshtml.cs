using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Languages;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Articles;
using Halsoportal.Web.Features.Languages;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Kommuner;

/// <summary>A kommun's start page: its own, its region's and national content, filtered by life situation.</summary>
public sealed class IndexModel(KommunService kommuner, ArticleService articles, KommunLanguages languages, TimeProvider time) : SitePageModel
{
    public KommunStart Start { get; private set; } = null!;

    /// <summary>Open dialogs first, then the latest closed ones; at most four.</summary>
    public IReadOnlyList<Survey> Dialogs { get; private set; } = [];

    public DateTime Now { get; private set; }

    /// <summary>The language switch: Svenska and the kommun's language pages; empty when it has none.</summary>
    public IReadOnlyList<LanguageChoice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string kommun, [FromQuery(Name = "livssituation")] string? lifeSituation, CancellationToken cancellationToken)
    {
        Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken);
        if (Kommun is null)
        {
            return NotFound();
        }

        Start = await articles.GetKommunStartAsync(Kommun, lifeSituation, cancellationToken);
        Now = time.GetUtcNow().UtcDateTime;
        var now = Now;
        // Dialogs belong to the kommun as a whole: listed on its page, not under a life-situation filter.
        var dialogs = await languages.PublicDialogsAsync(Kommun, cancellationToken);
        Dialogs = Start.Filter.Selected is not null ? [] : [.. dialogs.OrderByDescending(s => s.IsOpenAt(now)).ThenByDescending(s => s.ClosesAt).Take(4)];
        var offered = await languages.ForKommunAsync(Kommun, dialogs, cancellationToken);
        Choices = offered.Count == 0 ? [] : KommunLanguages.Choices(Kommun, offered, SiteLanguages.SwedishCode);
        Title = Start.Filter.Selected is { } selected ? $"{selected.Name} – hälsa i {Kommun.Name}" : $"Hälsa i {Kommun.Name}";
        Description = $"Hälsofrämjande och förebyggande råd för dig som bor i {Kommun.Name}, från kommunen och {Kommun.RegionOrganisation}.";
        Breadcrumbs = [new("Start", "/"), new(Kommun.Name, null)];
        Discovery = new()
        {
            CanonicalPath = $"/{Kommun.Slug}",
            Schema = new WebPageSchema("CollectionPage") { About = Kommun },
            Feed = new(FeedPaths.Kommun(Kommun.Slug), $"Nytt i {Kommun.Name}"),
        };
        return Page();
    }
}
