namespace Halsoportal.Content.ContactPoints.Hours;

/// <summary>
/// One problem with entered opening hours. <see cref="Field"/> is the property path as an ASP.NET form names it
/// ("Sessions[0].Weekly[2].Range", "SpecialDays[1].Reason"), so a page can put the message next to the input.
/// </summary>
public sealed record HoursError(string Field, string Message);

/// <summary>Checks opening hours before they are saved; the messages are written for the editor, in Swedish.</summary>
public static class OpeningHoursValidator
{
    /// <summary>The longest reason for a special day, in characters.</summary>
    public const int MaxReasonLength = 200;

    /// <summary>
    /// A range may run past midnight only if it ends by this time; "18.00–07.00" is far more often a slip
    /// (07.00–18.00 entered backwards) than a night opening.
    /// </summary>
    public static TimeOnly LatestClosingAfterMidnight { get; } = new(6, 0);

    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    /// <summary>
    /// Every problem in <paramref name="hours"/>; empty when they can be saved. Special days before
    /// <paramref name="today"/> are errors unless <paramref name="allowPastDays"/> (when importing history).
    /// </summary>
    public static IReadOnlyList<HoursError> Validate(OpeningHours hours, DateOnly today, bool allowPastDays = false)
    {
        ArgumentNullException.ThrowIfNull(hours);

        var errors = new List<HoursError>();
        var sessions = hours.Sessions ?? [];
        CheckSessions(sessions, errors);
        CheckSpecialDays(hours.SpecialDays ?? [], sessions, today, allowPastDays, errors);
        CheckHolidays(hours.Holidays, errors);
        return errors;
    }

    private static void CheckSessions(IReadOnlyList<Session> sessions, List<HoursError> errors)
    {
        var kinds = new HashSet<SessionKind>();
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            var path = $"Sessions[{i}]";
            if (session is null)
            {
                errors.Add(new(path, "Uppgifterna saknas."));
                continue;
            }

            if (!Enum.IsDefined(session.Kind))
            {
                errors.Add(new($"{path}.Kind", "Välj besökstider, telefontider eller drop-in."));
            }
            else if (!kinds.Add(session.Kind))
            {
                errors.Add(new($"{path}.Kind", $"{OpeningStatusText.SessionName(session.Kind)} finns redan. Lägg tiderna där i stället."));
            }

            var entered = new List<WeeklyEntry>();
            var weekly = session.Weekly ?? [];
            for (var j = 0; j < weekly.Count; j++)
            {
                var entry = weekly[j];
                var entryPath = $"{path}.Weekly[{j}]";
                if (entry is null)
                {
                    errors.Add(new(entryPath, "Uppgifterna saknas."));
                    continue;
                }

                var valid = true;
                if (!Enum.IsDefined(entry.Day))
                {
                    errors.Add(new($"{entryPath}.Day", "Välj en veckodag."));
                    valid = false;
                }

                if (RangeProblem(entry.Range) is { } problem)
                {
                    errors.Add(new($"{entryPath}.Range", problem));
                    valid = false;
                }

                if (valid)
                {
                    entered.Add(new WeeklyEntry(entry.Day, entry.Range, $"{entryPath}.Range"));
                }
            }

            CheckWeeklyOverlaps(entered, errors);
        }
    }

    private static void CheckWeeklyOverlaps(List<WeeklyEntry> entries, List<HoursError> errors)
    {
        for (var later = 1; later < entries.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                var a = entries[earlier];
                var b = entries[later];
                if (!Overlaps(a.WeekStart, a.WeekEnd, b.WeekStart, b.WeekEnd))
                {
                    continue;
                }

                string message;
                if (a.Day == b.Day)
                {
                    var (first, second) = a.Range.Opens <= b.Range.Opens ? (a, b) : (b, a);
                    message = $"Tiderna {OpeningStatusText.Range(first.Range)} och {OpeningStatusText.Range(second.Range)} " +
                        $"på {OpeningStatusText.WeekdayName(a.Day)} överlappar.";
                }
                else
                {
                    // Different days overlap only when one runs past midnight into the other: name that one first.
                    var (first, second) = a.Range.CrossesMidnight && NextDay(a.Day) == b.Day ? (a, b) : (b, a);
                    message = $"Tiderna {OpeningStatusText.Range(first.Range)} på {OpeningStatusText.WeekdayName(first.Day)} " +
                        $"och {OpeningStatusText.Range(second.Range)} på {OpeningStatusText.WeekdayName(second.Day)} överlappar.";
                }

                errors.Add(new(b.Field, message));
            }
        }
    }

    private static void CheckSpecialDays(
        IReadOnlyList<SpecialHours> specialDays,
        IReadOnlyList<Session> sessions,
        DateOnly today,
        bool allowPastDays,
        List<HoursError> errors)
    {
        var kinds = sessions.Where(s => s is not null).Select(s => s.Kind).ToHashSet();
        var dates = new HashSet<(DateOnly Date, SessionKind? Kind)>();
        for (var i = 0; i < specialDays.Count; i++)
        {
            var day = specialDays[i];
            var path = $"SpecialDays[{i}]";
            if (day is null)
            {
                errors.Add(new(path, "Uppgifterna saknas."));
                continue;
            }

            var date = DateText(day.Date);
            if (!allowPastDays && day.Date < today)
            {
                errors.Add(new($"{path}.Date", "Datumet har redan passerat."));
            }
            else if (day.Date.Year is < SwedishHolidays.MinYear or > SwedishHolidays.MaxYear)
            {
                errors.Add(new($"{path}.Date", $"Välj ett datum mellan år {SwedishHolidays.MinYear} och {SwedishHolidays.MaxYear}."));
            }
            else if (!dates.Add((day.Date, day.Kind)))
            {
                var which = day.Kind is { } k ? LowerName(k) : "alla tider";
                errors.Add(new($"{path}.Date", $"Det finns redan en avvikelse för {which} den {date}."));
            }

            if (day.Kind is { } kind)
            {
                if (!Enum.IsDefined(kind))
                {
                    errors.Add(new($"{path}.Kind", "Välj vilka tider som ändras."));
                }
                else if (!kinds.Contains(kind))
                {
                    errors.Add(new($"{path}.Kind", kind == SessionKind.DropIn
                        ? "Kontaktpunkten har ingen drop-in att ändra."
                        : $"Kontaktpunkten har inga {LowerName(kind)} att ändra."));
                }
            }

            var reason = day.Reason?.Trim() ?? "";
            if (reason.Length == 0)
            {
                errors.Add(new($"{path}.Reason", "Ange en anledning, till exempel ”Personalutbildning”."));
            }
            else if (reason.Length > MaxReasonLength)
            {
                errors.Add(new($"{path}.Reason", $"Anledningen får vara högst {MaxReasonLength} tecken."));
            }

            CheckSpecialRanges(day.Ranges ?? [], path, date, errors);
        }
    }

    private static void CheckSpecialRanges(IReadOnlyList<TimeRange> ranges, string path, string date, List<HoursError> errors)
    {
        var valid = new List<(TimeRange Range, int Index)>();
        for (var j = 0; j < ranges.Count; j++)
        {
            if (RangeProblem(ranges[j]) is { } problem)
            {
                errors.Add(new($"{path}.Ranges[{j}]", problem));
                continue;
            }

            foreach (var (other, _) in valid)
            {
                var (a, b) = (Span(DayOfWeek.Monday, other), Span(DayOfWeek.Monday, ranges[j]));
                if (Overlaps(a.Start, a.End, b.Start, b.End))
                {
                    var (first, second) = other.Opens <= ranges[j].Opens ? (other, ranges[j]) : (ranges[j], other);
                    errors.Add(new($"{path}.Ranges[{j}]",
                        $"Tiderna {OpeningStatusText.Range(first)} och {OpeningStatusText.Range(second)} den {date} överlappar."));
                }
            }

            valid.Add((ranges[j], j));
        }
    }

    private static void CheckHolidays(HolidayRules? rules, List<HoursError> errors)
    {
        if (rules is null)
        {
            return;
        }

        (string Name, HolidayRule Rule)[] all =
        [
            (nameof(HolidayRules.PublicHolidays), rules.PublicHolidays),
            (nameof(HolidayRules.Julafton), rules.Julafton),
            (nameof(HolidayRules.Nyarsafton), rules.Nyarsafton),
            (nameof(HolidayRules.Midsommarafton), rules.Midsommarafton),
        ];
        foreach (var (name, rule) in all)
        {
            if (!Enum.IsDefined(rule))
            {
                errors.Add(new($"Holidays.{name}", "Välj stängt, öppet som vanligt eller stänger tidigt."));
            }
        }

        if (rules.PublicHolidays == HolidayRule.ClosesEarly)
        {
            errors.Add(new("Holidays.PublicHolidays", "Röda dagar kan inte ha tidig stängning. Välj stängt eller öppet som vanligt."));
        }

        var closesEarly = all.Any(r => r.Rule == HolidayRule.ClosesEarly);
        if (closesEarly && rules.EarlyClosing is null)
        {
            errors.Add(new("Holidays.EarlyClosing", "Ange när ni stänger de dagar ni stänger tidigt, till exempel 13.00."));
        }
        else if (rules.EarlyClosing == TimeOnly.MinValue)
        {
            errors.Add(new("Holidays.EarlyClosing", "Tiden för tidig stängning måste vara efter 00.00."));
        }
    }

    private static string? RangeProblem(TimeRange? range)
    {
        if (range is null)
        {
            return "Ange öppnings- och stängningstid.";
        }

        if (range.Opens == range.Closes)
        {
            return "Öppnings- och stängningstid kan inte vara samma.";
        }

        // Closing at 00.00 is midnight; other ranges past midnight must end by early morning.
        if (range.Closes < range.Opens && range.Closes != TimeOnly.MinValue && range.Closes > LatestClosingAfterMidnight)
        {
            return "Stängningstiden måste vara efter öppningstiden.";
        }

        return null;
    }

    /// <summary>Where a range lies in a week starting Monday 00.00, running past midnight when it crosses it.</summary>
    private static (TimeSpan Start, TimeSpan End) Span(DayOfWeek day, TimeRange range)
    {
        var start = TimeSpan.FromDays(((int)day + 6) % 7) + range.Opens.ToTimeSpan();
        var length = range.Closes.ToTimeSpan() - range.Opens.ToTimeSpan();
        return (start, start + (range.CrossesMidnight ? length + TimeSpan.FromDays(1) : length));
    }

    /// <summary>Overlap on the weekly circle: Sunday 22.00–02.00 reaches into Monday. Touching ends do not overlap.</summary>
    private static bool Overlaps(TimeSpan aStart, TimeSpan aEnd, TimeSpan bStart, TimeSpan bEnd) =>
        new[] { -Week, TimeSpan.Zero, Week }.Any(shift => aStart < bEnd + shift && bStart + shift < aEnd);

    private static DayOfWeek NextDay(DayOfWeek day) => (DayOfWeek)(((int)day + 1) % 7);

    private static string LowerName(SessionKind kind) => OpeningStatusText.SessionName(kind).ToLowerInvariant();

    private static string DateText(DateOnly date) => date.ToString("d MMMM yyyy", SwedishText.Culture);

    private sealed record WeeklyEntry(DayOfWeek Day, TimeRange Range, string Field)
    {
        public TimeSpan WeekStart => Span(Day, Range).Start;

        public TimeSpan WeekEnd => Span(Day, Range).End;
    }
}
