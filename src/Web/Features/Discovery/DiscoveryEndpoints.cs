using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Storage;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Shared;

namespace Halsoportal.Web.Features.Discovery;

/// <summary>
/// robots.txt, the sitemap index and its sitemaps, and the Atom feeds. The routes all end in a
/// file name with a dot, which no kommun or article slug has, so none shadows a page.
/// </summary>
public static class DiscoveryEndpoints
{
    public static IEndpointRouteBuilder MapHalsoportalDiscovery(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (HttpRequest request) => Results.Text(RobotsTxt.Build(SiteAddress.Origin(request)), RobotsTxt.ContentType));
        app.MapGet("/sitemap.xml", SitemapIndexAsync);
        app.MapGet("/sitemap/{name}.xml", SitemapAsync);
        app.MapGet("/{kommun}/" + FeedPaths.FileName, KommunFeedAsync);
        app.MapGet("/amne/{topic}/" + FeedPaths.FileName, TopicFeedAsync);
        app.MapGet("/{kommun}/amne/{topic}/" + FeedPaths.FileName, KommunTopicFeedAsync);
        return app;
    }

    // Every kommun has a start page, so every kommun has a sitemap; the site's own comes first.
    private static async Task<IResult> SitemapIndexAsync(HttpRequest request, KommunService kommuner, CancellationToken cancellationToken)
    {
        var all = (await kommuner.ListByRegionAsync(cancellationToken)).SelectMany(r => r.Kommuner).OrderBy(k => k.Slug, StringComparer.Ordinal);
        var paths = all.Select(k => $"/sitemap/{k.Slug}.xml").Prepend($"/sitemap/{SitemapBuilder.SiteName}.xml");
        return Results.Bytes(SitemapXml.Index(SiteAddress.Origin(request), paths), SitemapXml.ContentType);
    }

    private static async Task<IResult> SitemapAsync(
        string name, HttpRequest request, KommunService kommuner, ContentDbContext db, SurveyService surveys, TimeProvider time, CancellationToken cancellationToken)
    {
        var builder = new SitemapBuilder(new DiscoveryCatalog(db, surveys, time));
        IReadOnlyList<SitemapUrl> urls;
        if (name == SitemapBuilder.SiteName)
        {
            urls = await builder.SiteAsync(cancellationToken);
        }
        else if (await kommuner.FindBySlugAsync(name, cancellationToken) is { } kommun)
        {
            urls = await builder.KommunAsync(kommun, cancellationToken);
        }
        else
        {
            return Results.NotFound();
        }

        return Results.Bytes(SitemapXml.UrlSet(SiteAddress.Origin(request), urls), SitemapXml.ContentType);
    }

    private static async Task<IResult> KommunFeedAsync(
        string kommun, HttpRequest request, KommunService kommuner, ContentDbContext db, SurveyService surveys, TimeProvider time, CancellationToken cancellationToken)
    {
        var found = await kommuner.FindBySlugAsync(kommun, cancellationToken);
        return found is null ? Results.NotFound() : Feed(request, time, await new AtomFeedBuilder(new DiscoveryCatalog(db, surveys, time)).KommunAsync(found, cancellationToken));
    }

    private static async Task<IResult> TopicFeedAsync(
        string topic, HttpRequest request, ContentDbContext db, SurveyService surveys, TimeProvider time, CancellationToken cancellationToken) =>
        Feed(request, time, await new AtomFeedBuilder(new DiscoveryCatalog(db, surveys, time)).TopicAsync(topic, null, cancellationToken));

    private static async Task<IResult> KommunTopicFeedAsync(
        string kommun, string topic, HttpRequest request, KommunService kommuner, ContentDbContext db, SurveyService surveys, TimeProvider time, CancellationToken cancellationToken)
    {
        var found = await kommuner.FindBySlugAsync(kommun, cancellationToken);
        return found is null ? Results.NotFound() : Feed(request, time, await new AtomFeedBuilder(new DiscoveryCatalog(db, surveys, time)).TopicAsync(topic, found, cancellationToken));
    }

    private static IResult Feed(HttpRequest request, TimeProvider time, AtomFeed? feed) => feed is null
        ? Results.NotFound()
        : Results.Bytes(AtomXml.Write(feed, SiteAddress.Origin(request), request.Host.Host, time.GetUtcNow().UtcDateTime), AtomXml.ContentType);
}
