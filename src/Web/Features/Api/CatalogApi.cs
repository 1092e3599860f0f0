using System.ComponentModel;
using Halsoportal.Content.Kommuner;
using Halsoportal.Web.Features.Discovery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Api;

/// <summary>A kommun as other answers name it.</summary>
public sealed record MunicipalityRefDto(
    [property: Description("SCB:s kommunkod, fyra siffror / SCB municipality code, four digits")] string Code,
    string Name,
    [property: Description("Kommunens del av webbadressen, ändras aldrig / the municipality's URL segment; never changes")] string Slug);

/// <summary>A län as other answers name it.</summary>
public sealed record RegionRefDto(
    [property: Description("SCB:s länskod, två siffror / SCB county code, two digits")] string Code,
    [property: Description("Länets namn / the county's name")] string Name,
    [property: Description("Regionen som organisation, som driver hälso- och sjukvården / the region as an organisation")] string Organisation);

/// <summary>
/// <c>/api/v1/regions</c> and <c>/api/v1/municipalities</c>: every län and kommun of Sweden (SCB
/// codes), with the links an integrator needs to a kommun's pages, feed and API lists.
/// </summary>
internal static class CatalogApi
{
    private const string Tag = "Regioner och kommuner / Regions and municipalities";

    internal sealed record MunicipalityParameters(
        [property: FromQuery(Name = "region"), Description("Länskod, två siffror, till exempel 22 / county code, two digits, e.g. 22")] string? Region);

    /// <summary>A län with its kommuner.</summary>
    public sealed record RegionDto(string Code, string Name, string Organisation, IReadOnlyList<MunicipalityRefDto> Municipalities);

    /// <summary>A kommun with its län and links, root-relative on this site.</summary>
    public sealed record MunicipalityDto(
        string Code,
        string Name,
        string Slug,
        RegionRefDto Region,
        [property: Description("Kommunens startsida / the municipality's start page")] string Url,
        [property: Description("Atom-flöde med nytt för kommunens invånare / Atom feed of what is new for its residents")] string FeedUrl,
        [property: Description("Sök kontaktpunkter / the contact-point finder")] string ContactPointFinderUrl,
        [property: Description("Kommunens medborgardialoger / the municipality's citizen dialogs")] string DialogsUrl,
        [property: Description("Artiklar som syns i kommunen, i API:t / articles visible there, in the API")] string ArticlesApiUrl);

    public static RouteGroupBuilder MapCatalogApi(this RouteGroupBuilder api)
    {
        api.MapGet("/regions", ListRegionsAsync).WithName("ListRegions").WithTags(Tag)
            .WithSummary("Alla län med deras kommuner / Every county with its municipalities");
        api.MapGet("/regions/{code}", GetRegionAsync).WithName("GetRegion").WithTags(Tag).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Ett län efter länskod / One county by its code");
        api.MapGet("/municipalities", ListMunicipalitiesAsync).WithName("ListMunicipalities").WithTags(Tag)
            .WithSummary("Alla kommuner, eller ett läns / Every municipality, or one county's");
        api.MapGet("/municipalities/{slugOrCode}", GetMunicipalityAsync).WithName("GetMunicipality").WithTags(Tag).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("En kommun efter slug eller kommunkod / One municipality by slug or SCB code");
        return api;
    }

    private static async Task<Results<ApiJson<IReadOnlyList<RegionDto>>, ValidationProblem>> ListRegionsAsync(
        HttpRequest request, KommunService kommuner, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For(request);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var regions = await RegionsAsync(kommuner, cancellationToken);
        return ApiJson.Ok<IReadOnlyList<RegionDto>>([.. regions.Select(ToDto)]);
    }

    private static async Task<Results<ApiJson<RegionDto>, ValidationProblem, ProblemHttpResult>> GetRegionAsync(
        [Description("Länskod, två siffror / county code, two digits")] string code, HttpRequest request, KommunService kommuner, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For(request);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var region = (await RegionsAsync(kommuner, cancellationToken)).FirstOrDefault(r => r.Code == code);
        return region is null
            ? ApiProblems.NotFound($"Det finns inget län med koden ”{code}”. Länskoder har två siffror, till exempel 22.", "No county has that code.")
            : ApiJson.Ok(ToDto(region));
    }

    private static async Task<Results<ApiJson<IReadOnlyList<MunicipalityDto>>, ValidationProblem>> ListMunicipalitiesAsync(
        [AsParameters] MunicipalityParameters parameters, HttpRequest request, KommunService kommuner, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For<MunicipalityParameters>(request);
        var regions = await RegionsAsync(kommuner, cancellationToken);
        var region = query.OneOf("region", regions.ToDictionary(r => r.Code, StringComparer.Ordinal));
        if (!query.IsValid)
        {
            return query.Problem();
        }

        IReadOnlyList<RegionListing> chosen = region is null ? regions : [region];
        return ApiJson.Ok<IReadOnlyList<MunicipalityDto>>([.. chosen.SelectMany(r => r.Kommuner).Select(ToDto)]);
    }

    private static async Task<Results<ApiJson<MunicipalityDto>, ValidationProblem, ProblemHttpResult>> GetMunicipalityAsync(
        [Description("Kommunens slug eller kommunkod / municipality slug or SCB code")] string slugOrCode, HttpRequest request, KommunService kommuner, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For(request);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var kommun = await kommuner.FindAsync(slugOrCode, cancellationToken);
        return kommun is null
            ? ApiProblems.NotFound($"Kommunen ”{slugOrCode}” finns inte. Ange slug eller kommunkod, till exempel ”ornskoldsvik” eller ”2284”.", "Unknown municipality: give its slug or SCB code.")
            : ApiJson.Ok(ToDto(kommun));
    }

    /// <summary>The län in code order, each with its kommuner by name.</summary>
    private static async Task<List<RegionListing>> RegionsAsync(KommunService kommuner, CancellationToken cancellationToken) =>
        [.. (await kommuner.ListByRegionAsync(cancellationToken)).OrderBy(r => r.Code, StringComparer.Ordinal)];

    private static RegionDto ToDto(RegionListing region) =>
        new(region.Code, region.Name, region.OrganisationName, [.. region.Kommuner.Select(RefOf)]);

    public static MunicipalityRefDto RefOf(KommunRef kommun) => new(kommun.Code, kommun.Name, kommun.Slug);

    public static MunicipalityDto ToDto(KommunRef kommun) => new(
        kommun.Code,
        kommun.Name,
        kommun.Slug,
        new RegionRefDto(kommun.RegionCode, kommun.RegionName, kommun.RegionOrganisation),
        $"/{kommun.Slug}",
        FeedPaths.Kommun(kommun.Slug),
        $"/{kommun.Slug}/kontakt",
        $"/{kommun.Slug}/dialog",
        $"/api/v1/articles?municipality={kommun.Slug}");
}
