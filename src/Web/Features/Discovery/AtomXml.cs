using System.Xml;

namespace Halsoportal.Web.Features.Discovery;

/// <summary>Writes an <see cref="AtomFeed"/> as RFC 4287 Atom.</summary>
public static class AtomXml
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public const string ContentType = "application/atom+xml; charset=utf-8";

    private const string AtomXmlContentType = "application/atom+xml";

    // Tag URIs (RFC 4151) keep entry ids stable when titles, slugs or addresses change.
    private const string TagDate = "2026";

    public static byte[] Write(AtomFeed feed, string origin, string hostName, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return SitemapXml.Write(writer =>
        {
            writer.WriteStartElement("feed", Namespace);
            writer.WriteAttributeString("xml", "lang", null, "sv");
            writer.WriteElementString("id", Namespace, origin + feed.SelfPath);
            writer.WriteElementString("title", Namespace, feed.Title);
            writer.WriteElementString("updated", Namespace, SchemaOrg.Instant(feed.Entries.Count > 0 ? feed.Entries.Max(e => e.Updated) : now));
            Link(writer, "self", AtomXmlContentType, origin + feed.SelfPath);
            Link(writer, "alternate", "text/html", origin + feed.PagePath);
            Author(writer, SchemaOrg.SiteName);
            foreach (var entry in feed.Entries)
            {
                writer.WriteStartElement("entry", Namespace);
                writer.WriteElementString("id", Namespace, $"tag:{hostName},{TagDate}:{entry.Key}");
                writer.WriteElementString("title", Namespace, entry.Title);
                writer.WriteElementString("published", Namespace, SchemaOrg.Instant(entry.Published));
                writer.WriteElementString("updated", Namespace, SchemaOrg.Instant(entry.Updated));
                Link(writer, "alternate", "text/html", origin + entry.Path);
                Author(writer, entry.Author);
                writer.WriteStartElement("summary", Namespace);
                writer.WriteAttributeString("type", "text");
                writer.WriteString(entry.Summary);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    private static void Link(XmlWriter writer, string rel, string type, string href)
    {
        writer.WriteStartElement("link", Namespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static void Author(XmlWriter writer, string name)
    {
        writer.WriteStartElement("author", Namespace);
        writer.WriteElementString("name", Namespace, name);
        writer.WriteEndElement();
    }
}
