namespace Halsoportal.Content.ContactPoints.Hours;

/// <summary>
/// Swedish wording of opening hours for residents: "Öppet nu · stänger 16.00", "Stängt · öppnar i morgon 08.00",
/// "08.00–12.00, 13.00–16.00". Times are written the Swedish way with a full stop (08.00).
/// </summary>
public static class OpeningStatusText
{
    private static readonly TimeOnly NightEnds = new(6, 0);

    /// <summary>The heading for a session: "Besökstider", "Telefontider", "Drop-in".</summary>
    public static string SessionName(SessionKind kind) => kind switch
    {
        SessionKind.Visiting => "Besökstider",
        SessionKind.Phone => "Telefontider",
        SessionKind.DropIn => "Drop-in",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown session kind."),
    };

    /// <summary>
    /// One line on whether the session is open at <paramref name="now"/>, for example "Öppet nu · stänger snart, 16.00",
    /// "Ingen telefontid nu · nästa i morgon 08.00" or "Drop-in nu · till 19.00".
    /// </summary>
    public static string Describe(SessionKind kind, SessionStatus status, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(status);
        var words = Words.For(kind);
        var local = TimeZoneInfo.ConvertTime(now, SwedishText.TimeZone).DateTime;

        if (status.IsOpen)
        {
            if (status.ClosesAt is not { } closes)
            {
                return words.Open;
            }

            var when = When(closes, local, closing: true);
            return status.ClosesSoon
                ? $"{words.Open} · {words.EndsSoon}, {when}"
                : $"{words.Open} · {words.Ends} {when}";
        }

        return status.OpensAt is { } opens
            ? $"{words.Closed} · {words.Next} {When(opens, local, closing: false)}"
            : words.Closed;
    }

    /// <summary>A day's hours: "08.00–12.00, 13.00–16.00", or "Stängt".</summary>
    public static string Day(DaySchedule day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return day.Ranges.Count == 0 ? "Stängt" : string.Join(", ", day.Ranges.Select(Range));
    }

    /// <summary>A range such as "08.00–16.00"; closing at midnight is written 24.00 ("18.00–24.00").</summary>
    public static string Range(TimeRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var closes = range.Closes == TimeOnly.MinValue && range.Opens != TimeOnly.MinValue ? "24.00" : Time(range.Closes);
        return $"{Time(range.Opens)}–{closes}";
    }

    /// <summary>A time of day the Swedish way: "08.00", "16.30".</summary>
    public static string Time(TimeOnly time) => time.ToString("HH\\.mm", SwedishText.Culture);

    /// <summary>The lower-case Swedish weekday name: "måndag".</summary>
    public static string WeekdayName(DayOfWeek day) => SwedishText.Culture.DateTimeFormat.GetDayName(day);

    /// <summary>
    /// A moment relative to today: "13.00" today, "i morgon 08.00", "tisdag 08.00" within six days, else "7 januari 08.00".
    /// Closing in the night after today is just the time ("02.00"), and midnight tonight is "24.00".
    /// </summary>
    private static string When(DateTime moment, DateTime now, bool closing)
    {
        var time = TimeOnly.FromDateTime(moment);
        var days = DateOnly.FromDateTime(moment).DayNumber - DateOnly.FromDateTime(now).DayNumber;

        if (closing && days == 1 && time == TimeOnly.MinValue)
        {
            return "24.00";
        }

        // Closing in the small hours after an evening opening reads naturally without a day ("stänger 02.00").
        if (days <= 0 || (closing && days == 1 && time <= NightEnds))
        {
            return Time(time);
        }

        var day = days switch
        {
            1 => "i morgon",
            <= 6 => WeekdayName(moment.DayOfWeek),
            _ => moment.ToString("d MMMM", SwedishText.Culture),
        };
        return $"{day} {Time(time)}";
    }

    private sealed record Words(string Open, string Ends, string EndsSoon, string Closed, string Next)
    {
        private static readonly Words Visiting = new("Öppet nu", "stänger", "stänger snart", "Stängt", "öppnar");
        private static readonly Words Phone = new("Telefontid nu", "till", "slutar snart", "Ingen telefontid nu", "nästa");
        private static readonly Words DropIn = new("Drop-in nu", "till", "slutar snart", "Ingen drop-in nu", "nästa");

        public static Words For(SessionKind kind) => kind switch
        {
            SessionKind.Visiting => Visiting,
            SessionKind.Phone => Phone,
            SessionKind.DropIn => DropIn,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown session kind."),
        };
    }
}
