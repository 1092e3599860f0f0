using System.Text;

namespace Halsoportal.Web.Features.Discovery;

/// <summary>robots.txt: the public site is open; the backoffice, previews, answering and search results are not for crawlers.</summary>
public static class RobotsTxt
{
    public const string ContentType = "text/plain; charset=utf-8";

    public static string Build(string origin)
    {
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Allow: /\n")
            // Signed-in editors only, and preview links carry a secret token.
            .Append("Disallow: /redaktor\n")
            .Append("Disallow: /forhandsvisning/\n")
            // Answering a dialog is for residents; the dialog page itself is listed.
            .Append("Disallow: /*/dialog/*/svara\n")
            // Search results are endless combinations of the listed pages.
            .Append("Disallow: /sok\n")
            // JSON for integrators, documented separately; error pages say nothing.
            .Append("Disallow: /api/\n")
            .Append("Disallow: /fel/\n")
            .Append("Disallow: /health\n")
            .Append('\n')
            .Append("Sitemap: ").Append(origin).Append("/sitemap.xml\n");
        return text.ToString();
    }
}
