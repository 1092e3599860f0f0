namespace Halsoportal.Content.ContactPoints.Hours;

/// <summary>
/// One day's hours for one session. <see cref="Deviation"/> is null on an ordinary day; otherwise it is the
/// reason shown to residents (the special day's reason or the holiday's name).
/// </summary>
public sealed record DaySchedule(DateOnly Date, IReadOnlyList<TimeRange> Ranges, string? Deviation)
{
    /// <summary>True when there is no opening time that day.</summary>
    public bool IsClosed => Ranges.Count == 0;
}

/// <summary>
/// Whether a session is open at an instant. <see cref="ClosesAt"/> and <see cref="OpensAt"/> are Swedish wall-clock
/// times (<see cref="DateTimeKind.Unspecified"/>); <see cref="ClosesIn"/> is the real time left, which differs from the
/// wall-clock difference across a daylight-saving change.
/// </summary>
public sealed record SessionStatus(
    bool IsOpen,
    DateTime? ClosesAt,
    DateTime? OpensAt,
    string? TodayDeviation,
    TimeSpan? ClosesIn = null)
{
    /// <summary>How close to closing counts as "stänger snart".</summary>
    public static TimeSpan SoonThreshold { get; } = TimeSpan.FromMinutes(30);

    /// <summary>True when open and closing within <see cref="SoonThreshold"/>.</summary>
    public bool ClosesSoon => IsOpen && ClosesIn is { } left && left <= SoonThreshold;
}

/// <summary>
/// Works out opening hours from <see cref="OpeningHours"/>: pure functions of the hours and an explicit date or
/// instant (callers pass <see cref="TimeProvider.GetUtcNow"/>), so tests control the clock.
/// </summary>
public static class OpeningHoursCalculator
{
    /// <summary>How many days ahead <see cref="StatusAt"/> looks for the next opening.</summary>
    public const int LookAheadDays = 14;

    /// <summary>
    /// The hours of <paramref name="kind"/> on <paramref name="date"/>. Precedence: a special day for that kind, a special
    /// day for every session, the holiday rules, the weekly pattern.
    /// </summary>
    public static DaySchedule ScheduleFor(OpeningHours hours, SessionKind kind, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(hours);

        var session = (hours.Sessions ?? []).FirstOrDefault(s => s is not null && s.Kind == kind);
        if (session is null)
        {
            return new DaySchedule(date, [], null);
        }

        var special = FindSpecialDay(hours, kind, date);
        if (special is not null)
        {
            var reason = string.IsNullOrWhiteSpace(special.Reason) ? "Avvikande öppettider" : special.Reason.Trim();
            return new DaySchedule(date, Sorted(special.Ranges ?? []), reason);
        }

        var weekly = Sorted((session.Weekly ?? []).Where(w => w?.Range is not null && w.Day == date.DayOfWeek).Select(w => w.Range));
        var holiday = SwedishHolidays.On(date);
        if (holiday is null)
        {
            return new DaySchedule(date, weekly, null);
        }

        var rules = hours.Holidays ?? new HolidayRules();
        IReadOnlyList<TimeRange> ranges = RuleFor(rules, holiday) switch
        {
            HolidayRule.Closed => [],
            HolidayRule.ClosesEarly when rules.EarlyClosing is { } early => CutAt(weekly, early),
            _ => weekly,
        };

        // A holiday that leaves the day as it was (öppet som vanligt, or a red Sunday at a place closed on Sundays)
        // is not news to residents and stays out of "kommande avvikelser".
        return new DaySchedule(date, ranges, ranges.SequenceEqual(weekly) ? null : holiday.Name);
    }

    /// <summary>
    /// Whether <paramref name="kind"/> is open at <paramref name="now"/>, when it closes or next opens (within
    /// <see cref="LookAheadDays"/> days), and today's deviation. Ranges running past midnight and ranges that follow each
    /// other without a gap count as one stretch.
    /// </summary>
    public static SessionStatus StatusAt(OpeningHours hours, SessionKind kind, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(hours);

        // Opening hours are wall-clock times: compare in Swedish local time, and only go through UTC for real durations.
        var local = TimeZoneInfo.ConvertTime(now, SwedishText.TimeZone).DateTime;
        var today = DateOnly.FromDateTime(local);
        var deviation = ScheduleFor(hours, kind, today).Deviation;
        var horizon = today.AddDays(LookAheadDays + 1).ToDateTime(TimeOnly.MinValue);

        // Start with yesterday: its ranges past midnight are still open early today.
        foreach (var (start, end) in Stretches(hours, kind, today.AddDays(-1), LookAheadDays + 2))
        {
            if (end <= local)
            {
                continue;
            }

            if (start > local)
            {
                return new SessionStatus(false, null, start, deviation);
            }

            // Open beyond everything we looked at (dygnet runt): no closing time to show.
            if (end >= horizon)
            {
                return new SessionStatus(true, null, null, deviation);
            }

            var left = Instant(end, now) - now;
            return new SessionStatus(true, end, null, deviation, left < TimeSpan.Zero ? TimeSpan.Zero : left);
        }

        return new SessionStatus(false, null, null, deviation);
    }

    /// <summary>The days in [<paramref name="from"/>, <paramref name="from"/> + <paramref name="days"/>) that deviate from the usual hours.</summary>
    public static IReadOnlyList<DaySchedule> Deviations(OpeningHours hours, SessionKind kind, DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return [.. Schedules(hours, kind, from, days).Where(d => d.Deviation is not null)];
    }

    /// <summary>Seven consecutive days from <paramref name="from"/>.</summary>
    public static IReadOnlyList<DaySchedule> Week(OpeningHours hours, SessionKind kind, DateOnly from) =>
        [.. Schedules(hours, kind, from, 7)];

    private static IEnumerable<DaySchedule> Schedules(OpeningHours hours, SessionKind kind, DateOnly from, int days)
    {
        ArgumentNullException.ThrowIfNull(hours);
        return Enumerable.Range(0, days).Select(offset => ScheduleFor(hours, kind, from.AddDays(offset)));
    }

    private static SpecialHours? FindSpecialDay(OpeningHours hours, SessionKind kind, DateOnly date)
    {
        SpecialHours? forAll = null;
        foreach (var special in hours.SpecialDays ?? [])
        {
            if (special is null || special.Date != date)
            {
                continue;
            }

            if (special.Kind == kind)
            {
                return special;
            }

            if (special.Kind is null)
            {
                forAll ??= special;
            }
        }

        return forAll;
    }

    private static HolidayRule RuleFor(HolidayRules rules, Holiday holiday)
    {
        if (holiday.Kind == HolidayKind.Public)
        {
            return rules.PublicHolidays;
        }

        return holiday.Date switch
        {
            { Month: 12, Day: 24 } => rules.Julafton,
            { Month: 12, Day: 31 } => rules.Nyarsafton,
            _ => rules.Midsommarafton,
        };
    }

    private static TimeRange[] Sorted(IEnumerable<TimeRange?> ranges) =>
        [.. ranges.OfType<TimeRange>().OrderBy(r => r.Opens).ThenBy(r => r.Closes)];

    private static TimeRange[] CutAt(IEnumerable<TimeRange> ranges, TimeOnly early) =>
        [.. ranges
            .Where(r => r.Opens < early)
            .Select(r => r.CrossesMidnight || r.Closes > early ? r with { Closes = early } : r)];

    /// <summary>The opening stretches of the given days in local time, in order, with touching or overlapping ranges joined.</summary>
    private static List<(DateTime Start, DateTime End)> Stretches(OpeningHours hours, SessionKind kind, DateOnly from, int days)
    {
        var ranges = new List<(DateTime Start, DateTime End)>();
        foreach (var day in Schedules(hours, kind, from, days))
        {
            foreach (var range in day.Ranges)
            {
                var start = day.Date.ToDateTime(range.Opens);
                var end = (range.CrossesMidnight ? day.Date.AddDays(1) : day.Date).ToDateTime(range.Closes);
                ranges.Add((start, end));
            }
        }

        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        var joined = new List<(DateTime Start, DateTime End)>();
        foreach (var range in ranges)
        {
            if (joined.Count > 0 && range.Start <= joined[^1].End)
            {
                var last = joined[^1];
                joined[^1] = (last.Start, range.End > last.End ? range.End : last.End);
            }
            else
            {
                joined.Add(range);
            }
        }

        return joined;
    }

    /// <summary>
    /// The instant a Swedish wall-clock time happens. In the hour skipped in spring, that is the moment the clock jumps
    /// (03.00) — by then every skipped time has passed. In the hour repeated in autumn, it is the first occurrence after
    /// <paramref name="after"/>.
    /// </summary>
    public static DateTimeOffset Instant(DateTime local, DateTimeOffset after)
    {
        var zone = SwedishText.TimeZone;
        if (zone.IsInvalidTime(local))
        {
            var probe = new DateTime(local.Ticks - (local.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Unspecified);
            for (var minute = 0; minute < 24 * 60 && zone.IsInvalidTime(probe); minute++)
            {
                probe = probe.AddMinutes(1);
            }

            local = probe;
        }

        if (zone.IsAmbiguousTime(local))
        {
            var candidates = zone.GetAmbiguousTimeOffsets(local)
                .Select(offset => new DateTimeOffset(local, offset))
                .Order()
                .ToList();
            return candidates.FirstOrDefault(c => c > after, candidates[^1]);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
