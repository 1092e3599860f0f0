using Halsoportal.Content;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Topics;

/// <summary>One topic's articles at <c>/amne/{topic}</c> or <c>/{kommun}/amne/{topic}</c>.</summary>
public sealed class TopicModel(KommunService kommuner, ArticleService articles) : SitePageModel
{
    public TopicListing Listing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? kommun, string topic, [FromQuery(Name = "livssituation")] string? lifeSituation, CancellationToken cancellationToken)
    {
        if (kommun is not null && (Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken)) is null)
        {
            return NotFound();
        }

        var listing = await articles.GetTopicAsync(topic, Kommun, lifeSituation, cancellationToken);
        if (listing is null)
        {
            return NotFound();
        }

        Listing = listing;
        Title = Kommun is null ? listing.Topic.Name : $"{listing.Topic.Name} i {Kommun.Name}";
        Description = listing.Topic.Description;
        Breadcrumbs =
        [
            new("Start", "/"),
            .. Kommun is null ? [new Crumb("Ämnen", "/amne")] : new[] { new Crumb(Kommun.Name, $"/{Kommun.Slug}"), new Crumb("Ämnen", $"/{Kommun.Slug}/amne") },
            new(listing.Topic.Name, null),
        ];
        Discovery = new()
        {
            CanonicalPath = Format.TopicUrl(listing.Topic.Slug, Kommun?.Slug),
            Schema = new TopicSchema(listing.Topic, Kommun),
            Feed = new(FeedPaths.Topic(listing.Topic.Slug, Kommun?.Slug), $"Nytt om {listing.Topic.Name.ToLower(SwedishText.Culture)}{(Kommun is null ? "" : $" i {Kommun.Name}")}"),
        };
        return Page();
    }
}
