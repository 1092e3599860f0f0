using System.ComponentModel;
using Halsoportal.Content;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Slugs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Place = Halsoportal.Content.ContactPoints.Places.GeoPoint;

namespace Halsoportal.Web.Features.Api;

/// <summary>
/// <c>GET /api/v1/contact-points</c> and <c>/contact-points/{id}</c>: published contact points with their hours
/// as data and the hours engine's state for now (or for <c>openAt</c>), filtered like the finder.
/// </summary>
internal static class ContactPointsApi
{
    private const string Tag = "Kontaktpunkter / Contact points";

    /// <summary>The query parameters of <c>/api/v1/contact-points</c>.</summary>
    internal sealed record ListParameters(
        [property: FromQuery(Name = "municipality"), Description("Kommunens slug eller kommunkod / municipality slug or SCB code")] string? Municipality,
        [property: FromQuery(Name = "region"), Description("Länskod (22) eller länets slug / county code or slug")] string? Region,
        [property: FromQuery(Name = "type"), Description("Typens slug; flera = någon av dem / type slug; several = any of them")] string? Type,
        [property: FromQuery(Name = "service"), Description("Tjänstens slug; flera = alla krävs, som i sökaren / service slug; several = all required, as in the finder")] string? Service,
        [property: FromQuery(Name = "accessibility"), Description("entre-utan-trappsteg, automatisk-dorr, hiss, toalett, horslinga, ledstrak, parkering; alla krävs och bara ett bekräftat ja räknas / all required, only a confirmed yes counts")] string? Accessibility,
        [property: FromQuery(Name = "language"), Description("Språk personalen talar, ISO 639-1; flera = något av dem / language spoken; several = any of them")] string? Language,
        [property: FromQuery(Name = "openAt"), Description("Bara de vars besökstid är öppen då, och läget för den tidpunkten; ISO 8601 / only those whose visiting hours are open then, with the state for that instant")] string? OpenAt,
        [property: FromQuery(Name = "near"), Description("lat,lon: sortera efter avstånd / sort by distance")] string? Near,
        [property: FromQuery(Name = "radiusKm"), Description("Högst så långt från near, 0.1–1000 km / at most this far from near")] string? RadiusKm,
        [property: FromQuery(Name = "page"), Description("1 …")] string? Page,
        [property: FromQuery(Name = "pageSize"), Description("1–100, standard 20")] string? PageSize);

    public static RouteGroupBuilder MapContactPointsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/contact-points", ListAsync).WithName("ListContactPoints").WithTags(Tag)
            .WithSummary("Publicerade kontaktpunkter med öppettider och läget nu / Published contact points with hours and their state now");
        api.MapGet("/contact-points/{id:int}", GetAsync).WithName("GetContactPoint").WithTags(Tag).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("En kontaktpunkt / One contact point");
        return api;
    }

    private static async Task<Results<ApiJson<ApiPage<ContactPointDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListParameters parameters, HttpRequest request, KommunService kommuner, ContactPointFinder finder, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For<ListParameters>(request);
        var paging = Paging.Read(query);
        var kommun = await query.KommunAsync("municipality", kommuner, cancellationToken);
        var region = await RegionAsync(query, kommuner, cancellationToken);
        var (types, services) = await finder.VocabulariesAsync(cancellationToken);
        var filter = new ContactPointFilter(
            query.AllOf("type", [.. types.Select(t => t.Slug)]),
            query.AllOf("service", [.. services.Select(t => t.Slug)]),
            [.. query.AllOf("accessibility", [.. AccessNeed.All.Select(n => n.Value)]).Select(v => AccessNeed.Find(v)!)],
            query.AllOf("language", LanguageNames.Codes),
            query.Instant("openAt"));
        var near = query.Coordinate("near");
        var radius = query.Number("radiusKm", 0.1, 1000);
        if (radius is not null && near is null && !query.Errors.ContainsKey("near"))
        {
            query.Fail("radiusKm", "radiusKm kräver near (latitud,longitud).", "radiusKm needs near (lat,lon).");
        }

        if (!query.IsValid)
        {
            return query.Problem();
        }

        var at = filter.OpenAt ?? ThisMinute(time);
        Place? origin = near is null ? null : new Place(near.Latitude, near.Longitude);
        var hits = filter.Apply(await finder.ListPublishedAsync(kommun?.Code, region, cancellationToken), at, origin)
            .Where(h => radius is null || h.DistanceKm <= radius);
        var sorted = origin is null
            ? hits.OrderBy(h => h.Point.Data.Name, SwedishText.Comparer).ThenBy(h => h.Point.Id)
            : hits.OrderBy(h => h.DistanceKm).ThenBy(h => h.Point.Data.Name, SwedishText.Comparer).ThenBy(h => h.Point.Id);
        var page = paging.Of(sorted.ToList());
        return ApiJson.Ok(new ApiPage<ContactPointDto>([.. page.Items.Select(h => ContactPointDto.From(h, at))], page.Page, page.PageSize, page.TotalItems));
    }

    private static async Task<Results<ApiJson<ContactPointDto>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [Description("Stabilt id / stable id")] int id, HttpRequest request, ContactPointFinder finder, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For(request);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var point = await finder.GetByIdAsync(id, cancellationToken);
        if (point is null)
        {
            return ApiProblems.NotFound($"Det finns ingen publicerad kontaktpunkt med id {id}.", "No published contact point has this id.");
        }

        var now = ThisMinute(time);
        return ApiJson.Ok(ContactPointDto.From(ContactPointFinder.At(point, now), now));
    }

    /// <summary>
    /// Now, to the whole minute: opening hours change by the minute, and the same answer (and ETag)
    /// for a whole minute lets caches and conditional requests work.
    /// </summary>
    private static DateTimeOffset ThisMinute(TimeProvider time)
    {
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), now.Offset);
    }

    /// <summary>The <c>region</c> parameter: a county code ("22") or the slug of its name ("vasternorrlands-lan").</summary>
    private static async Task<string?> RegionAsync(ApiQuery query, KommunService kommuner, CancellationToken cancellationToken)
    {
        var raw = query.Text("region");
        if (raw is null)
        {
            return null;
        }

        var regions = await kommuner.ListByRegionAsync(cancellationToken);
        var region = regions.FirstOrDefault(r => r.Code == raw || Slug.From(r.Name) == raw);
        if (region is null)
        {
            query.Fail("region", $"Länet ”{raw}” finns inte. Ange länskod eller slug, till exempel ”22” eller ”vasternorrlands-lan”.", "Unknown region: give its county code or slug.");
        }

        return region?.Code;
    }
}

/// <summary>The list's filters, with the finder's semantics for type, services and accessibility.</summary>
internal sealed record ContactPointFilter(
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Services,
    IReadOnlyList<AccessNeed> Needs,
    IReadOnlyList<string> Languages,
    DateTimeOffset? OpenAt)
{
    /// <summary>The points that pass, with their state at <paramref name="at"/> and distance from <paramref name="origin"/>.</summary>
    public IEnumerable<FinderHit> Apply(IEnumerable<ContactPointView> points, DateTimeOffset at, Place? origin) => points
        .Where(p => Types.Count == 0 || Types.Contains(p.Type.Slug))
        .Where(p => Services.All(s => p.Data.Services.Contains(s)))
        .Where(p => Needs.All(n => n.IsMetBy(p.Data.Accessibility)))
        .Where(p => Languages.Count == 0 || Languages.Any(l => p.Data.Languages.Contains(l)))
        .Select(p => ContactPointFinder.At(p, at, origin))
        .Where(h => OpenAt is null || h.Visiting.IsOpen);
}
