using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Halsoportal.Content;
using Halsoportal.Content.Kommuner;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Api;

/// <summary>A coordinate given as <c>lat,lon</c> in WGS 84 decimal degrees.</summary>
public sealed record GeoPoint(double Latitude, double Longitude);

/// <summary>
/// Reads an endpoint's query parameters strictly, collecting a Swedish and English message per
/// bad parameter: unknown names, repeated single values, malformed numbers, dates and
/// coordinates, and values outside their range are all errors, so a typo never turns into a
/// silently unfiltered or empty list. An endpoint declares its parameters as an
/// <c>[AsParameters]</c> record of strings (which the OpenAPI document describes and which
/// never fail to bind) and reads them through this class.
/// </summary>
public sealed class ApiQuery
{
    private readonly IQueryCollection _query;

    private ApiQuery(IQueryCollection query, IReadOnlySet<string> allowed)
    {
        _query = query;
        foreach (var name in query.Keys.Where(k => !allowed.Contains(k)))
        {
            Fail(name, $"Okänd parameter ”{name}”. Tillåtna: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}.", "Unknown parameter.");
        }
    }

    /// <summary>Field errors so far, by parameter name.</summary>
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool IsValid => Errors.Count == 0;

    /// <summary>Reads the request's query; allowed names are <typeparamref name="TParameters"/>'s query properties.</summary>
    public static ApiQuery For<TParameters>(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ApiQuery(request.Query, ParameterNames<TParameters>.Names);
    }

    /// <summary>Reads a query with exactly these parameters allowed (for endpoints with one or two).</summary>
    public static ApiQuery For(HttpRequest request, params string[] allowed)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ApiQuery(request.Query, allowed.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The 400 answer with every field error, in Swedish and English.</summary>
    public ValidationProblem Problem() => ApiProblems.Invalid(Errors);

    /// <summary>Records an error for <paramref name="name"/>: Swedish first, then English.</summary>
    public void Fail(string name, string swedish, string english) => Errors[name] = [$"{swedish} / {english}"];

    /// <summary>A single text value, trimmed; null when absent or empty.</summary>
    public string? Text(string name, int maxLength = 200)
    {
        var values = _query[name];
        if (values.Count > 1)
        {
            Fail(name, "Får bara anges en gång.", "Give this parameter once.");
            return null;
        }

        var value = values.ToString().Trim();
        if (value.Length > maxLength)
        {
            Fail(name, $"Högst {maxLength} tecken.", $"At most {maxLength} characters.");
            return null;
        }

        return value.Length == 0 ? null : value;
    }

    /// <summary>Values given repeatedly or comma-separated (<c>topic=a&amp;topic=b</c> or <c>topic=a,b</c>), distinct, in order.</summary>
    public IReadOnlyList<string> List(string name, int maxCount = 20)
    {
        var values = _query[name]
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (values.Count > maxCount)
        {
            Fail(name, $"Högst {maxCount} värden.", $"At most {maxCount} values.");
            return [];
        }

        return values;
    }

    /// <summary>One value from a closed set; the message lists what is allowed.</summary>
    public T? OneOf<T>(string name, IReadOnlyDictionary<string, T> allowed)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var raw = Text(name);
        if (raw is null)
        {
            return default;
        }

        if (allowed.TryGetValue(raw, out var value))
        {
            return value;
        }

        FailUnknown(name, raw, allowed.Keys);
        return default;
    }

    /// <summary>Values from a closed set; every unknown value is named in the error.</summary>
    public IReadOnlyList<string> AllOf(string name, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var values = List(name);
        var unknown = values.Where(v => !allowed.Contains(v)).ToList();
        if (unknown.Count > 0)
        {
            FailUnknown(name, string.Join(", ", unknown), allowed);
            return [];
        }

        return values;
    }

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when absent.</summary>
    public int WholeNumber(string name, int fallback, int min, int max)
    {
        var raw = Text(name);
        if (raw is null)
        {
            return fallback;
        }

        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Fail(name, $"”{raw}” ska vara ett heltal från {min} till {max}.", $"Must be an integer from {min} to {max}.");
        return fallback;
    }

    /// <summary>A decimal number (point, not comma) in [<paramref name="min"/>, <paramref name="max"/>], or null when absent.</summary>
    public double? Number(string name, double min, double max)
    {
        var raw = Text(name);
        if (raw is null)
        {
            return null;
        }

        if (double.TryParse(raw, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && value >= min && value <= max)
        {
            return value;
        }

        Fail(name, $"”{raw}” ska vara ett tal från {min.ToString(CultureInfo.InvariantCulture)} till {max.ToString(CultureInfo.InvariantCulture)} med decimalpunkt.", $"Must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
        return null;
    }

    /// <summary><c>true</c> or <c>false</c>, or null when absent.</summary>
    public bool? Bool(string name)
    {
        switch (Text(name))
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            case var other:
                Fail(name, $"”{other}” ska vara true eller false.", "Must be true or false.");
                return null;
        }
    }

    /// <summary>
    /// An instant in ISO 8601: <c>2027-03-10T08:00:00Z</c>, with an offset, or a date
    /// (<c>2027-03-10</c>, midnight in Sweden). A time without offset is read as Swedish time.
    /// </summary>
    public DateTimeOffset? Instant(string name)
    {
        var raw = Text(name, 40);
        if (raw is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return SwedishTime(date.ToDateTime(TimeOnly.MinValue));
        }

        if (DateTimeOffset.TryParseExact(raw, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && (raw.EndsWith('Z') || raw.Length > 6 && raw[^6] is '+' or '-'))
        {
            return instant;
        }

        if (DateTime.TryParseExact(raw, ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return SwedishTime(local);
        }

        Fail(name, $"”{raw}” är inte en tidpunkt. Skriv till exempel 2027-03-10 eller 2027-03-10T08:00:00+01:00.", "Not an ISO 8601 date or date-time.");
        return null;
    }

    /// <summary>A coordinate <c>lat,lon</c> in decimal degrees (WGS 84), or null when absent.</summary>
    public GeoPoint? Coordinate(string name)
    {
        var raw = Text(name, 60);
        if (raw is null)
        {
            return null;
        }

        var parts = raw.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(parts[1], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var lon)
            && lat is >= -90 and <= 90 && lon is >= -180 and <= 180)
        {
            return new GeoPoint(lat, lon);
        }

        Fail(name, $"”{raw}” är inte en koordinat. Skriv latitud,longitud i decimalgrader, till exempel 62.3908,17.3069.", "Not a coordinate: give lat,lon in decimal degrees.");
        return null;
    }

    /// <summary>The <c>municipality</c>-style parameter: a kommun slug or SCB code, or an error naming it.</summary>
    public async Task<KommunRef?> KommunAsync(string name, KommunService kommuner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommuner);
        var raw = Text(name);
        if (raw is null)
        {
            return null;
        }

        var kommun = await kommuner.FindAsync(raw, cancellationToken);
        if (kommun is null)
        {
            Fail(name, $"Kommunen ”{raw}” finns inte. Ange slug eller kommunkod, till exempel ”ornskoldsvik” eller ”2284”.", "Unknown municipality: give its slug or SCB code.");
        }

        return kommun;
    }

    private void FailUnknown(string name, string raw, IEnumerable<string> allowed) =>
        Fail(name, $"Okänt värde ”{raw}”. Tillåtna: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}.", "Unknown value.");

    private static DateTimeOffset SwedishTime(DateTime local)
    {
        var zone = SwedishText.TimeZone;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    private static class ParameterNames<TParameters>
    {
        public static readonly IReadOnlySet<string> Names = typeof(TParameters)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToHashSet(StringComparer.Ordinal);
    }
}
