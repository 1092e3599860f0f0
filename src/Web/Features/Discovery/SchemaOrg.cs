using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Halsoportal.Content.Kommuner;

namespace Halsoportal.Web.Features.Discovery;

/// <summary>The schema.org nodes every page shares: the page itself, the site, its publisher, breadcrumbs, places.</summary>
public static class SchemaOrg
{
    public const string Context = "https://schema.org";

    public const string Swedish = "sv";

    public const string SiteName = "Hälsoportal";

    // UnicodeRanges.All keeps å/ä/ö readable; the encoder still escapes <, >, & and quotes, so no
    // text (an editor's "</script>") can end the <script> element early.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>JSON for inside <c>&lt;script type="application/ld+json"&gt;</c>.</summary>
    public static string Serialize(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(Options);
    }

    /// <summary>Makes <paramref name="node"/> a document root: <c>@context</c> first, then the node's own properties.</summary>
    public static JsonObject Root(JsonObject node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var root = new JsonObject { ["@context"] = Context };
        foreach (var (name, value) in node.ToList())
        {
            node.Remove(name);
            root[name] = value;
        }

        return root;
    }

    /// <summary>A page of <paramref name="type"/>: name, url, summary, language, the site it is part of and its breadcrumbs.</summary>
    public static JsonObject Page(string type, SchemaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = type,
            ["name"] = context.Name,
            ["url"] = context.Url,
        };
        if (!string.IsNullOrWhiteSpace(context.Description))
        {
            page["description"] = context.Description;
        }

        page["inLanguage"] = Swedish;
        page["isPartOf"] = WebSite(context.Origin);
        if (context.Breadcrumbs.Count > 0)
        {
            page["breadcrumb"] = Breadcrumbs(context);
        }

        return page;
    }

    /// <summary>The site as a whole.</summary>
    public static JsonObject WebSite(string origin) => new()
    {
        ["@type"] = "WebSite",
        ["name"] = SiteName,
        ["url"] = origin + "/",
    };

    /// <summary>Who publishes the site: the public portal of the region and its kommuner.</summary>
    public static JsonObject Publisher(string origin) => new()
    {
        ["@type"] = "GovernmentOrganization",
        ["name"] = SiteName,
        ["url"] = origin + "/",
    };

    /// <summary>The visible breadcrumb trail; the current page (shown without a link) is the page's own URL.</summary>
    public static JsonObject Breadcrumbs(SchemaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var items = new JsonArray();
        for (var i = 0; i < context.Breadcrumbs.Count; i++)
        {
            var crumb = context.Breadcrumbs[i];
            items.Add(new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = crumb.Text,
                ["item"] = crumb.Url is null ? context.Url : context.Absolute(crumb.Url),
            });
        }

        return new JsonObject { ["@type"] = "BreadcrumbList", ["itemListElement"] = items };
    }

    /// <summary>A kommun as a place, inside its län.</summary>
    public static JsonObject Kommun(KommunRef kommun)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        return new JsonObject
        {
            ["@type"] = "AdministrativeArea",
            ["name"] = kommun.Name,
            ["identifier"] = kommun.Code,
            ["containedInPlace"] = new JsonObject { ["@type"] = "AdministrativeArea", ["name"] = kommun.RegionName },
        };
    }

    /// <summary>A region (län) as a place.</summary>
    public static JsonObject Region(string name) => new() { ["@type"] = "AdministrativeArea", ["name"] = name };

    public static JsonObject Sweden() => new() { ["@type"] = "Country", ["name"] = "Sverige" };

    /// <summary>An ISO 8601 date ("2026-11-23").</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An ISO 8601 UTC instant ("2026-11-23T16:46:39Z").</summary>
    public static string Instant(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
