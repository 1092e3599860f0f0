using System.Text;
using System.Xml;

namespace Halsoportal.Web.Features.Discovery;

/// <summary>Writes sitemaps and the sitemap index in the sitemaps.org 0.9 format, with absolute URLs.</summary>
public static class SitemapXml
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public const string ContentType = "application/xml; charset=utf-8";

    /// <summary>The index: one <c>&lt;sitemap&gt;</c> per listed sitemap path.</summary>
    public static byte[] Index(string origin, IEnumerable<string> sitemapPaths)
    {
        ArgumentNullException.ThrowIfNull(sitemapPaths);
        return Write(writer =>
        {
            writer.WriteStartElement("sitemapindex", Namespace);
            foreach (var path in sitemapPaths)
            {
                writer.WriteStartElement("sitemap", Namespace);
                writer.WriteElementString("loc", Namespace, origin + path);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    /// <summary>A <c>&lt;urlset&gt;</c> with lastmod and hreflang alternates.</summary>
    public static byte[] UrlSet(string origin, IEnumerable<SitemapUrl> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return Write(writer =>
        {
            writer.WriteStartElement("urlset", Namespace);
            writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var url in urls)
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, origin + url.Path);
                writer.WriteElementString("lastmod", Namespace, SchemaOrg.Instant(url.LastModified));
                foreach (var alternate in url.Alternates)
                {
                    writer.WriteStartElement("xhtml", "link", XhtmlNamespace);
                    writer.WriteAttributeString("rel", "alternate");
                    writer.WriteAttributeString("hreflang", alternate.Language);
                    writer.WriteAttributeString("href", origin + alternate.Path);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    internal static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
