using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.EasyRead;

/// <summary>
/// A kommun's lättläst start page at <c>/{kommun}/lattlast</c>: every lättläst text shown in the
/// kommun, by topic. The literal segment wins over the article route's <c>{slug}</c>, and
/// "lattlast" is a reserved slug, so no article can take this address.
/// </summary>
public sealed class IndexModel(KommunService kommuner, EasyReadIndex easyRead) : SitePageModel
{
    public EasyReadListing Listing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string kommun, CancellationToken cancellationToken)
    {
        Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken);
        if (Kommun is null)
        {
            return NotFound();
        }

        Listing = await easyRead.ForKommunAsync(Kommun, cancellationToken);
        Title = $"Lättläst om hälsa i {Kommun.Name}";
        Description = $"Texter om hälsa på lättläst svenska för dig som bor i {Kommun.Name}.";
        Breadcrumbs = [new("Start", "/"), new(Kommun.Name, $"/{Kommun.Slug}"), new("Lättläst", null)];
        Discovery = new()
        {
            CanonicalPath = EasyReadPaths.Kommun(Kommun.Slug),
            Schema = new WebPageSchema("CollectionPage") { About = Kommun },
        };
        return Page();
    }
}

/// <summary>Addresses of the lättläst start pages.</summary>
public static class EasyReadPaths
{
    /// <summary>"/sundsvall/lattlast".</summary>
    public static string Kommun(string kommunSlug) => $"/{kommunSlug}/{Articles.ArticleModel.EasyReadSegment}";
}
