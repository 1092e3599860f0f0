using System.ComponentModel;
using Halsoportal.Content;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.Kommuner;

namespace Halsoportal.Web.Features.Api;

/// <summary>A published contact point as the API and the open-data files give it.</summary>
public sealed record ContactPointDto(
    [property: Description("Stabilt id / stable id")] int Id,
    [property: Description("Sista delen av sidans adress, unik inom kommunen / last segment of the page's path, unique within the municipality")] string Slug,
    string Name,
    [property: Description("En eller två meningar / one or two sentences")] string Summary,
    TermDto Type,
    OrganiserDto Organiser,
    MunicipalityDto Municipality,
    AddressDto Address,
    CoordinatesDto Coordinates,
    string? Phone,
    string? Email,
    [property: Description("Kontaktpunktens egen webbplats / the contact point's own website")] string? Web,
    IReadOnlyList<TermDto> Services,
    IReadOnlyList<LanguageDto> Languages,
    PremisesDto Accessibility,
    HoursDto Hours,
    [property: Description("Läget vid tidpunkten (nu eller openAt); null i de nedladdningsbara filerna / the state at the instant asked (now or openAt); null in the bulk files")] HoursStateDto? State,
    [property: Description("Avstånd fågelvägen från near, km / distance as the crow flies from near, in km; null without near")] double? DistanceKm,
    [property: Description("Sökväg till kontaktpunktens sida på webbplatsen / path of the contact point's page on this site")] string Url,
    DateTimeOffset Updated)
{
    /// <summary>The DTO of <paramref name="hit"/>; <paramref name="state"/> false leaves out the time-dependent state (bulk files).</summary>
    public static ContactPointDto From(FinderHit hit, DateTimeOffset at, bool state = true)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var point = hit.Point;
        var data = point.Data;
        var today = SwedishText.DateOf(at);
        return new ContactPointDto(
            point.Id,
            point.Slug,
            data.Name,
            data.Summary,
            new TermDto(point.Type.Slug, point.Type.Name),
            new OrganiserDto(OrganiserDto.KindOf(data.Organiser), data.OrganiserName),
            MunicipalityDto.From(point.Kommun),
            new AddressDto(data.StreetAddress, data.PostalCode, data.PostalTown),
            new CoordinatesDto(Math.Round(data.Latitude, 6), Math.Round(data.Longitude, 6)),
            Blank(data.Phone),
            Blank(data.Email),
            Blank(data.Website),
            [.. point.Services.Select(s => new TermDto(s.Slug, s.Name))],
            [.. data.Languages.Select(l => new LanguageDto(l, LanguageNames.Of(l)))],
            PremisesDto.From(data.Accessibility),
            HoursDto.From(data.Hours, data.HoursConfirmedOn, today),
            state ? HoursStateDto.From(hit, at) : null,
            hit.DistanceKm is { } km ? Math.Round(km, 2) : null,
            point.Path,
            new DateTimeOffset(DateTime.SpecifyKind(point.UpdatedAt, DateTimeKind.Utc)));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A taxonomy term: its slug (the filter value) and Swedish name.</summary>
public sealed record TermDto(string Slug, string Name);

/// <summary>A language staff speak.</summary>
public sealed record LanguageDto([property: Description("ISO 639-1")] string Code, [property: Description("Svenskt namn / Swedish name")] string Name);

/// <summary>Who runs the contact point.</summary>
public sealed record OrganiserDto([property: Description("region, municipality eller private")] string Kind, string Name)
{
    public static string KindOf(Organiser organiser) => organiser switch
    {
        Organiser.Region => "region",
        Organiser.Kommun => "municipality",
        _ => "private",
    };
}

/// <summary>A kommun and its region (län).</summary>
public sealed record MunicipalityDto(
    [property: Description("SCB:s kommunkod / SCB municipality code")] string Code,
    string Name,
    string Slug,
    [property: Description("Länskod / county code")] string RegionCode,
    string RegionName)
{
    public static MunicipalityDto From(KommunRef kommun)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        return new(kommun.Code, kommun.Name, kommun.Slug, kommun.RegionCode, kommun.RegionName);
    }
}

/// <summary>A postal address.</summary>
public sealed record AddressDto(string StreetAddress, [property: Description("”852 30”")] string PostalCode, string PostalTown);

/// <summary>A position in WGS 84 decimal degrees.</summary>
public sealed record CoordinatesDto(double Latitude, double Longitude);

/// <summary>Facts about the premises: true, false, or null when not known (never counted as yes by the filter).</summary>
public sealed record PremisesDto(
    bool? StepFreeEntrance,
    bool? AutomaticDoor,
    bool? Lift,
    bool? AccessibleToilet,
    bool? HearingLoop,
    bool? TactileGuidance,
    bool? AccessibleParking,
    [property: Description("Gångavstånd från parkeringen till entrén, meter / walking distance from that parking to the entrance, metres")] int? ParkingDistanceMetres)
{
    public static PremisesDto From(PremisesAccessibility facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new(facts.StepFreeEntrance, facts.AutomaticDoor, facts.Lift, facts.AccessibleToilet, facts.HearingLoop, facts.TactileGuidance,
            facts.AccessibleParking, facts.ParkingDistanceMetres);
    }
}
