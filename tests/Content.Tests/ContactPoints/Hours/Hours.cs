using System.Globalization;
using Halsoportal.Content.ContactPoints.Hours;

namespace Halsoportal.Content.Tests.ContactPoints.Hours;

/// <summary>Short ways to write opening hours and Swedish instants in the tests.</summary>
internal static class Hours
{
    public static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static readonly DayOfWeek[] EveryDay = [.. Weekdays, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static TimeOnly T(string time) => TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture);

    public static TimeRange R(string opens, string closes) => new(T(opens), T(closes));

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static DateTime Wall(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0);

    /// <summary>A Swedish wall-clock time as an instant (not for the hour repeated in autumn).</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0)
    {
        var local = Wall(year, month, day, hour, minute);
        return new DateTimeOffset(local, SwedishText.TimeZone.GetUtcOffset(local));
    }

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    public static Session Session(SessionKind kind, IEnumerable<DayOfWeek> days, params TimeRange[] ranges) => new()
    {
        Kind = kind,
        Weekly = [.. days.SelectMany(day => ranges.Select(range => new WeeklyHours(day, range)))],
    };

    /// <summary>A vårdcentral: visiting weekdays 08–12 and 13–16, phone weekdays 08–10, drop-in Thursdays 15–19.</summary>
    public static OpeningHours Office(HolidayRules? holidays = null, params SpecialHours[] specialDays) => new()
    {
        Sessions =
        [
            Session(SessionKind.Visiting, Weekdays, R("13:00", "16:00"), R("08:00", "12:00")),
            Session(SessionKind.Phone, Weekdays, R("08:00", "10:00")),
            Session(SessionKind.DropIn, [DayOfWeek.Thursday], R("15:00", "19:00")),
        ],
        SpecialDays = specialDays,
        Holidays = holidays ?? new HolidayRules(),
    };

    public static OpeningHours Only(params Session[] sessions) => new() { Sessions = sessions };
}
