namespace Halsoportal.Web.Features.Shared;

/// <summary>Absolute addresses for sitemaps, feeds, canonical links, structured data and the API documentation.</summary>
public static class SiteAddress
{
    /// <summary>
    /// "https://host[:port][/base]": the address the request came in on (behind a proxy, the
    /// forwarded one). A loopback request that is only treated as HTTPS for cookies' sake
    /// (<see cref="LoopbackScheme"/>) keeps its real scheme, so a copied link works.
    /// </summary>
    public static string Origin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scheme = request.HttpContext.Items.ContainsKey(LoopbackScheme.Marker) ? Uri.UriSchemeHttp : request.Scheme;
        return $"{scheme}://{request.Host}{request.PathBase}";
    }
}
