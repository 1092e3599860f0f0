namespace Halsoportal.Web.Features.Discovery;

/// <summary>Absolute addresses for sitemaps, feeds, canonical links and structured data.</summary>
public static class SiteAddress
{
    /// <summary>"https://host[:port][/base]": the address the request came in on (behind a proxy, the forwarded one).</summary>
    public static string Origin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
