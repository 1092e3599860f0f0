using System.Text.Json.Nodes;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Media;
using Halsoportal.Web.Features.Shared;

namespace Halsoportal.Web.Features.Discovery;

/// <summary>What a page knows when its JSON-LD is built: absolute addresses and the visible title, summary and breadcrumbs.</summary>
public sealed record SchemaContext(string Origin, string Url, string Name, string? Description, IReadOnlyList<Crumb> Breadcrumbs)
{
    /// <summary>The absolute URL of a site path ("/sundsvall" → "https://host/sundsvall").</summary>
    public string Absolute(string path) => Origin + path;
}

/// <summary>
/// A page's schema.org description. Each template picks one; <see cref="Build"/> returns the root
/// node (with <c>@context</c>) of the page's single JSON-LD block.
/// </summary>
public abstract record PageSchema
{
    /// <summary>og:type: "website" unless the page is an article.</summary>
    public virtual string OpenGraphType => "website";

    /// <summary>The image a link preview shows, when the page has one.</summary>
    public virtual MediaItem? Image => null;

    /// <summary>The text alternative of <see cref="Image"/>.</summary>
    public virtual string? ImageAlt => Image?.AltText;

    public abstract JsonObject Build(SchemaContext context);
}

/// <summary>
/// A page of one of the generic schema.org page types (WebPage, CollectionPage, AboutPage,
/// SearchResultsPage), optionally about a kommun and with the date it last changed.
/// </summary>
public sealed record WebPageSchema(string Type = "WebPage") : PageSchema
{
    /// <summary>The kommun the page is about (a kommun page, its finder, its dialogs).</summary>
    public KommunRef? About { get; init; }

    public DateOnly? Modified { get; init; }

    public override JsonObject Build(SchemaContext context)
    {
        var page = SchemaOrg.Page(Type, context);
        if (About is not null)
        {
            page["about"] = SchemaOrg.Kommun(About);
        }

        if (Modified is { } modified)
        {
            page["dateModified"] = SchemaOrg.Date(modified);
        }

        return page;
    }
}

/// <summary>The home page: the site itself, its publisher and its search.</summary>
public sealed record HomeSchema : PageSchema
{
    public override JsonObject Build(SchemaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var site = SchemaOrg.WebSite(context.Origin);
        site["description"] = context.Description;
        site["inLanguage"] = SchemaOrg.Swedish;
        site["publisher"] = SchemaOrg.Publisher(context.Origin);
        site["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = new JsonObject
            {
                ["@type"] = "EntryPoint",
                ["urlTemplate"] = context.Absolute("/sok?q={search_term_string}"),
            },
            ["query-input"] = "required name=search_term_string",
        };
        return SchemaOrg.Root(site);
    }
}

/// <summary>A topic page: a collection of articles about one topic, in a kommun or for the whole country.</summary>
public sealed record TopicSchema(TermRef Topic, KommunRef? Kommun) : PageSchema
{
    public override JsonObject Build(SchemaContext context)
    {
        var page = SchemaOrg.Page("CollectionPage", context);
        page["about"] = new JsonObject { ["@type"] = "Thing", ["name"] = Topic.Name, ["description"] = Topic.Description };
        page["spatialCoverage"] = Kommun is null ? SchemaOrg.Sweden() : SchemaOrg.Kommun(Kommun);
        return page;
    }
}
