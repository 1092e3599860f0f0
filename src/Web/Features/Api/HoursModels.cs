using System.ComponentModel;
using System.Globalization;
using Halsoportal.Content;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.ContactPoints.Hours;

namespace Halsoportal.Web.Features.Api;

/// <summary>A contact point's hours as entered: sessions with weekly patterns, dated exceptions, holiday rules.</summary>
public sealed record HoursDto(
    IReadOnlyList<SessionDto> Sessions,
    [property: Description("Avvikande dagar från och med i dag, i datumordning / dated exceptions from today on, by date")] IReadOnlyList<HoursExceptionDto> Exceptions,
    HolidayRulesDto Holidays,
    [property: Description("När öppettiderna senast bekräftades / when the hours were last confirmed")] DateOnly ConfirmedOn)
{
    public static HoursDto From(OpeningHours hours, DateOnly confirmedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(hours);
        return new(
            [.. hours.Sessions.OrderBy(s => s.Kind).Select(s => new SessionDto(HoursText.Kind(s.Kind), s.Note, WeekDto.From(s.Weekly)))],
            [.. hours.SpecialDays.Where(d => d.Date >= today).OrderBy(d => d.Date).ThenBy(d => d.Kind).Select(d => new HoursExceptionDto(
                d.Date, d.Kind is { } kind ? HoursText.Kind(kind) : null, d.Ranges.Count == 0, IntervalDto.All(d.Ranges), d.Reason))],
            HolidayRulesDto.From(hours.Holidays),
            confirmedOn);
    }
}

/// <summary>One kind of opening time and its weekly pattern.</summary>
public sealed record SessionDto(
    [property: Description("visiting (besökstider), phone (telefontider) eller dropIn")] string Kind,
    [property: Description("Ord som visas med tiderna / words shown with the hours")] string? Note,
    WeekDto Weekly);

/// <summary>The regular hours per weekday; an empty list is closed that day.</summary>
public sealed record WeekDto(
    IReadOnlyList<IntervalDto> Monday,
    IReadOnlyList<IntervalDto> Tuesday,
    IReadOnlyList<IntervalDto> Wednesday,
    IReadOnlyList<IntervalDto> Thursday,
    IReadOnlyList<IntervalDto> Friday,
    IReadOnlyList<IntervalDto> Saturday,
    IReadOnlyList<IntervalDto> Sunday)
{
    public static WeekDto From(IReadOnlyList<WeeklyHours> weekly)
    {
        ArgumentNullException.ThrowIfNull(weekly);
        IReadOnlyList<IntervalDto> On(DayOfWeek day) => IntervalDto.All(weekly.Where(w => w.Day == day).Select(w => w.Range));
        return new(On(DayOfWeek.Monday), On(DayOfWeek.Tuesday), On(DayOfWeek.Wednesday), On(DayOfWeek.Thursday),
            On(DayOfWeek.Friday), On(DayOfWeek.Saturday), On(DayOfWeek.Sunday));
    }
}

/// <summary>
/// Opening time in Swedish local time, <c>HH:mm</c>. A closing time at or before the opening time is on the next day
/// (22:00–02:00); 00:00 as closing time is midnight.
/// </summary>
public sealed record IntervalDto(string Opens, string Closes)
{
    public static IReadOnlyList<IntervalDto> All(IEnumerable<TimeRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        return [.. ranges.OrderBy(r => r.Opens).Select(r => new IntervalDto(HoursText.Time(r.Opens), HoursText.Time(r.Closes)))];
    }
}

/// <summary>A dated change of the hours (avvikande öppettider).</summary>
public sealed record HoursExceptionDto(
    DateOnly Date,
    [property: Description("Passet som ändras; null = alla pass / the session it changes; null = every session")] string? Session,
    bool Closed,
    IReadOnlyList<IntervalDto> Intervals,
    [property: Description("Anledningen, på svenska / the reason, in Swedish")] string Reason);

/// <summary>What happens on public holidays and the three de-facto holidays: closed, asUsual or closesEarly.</summary>
public sealed record HolidayRulesDto(
    [property: Description("Röda dagar / public holidays")] string PublicHolidays,
    [property: Description("Julafton")] string ChristmasEve,
    [property: Description("Nyårsafton")] string NewYearsEve,
    [property: Description("Midsommarafton")] string MidsummerEve,
    [property: Description("Stängningstid de dagar som stänger tidigt, HH:mm / closing time on closesEarly days")] string? EarlyClosing)
{
    public static HolidayRulesDto From(HolidayRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new(Rule(rules.PublicHolidays), Rule(rules.Julafton), Rule(rules.Nyarsafton), Rule(rules.Midsommarafton),
            rules.EarlyClosing is { } early ? HoursText.Time(early) : null);
    }

    private static string Rule(HolidayRule rule) => rule switch
    {
        HolidayRule.AsUsual => "asUsual",
        HolidayRule.ClosesEarly => "closesEarly",
        _ => "closed",
    };
}

/// <summary>The hours engine's answer for one instant.</summary>
public sealed record HoursStateDto(
    [property: Description("Tidpunkten läget gäller / the instant the state is for")] DateTimeOffset At,
    bool OpenInAnySession,
    IReadOnlyList<SessionStateDto> Sessions)
{
    /// <summary>How far ahead the next exception is looked for, in days.</summary>
    public const int ExceptionHorizonDays = 60;

    public static HoursStateDto From(FinderHit hit, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var hours = hit.Point.Data.Hours;
        var today = SwedishText.DateOf(at);
        return new(
            TimeZoneInfo.ConvertTime(at, SwedishText.TimeZone),
            hit.IsOpenInAnySession,
            [.. hit.Statuses.OrderBy(s => s.Key).Select(s => SessionStateDto.From(hours, s.Key, s.Value, at, today))]);
    }
}

/// <summary>One session's state: open or not, when it closes or next opens, and the next changed day.</summary>
public sealed record SessionStateDto(
    string Kind,
    bool IsOpen,
    [property: Description("Nästa stängning när öppet; null dygnet runt / next closing while open")] DateTimeOffset? ClosesAt,
    [property: Description("Nästa öppning inom 14 dagar när stängt / next opening within 14 days while closed")] DateTimeOffset? OpensAt,
    [property: Description("Stänger inom 30 minuter / closes within 30 minutes")] bool ClosesSoon,
    [property: Description("Anledningen när dagens tider avviker / why today's hours differ, if they do")] string? TodayDeviation,
    [property: Description("Läget i ord, som på webbplatsen / the state in Swedish words, as on the site")] string Text,
    [property: Description("Nästa avvikande dag inom 60 dagar, i dag inräknad / the next changed day within 60 days, today included")] HoursExceptionDto? NextException)
{
    public static SessionStateDto From(OpeningHours hours, SessionKind kind, SessionStatus status, DateTimeOffset at, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(status);
        var deviations = OpeningHoursCalculator.Deviations(hours, kind, today, HoursStateDto.ExceptionHorizonDays);
        var next = deviations.Count == 0 ? null : deviations[0];
        return new(
            HoursText.Kind(kind),
            status.IsOpen,
            status.ClosesAt is { } closes ? OpeningHoursCalculator.Instant(closes, at) : null,
            status.OpensAt is { } opens ? OpeningHoursCalculator.Instant(opens, at) : null,
            status.ClosesSoon,
            status.TodayDeviation,
            OpeningStatusText.Describe(kind, status, at),
            next is null ? null : new HoursExceptionDto(next.Date, HoursText.Kind(kind), next.IsClosed, IntervalDto.All(next.Ranges), next.Deviation ?? ""));
    }
}

/// <summary>The API's words for hours values.</summary>
internal static class HoursText
{
    public static string Kind(SessionKind kind) => kind switch
    {
        SessionKind.Visiting => "visiting",
        SessionKind.Phone => "phone",
        _ => "dropIn",
    };

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
