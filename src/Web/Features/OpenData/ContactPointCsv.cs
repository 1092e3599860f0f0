using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Halsoportal.Web.Features.Api;

namespace Halsoportal.Web.Features.OpenData;

/// <summary>
/// <c>kontaktpunkter.csv</c>: RFC 4180 (comma, CRLF, quotes where needed), UTF-8 without a byte-order mark, a header
/// row, one row per contact point. Hours are summarised as one column per weekday for visiting hours and one per other
/// session; the full structured hours are in the last column as JSON.
/// </summary>
internal static class ContactPointCsv
{
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] Abbreviations = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    public static IReadOnlyList<string> Header { get; } =
    [
        "id", "slug", "name", "type", "typeName", "organiserKind", "organiser",
        "municipalityCode", "municipality", "regionCode", "region",
        "streetAddress", "postalCode", "postalTown", "latitude", "longitude", "phone", "email", "web", "services", "languages",
        "stepFreeEntrance", "automaticDoor", "lift", "accessibleToilet", "hearingLoop", "tactileGuidance", "accessibleParking", "parkingDistanceMetres",
        .. Days.Select(d => $"visiting{d}"),
        "phoneHours", "dropInHours", "publicHolidays", "christmasEve", "newYearsEve", "midsummerEve", "earlyClosing", "hoursConfirmedOn",
        "url", "hoursJson",
    ];

    public static async Task WriteAsync(Stream stream, IReadOnlyList<ContactPointDto> points, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" });
        foreach (var name in Header)
        {
            csv.WriteField(name);
        }

        await csv.NextRecordAsync();
        foreach (var point in points)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var field in Row(point, json))
            {
                csv.WriteField(field);
            }

            await csv.NextRecordAsync();
        }
    }

    private static string[] Row(ContactPointDto p, JsonSerializerOptions json)
    {
        var hours = p.Hours;
        var visiting = hours.Sessions.FirstOrDefault(s => s.Kind == "visiting");
        return
        [
            Number(p.Id), p.Slug, Text(p.Name), p.Type.Slug, Text(p.Type.Name), p.Organiser.Kind, Text(p.Organiser.Name),
            p.Municipality.Code, Text(p.Municipality.Name), p.Municipality.RegionCode, Text(p.Municipality.RegionName),
            Text(p.Address.StreetAddress), p.Address.PostalCode, Text(p.Address.PostalTown),
            p.Coordinates.Latitude.ToString("R", CultureInfo.InvariantCulture), p.Coordinates.Longitude.ToString("R", CultureInfo.InvariantCulture),
            p.Phone ?? "", p.Email ?? "", p.Web ?? "",
            string.Join(';', p.Services.Select(s => s.Slug)), string.Join(';', p.Languages.Select(l => l.Code)),
            Fact(p.Accessibility.StepFreeEntrance), Fact(p.Accessibility.AutomaticDoor), Fact(p.Accessibility.Lift), Fact(p.Accessibility.AccessibleToilet),
            Fact(p.Accessibility.HearingLoop), Fact(p.Accessibility.TactileGuidance), Fact(p.Accessibility.AccessibleParking),
            p.Accessibility.ParkingDistanceMetres is { } metres ? Number(metres) : "",
            .. Week(visiting?.Weekly).Select(Intervals),
            Summary(hours.Sessions.FirstOrDefault(s => s.Kind == "phone")), Summary(hours.Sessions.FirstOrDefault(s => s.Kind == "dropIn")),
            hours.Holidays.PublicHolidays, hours.Holidays.ChristmasEve, hours.Holidays.NewYearsEve, hours.Holidays.MidsummerEve, hours.Holidays.EarlyClosing ?? "",
            hours.ConfirmedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            p.Url, JsonSerializer.Serialize(hours, json),
        ];
    }

    /// <summary>
    /// Names and addresses that editors typed: one starting with = + - @ (or a tab or carriage return) gets a leading
    /// apostrophe, so a spreadsheet opening the file shows it as text instead of running it as a formula (CSV
    /// injection). No real name or address starts that way; numbers, codes, phone numbers, URLs and the hours JSON are
    /// left exactly as they are, since programs read those.
    /// </summary>
    internal static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    /// <summary>The weekdays' intervals Monday first; seven empty lists without the session.</summary>
    private static IReadOnlyList<IReadOnlyList<IntervalDto>> Week(WeekDto? week) => week is null
        ? [.. Days.Select(_ => (IReadOnlyList<IntervalDto>)[])]
        : [week.Monday, week.Tuesday, week.Wednesday, week.Thursday, week.Friday, week.Saturday, week.Sunday];

    /// <summary>"08:00-12:00,13:00-16:00"; empty when closed.</summary>
    private static string Intervals(IReadOnlyList<IntervalDto> intervals) => string.Join(',', intervals.Select(i => $"{i.Opens}-{i.Closes}"));

    /// <summary>"Mo 08:00-12:00; We 13:00-15:00" for the days with hours; empty without the session.</summary>
    private static string Summary(SessionDto? session) => session is null
        ? ""
        : string.Join("; ", Week(session.Weekly).Select((intervals, day) => (intervals, day)).Where(d => d.intervals.Count > 0)
            .Select(d => $"{Abbreviations[d.day]} {Intervals(d.intervals)}"));

    private static string Fact(bool? fact) => fact switch { true => "true", false => "false", null => "" };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
