using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Taxonomy;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Topics;

/// <summary>All topics at <c>/amne</c> or <c>/{kommun}/amne</c>.</summary>
public sealed class IndexModel(KommunService kommuner, ArticleService articles) : SitePageModel
{
    public IReadOnlyList<TermRef> Topics { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? kommun, CancellationToken cancellationToken)
    {
        if (kommun is not null && (Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken)) is null)
        {
            return NotFound();
        }

        Topics = await articles.GetTermsAsync(TaxonomyKind.Topic, cancellationToken);
        Title = Kommun is null ? "Ämnen" : $"Ämnen i {Kommun.Name}";
        Breadcrumbs =
        [
            new("Start", "/"),
            .. Kommun is null ? Array.Empty<Crumb>() : [new Crumb(Kommun.Name, $"/{Kommun.Slug}")],
            new("Ämnen", null),
        ];
        Discovery = new() { Schema = new WebPageSchema("CollectionPage") { About = Kommun } };
        return Page();
    }
}
