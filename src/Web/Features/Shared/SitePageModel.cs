using Halsoportal.Content.Kommuner;
using Halsoportal.Web.Features.Discovery;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Halsoportal.Web.Features.Shared;

/// <summary>What the layout needs from every page: its title and, when chosen, the resident's kommun.</summary>
public abstract class SitePageModel : PageModel
{
    /// <summary>The page's own title; the layout adds the site name. Starts with "Fel:" when the page shows errors.</summary>
    public string Title { get; protected set; } = "Hälsoportal";

    /// <summary>A short summary for search engines and link previews.</summary>
    public string? Description { get; protected set; }

    /// <summary>The kommun the page is about, shown in the header.</summary>
    public KommunRef? Kommun { get; protected set; }

    /// <summary>Breadcrumb trail, the current page last.</summary>
    public IReadOnlyList<Crumb> Breadcrumbs { get; protected set; } = [];

    /// <summary>
    /// Canonical address, Open Graph link preview, feed and schema.org JSON-LD, rendered by the
    /// layout. Null keeps the page out of search engines and link previews (errors, previews).
    /// </summary>
    public PageDiscovery? Discovery { get; protected set; } = new();
}

/// <summary>One step in the breadcrumb trail; <see cref="Url"/> is null for the current page.</summary>
public sealed record Crumb(string Text, string? Url);
