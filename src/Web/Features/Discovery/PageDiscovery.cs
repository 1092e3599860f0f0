namespace Halsoportal.Web.Features.Discovery;

/// <summary>
/// How a public page presents itself outside the site: its canonical address, its link preview
/// (Open Graph), its Atom feed and its schema.org description. The layout renders all of them
/// from this one value (see <c>_DiscoveryHead.cshtml</c>).
/// </summary>
public sealed record PageDiscovery
{
    /// <summary>The canonical path ("/artikel/somn"); null means the request path without its query string.</summary>
    public string? CanonicalPath { get; init; }

    /// <summary>What the page is, for schema.org JSON-LD and og:type; a plain WebPage unless a page says more.</summary>
    public PageSchema Schema { get; init; } = new WebPageSchema();

    /// <summary>The page's Atom feed, announced in the head.</summary>
    public FeedLink? Feed { get; init; }

    /// <summary>The page in every language it exists in, itself included: <c>&lt;link rel="alternate" hreflang&gt;</c>. Empty for pages in Swedish only.</summary>
    public IReadOnlyList<LanguageAlternate> Alternates { get; init; } = [];
}

/// <summary>One language version of a page: its BCP 47 code and path.</summary>
public sealed record LanguageAlternate(string Language, string Path);

/// <summary>An Atom feed announced with <c>&lt;link rel="alternate" type="application/atom+xml"&gt;</c>.</summary>
public sealed record FeedLink(string Path, string Title);
