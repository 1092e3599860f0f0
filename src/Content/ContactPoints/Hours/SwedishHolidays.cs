using System.Collections.Concurrent;

namespace Halsoportal.Content.ContactPoints.Hours;

/// <summary>Whether a day is a holiday by law or only by custom.</summary>
public enum HolidayKind
{
    /// <summary>Allmän helgdag (röd dag) under lag (1989:253) om allmänna helgdagar.</summary>
    Public = 1,

    /// <summary>Midsommarafton, julafton and nyårsafton: not holidays by law, but most of Sweden is off.</summary>
    DeFacto = 2,
}

/// <summary>One holiday with its Swedish name as residents know it ("Långfredagen").</summary>
public sealed record Holiday(DateOnly Date, string Name, HolidayKind Kind);

/// <summary>
/// The Swedish holiday calendar: röda dagar and the three de-facto holidays. Today's rules are applied to every
/// supported year; historical changes (annandag pingst until 2004, midsommardagen on 24 June until 1952) are not modelled.
/// </summary>
public static class SwedishHolidays
{
    /// <summary>The first year the calendar answers for.</summary>
    public const int MinYear = 1900;

    /// <summary>The last year the calendar answers for.</summary>
    public const int MaxYear = 2200;

    private static readonly ConcurrentDictionary<int, YearCalendar> Years = new();

    /// <summary>Every holiday in <paramref name="year"/>, in date order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public static IReadOnlyList<Holiday> For(int year) => Calendar(year).Holidays;

    /// <summary>
    /// The holiday on <paramref name="date"/>, or null on an ordinary day. When two public holidays coincide
    /// (första maj and Kristi himmelsfärdsdag in 2008) the one earlier in the calendar year's list is returned.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public static Holiday? On(DateOnly date) => Calendar(date.Year).ByDate.GetValueOrDefault(date);

    /// <summary>Easter Sunday (påskdagen) in the Gregorian calendar.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public static DateOnly EasterSunday(int year)
    {
        CheckYear(year);

        // The anonymous Gregorian computus (Meeus/Jones/Butcher): the first Sunday after the
        // ecclesiastical full moon on or after 21 March.
        var golden = year % 19;
        var century = year / 100;
        var yearInCentury = year % 100;
        var leapCenturies = century / 4;
        var centuryRemainder = century % 4;
        var moonCorrection = (century + 8) / 25;
        var solarCorrection = (century - moonCorrection + 1) / 3;
        var epact = ((19 * golden) + century - leapCenturies - solarCorrection + 15) % 30;
        var leapYears = yearInCentury / 4;
        var yearRemainder = yearInCentury % 4;
        var weekday = (32 + (2 * centuryRemainder) + (2 * leapYears) - epact - yearRemainder) % 7;
        var adjustment = (golden + (11 * epact) + (22 * weekday)) / 451;
        var monthAndDay = epact + weekday - (7 * adjustment) + 114;
        return new DateOnly(year, monthAndDay / 31, (monthAndDay % 31) + 1);
    }

    private static YearCalendar Calendar(int year)
    {
        CheckYear(year);
        return Years.GetOrAdd(year, Build);
    }

    private static void CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
    }

    private static YearCalendar Build(int year)
    {
        var easter = EasterSunday(year);
        Holiday[] holidays =
        [
            new(new DateOnly(year, 1, 1), "Nyårsdagen", HolidayKind.Public),
            new(new DateOnly(year, 1, 6), "Trettondedag jul", HolidayKind.Public),
            new(easter.AddDays(-2), "Långfredagen", HolidayKind.Public),
            new(easter, "Påskdagen", HolidayKind.Public),
            new(easter.AddDays(1), "Annandag påsk", HolidayKind.Public),
            new(new DateOnly(year, 5, 1), "Första maj", HolidayKind.Public),
            new(easter.AddDays(39), "Kristi himmelsfärdsdag", HolidayKind.Public),
            new(easter.AddDays(49), "Pingstdagen", HolidayKind.Public),
            new(new DateOnly(year, 6, 6), "Sveriges nationaldag", HolidayKind.Public),
            new(FirstOnOrAfter(new DateOnly(year, 6, 19), DayOfWeek.Friday), "Midsommarafton", HolidayKind.DeFacto),
            new(FirstOnOrAfter(new DateOnly(year, 6, 20), DayOfWeek.Saturday), "Midsommardagen", HolidayKind.Public),
            new(FirstOnOrAfter(new DateOnly(year, 10, 31), DayOfWeek.Saturday), "Alla helgons dag", HolidayKind.Public),
            new(new DateOnly(year, 12, 24), "Julafton", HolidayKind.DeFacto),
            new(new DateOnly(year, 12, 25), "Juldagen", HolidayKind.Public),
            new(new DateOnly(year, 12, 26), "Annandag jul", HolidayKind.Public),
            new(new DateOnly(year, 12, 31), "Nyårsafton", HolidayKind.DeFacto),
        ];

        // Stable sort: Kristi himmelsfärdsdag can fall on första maj (Easter on 23 March), and then
        // första maj keeps its place first.
        var ordered = holidays.OrderBy(h => h.Date).ToArray();
        var byDate = new Dictionary<DateOnly, Holiday>();
        foreach (var holiday in ordered)
        {
            byDate.TryAdd(holiday.Date, holiday);
        }

        return new YearCalendar(ordered.AsReadOnly(), byDate);
    }

    private static DateOnly FirstOnOrAfter(DateOnly date, DayOfWeek day) =>
        date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);

    private sealed record YearCalendar(IReadOnlyList<Holiday> Holidays, Dictionary<DateOnly, Holiday> ByDate);
}
