using System.Globalization;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.ContactPoints.Hours;
using Halsoportal.Content.Editing;

namespace Halsoportal.Web.Features.Editor.ContactPoints;

/// <summary>
/// The contact point form as posted: plain strings for times, dates and numbers, so input that cannot be read
/// gets a Swedish message at its field instead of a model-binding error. It has no kommun, slug, publication or
/// author fields: whatever else is posted cannot reach the draft (security.md item 3). The contact phone number is
/// <see cref="PhoneNumber"/>, because <see cref="Phone"/> is the telephone hours.
/// </summary>
public sealed class ContactPointForm
{
    /// <summary>New special days offered below the existing ones; an empty row is ignored.</summary>
    public const int NewSpecialDayRows = 3;

    /// <summary>The week as Swedes write it, Monday first.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public string? Name { get; set; }

    public string? Type { get; set; }

    /// <summary>"Region", "Kommun" or "Private".</summary>
    public string? Organiser { get; set; }

    public string? OrganiserName { get; set; }

    public string? Summary { get; set; }

    public string? Description { get; set; }

    public string? StreetAddress { get; set; }

    public string? PostalCode { get; set; }

    public string? PostalTown { get; set; }

    /// <summary>Decimal degrees; a decimal comma is accepted too.</summary>
    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public string? PhoneNumber { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public List<string> Services { get; set; } = [];

    public List<string> Languages { get; set; } = [];

    public AccessibilityForm Accessibility { get; set; } = new();

    public SessionForm Visiting { get; set; } = new();

    public SessionForm Phone { get; set; } = new();

    public SessionForm DropIn { get; set; } = new();

    public List<SpecialDayForm> SpecialDays { get; set; } = [];

    public HolidayForm Holidays { get; set; } = new();

    /// <summary>The form part of one session kind.</summary>
    public SessionForm Session(SessionKind kind) => kind switch
    {
        SessionKind.Visiting => Visiting,
        SessionKind.Phone => Phone,
        SessionKind.DropIn => DropIn,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown session kind."),
    };

    /// <summary>An empty form for a new contact point: Swedish spoken, holidays closed, three rows for special days.</summary>
    public static ContactPointForm Blank() => new()
    {
        Languages = ["sv"],
        Holidays = HolidayForm.From(new HolidayRules()),
        SpecialDays = [.. Enumerable.Range(0, NewSpecialDayRows).Select(_ => new SpecialDayForm())],
    };

    /// <summary>
    /// The form for <paramref name="draft"/>. Special days before <paramref name="today"/> are left out: they no
    /// longer change anything, and a save would refuse them.
    /// </summary>
    public static ContactPointForm From(ContactPointDraft draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var form = new ContactPointForm
        {
            Name = draft.Name,
            Type = draft.Type,
            Organiser = Enum.IsDefined(draft.Organiser) ? draft.Organiser.ToString() : null,
            OrganiserName = draft.OrganiserName,
            Summary = draft.Summary,
            Description = draft.Description,
            StreetAddress = draft.StreetAddress,
            PostalCode = draft.PostalCode,
            PostalTown = draft.PostalTown,
            Latitude = draft.Latitude.ToString("0.######", CultureInfo.InvariantCulture),
            Longitude = draft.Longitude.ToString("0.######", CultureInfo.InvariantCulture),
            PhoneNumber = draft.Phone,
            Email = draft.Email,
            Website = draft.Website,
            Services = [.. draft.Services],
            Languages = [.. draft.Languages],
            Accessibility = AccessibilityForm.From(draft.Accessibility),
            Holidays = HolidayForm.From(draft.Hours.Holidays ?? new HolidayRules()),
            SpecialDays =
            [
                .. (draft.Hours.SpecialDays ?? []).Where(d => d.Date >= today).OrderBy(d => d.Date).Select(SpecialDayForm.From),
                .. Enumerable.Range(0, NewSpecialDayRows).Select(_ => new SpecialDayForm()),
            ],
        };
        foreach (var session in draft.Hours.Sessions ?? [])
        {
            if (Enum.IsDefined(session.Kind))
            {
                form.Session(session.Kind).Fill(session);
            }
        }

        return form;
    }

    /// <summary>
    /// The draft this form describes, with a problem for every input that cannot be read (keyed by the form's field
    /// names). <paramref name="today"/> stands in for the confirmation date, which the editing service sets itself.
    /// </summary>
    public ContactPointFormResult ToDraft(DateOnly today)
    {
        var errors = new List<FieldError>();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var latitude = Coordinate(Latitude, "Input.Latitude", "latituden", "62.3908", errors);
        var longitude = Coordinate(Longitude, "Input.Longitude", "longituden", "17.3069", errors);
        var sessions = Sessions(errors, keys);
        var specialDays = SpecialDayList(errors, keys);
        var draft = new ContactPointDraft
        {
            Name = Name?.Trim() ?? "",
            Type = Type?.Trim() ?? "",
            Organiser = Enum.TryParse<Organiser>(Organiser, out var organiser) && Enum.IsDefined(organiser) ? organiser : default,
            OrganiserName = OrganiserName?.Trim() ?? "",
            Summary = Summary?.Trim() ?? "",
            Description = Description?.Trim() ?? "",
            StreetAddress = StreetAddress?.Trim() ?? "",
            PostalCode = PostalCode?.Trim() ?? "",
            PostalTown = PostalTown?.Trim() ?? "",
            Latitude = latitude ?? double.NaN,
            Longitude = longitude ?? double.NaN,
            Phone = Blank(PhoneNumber),
            Email = Blank(Email),
            Website = Blank(Website),
            Services = [.. Services.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal)],
            Languages = [.. Languages.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal)],
            Accessibility = Accessibility.ToAccessibility(errors),
            Hours = new OpeningHours { Sessions = sessions, SpecialDays = specialDays, Holidays = Holidays.ToRules(errors) },
            HoursConfirmedOn = today,
        };
        return new ContactPointFormResult(draft, errors, keys, latitude is null || longitude is null);
    }

    private List<Session> Sessions(List<FieldError> errors, Dictionary<string, string> keys)
    {
        var sessions = new List<Session>();
        foreach (var kind in Enum.GetValues<SessionKind>())
        {
            var form = Session(kind);
            var prefix = $"Input.{kind}";
            var weekly = new List<WeeklyHours>();
            var origins = new List<string>();
            var anyTime = false;
            foreach (var day in Week)
            {
                var hours = form.Day(day);
                foreach (var (slot, from, to) in hours.Slots())
                {
                    anyTime |= !string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to);
                    var fromKey = $"{prefix}.{day}.From{slot}";
                    if (Range(from, to, fromKey, $"{prefix}.{day}.To{slot}", errors) is { } range)
                    {
                        weekly.Add(new WeeklyHours(day, range));
                        origins.Add(fromKey);
                    }
                }
            }

            if (!form.Enabled)
            {
                if (anyTime)
                {
                    errors.Add(new($"{prefix}.Enabled", $"Du har skrivit tider men inte kryssat i ”{SessionForm.CheckboxLabel(kind)}”. Kryssa i rutan, eller töm tiderna."));
                }

                continue;
            }

            var index = sessions.Count;
            keys[$"Hours.Sessions[{index}]"] = $"{prefix}.Enabled";
            keys[$"Hours.Sessions[{index}].Kind"] = $"{prefix}.Enabled";
            for (var j = 0; j < origins.Count; j++)
            {
                keys[$"Hours.Sessions[{index}].Weekly[{j}]"] = origins[j];
                keys[$"Hours.Sessions[{index}].Weekly[{j}].Range"] = origins[j];
                keys[$"Hours.Sessions[{index}].Weekly[{j}].Day"] = origins[j];
            }

            sessions.Add(new Session { Kind = kind, Note = Blank(form.Note), Weekly = weekly });
        }

        return sessions;
    }

    private List<SpecialHours> SpecialDayList(List<FieldError> errors, Dictionary<string, string> keys)
    {
        var days = new List<SpecialHours>();
        for (var r = 0; r < SpecialDays.Count; r++)
        {
            var row = SpecialDays[r];
            var prefix = $"Input.SpecialDays[{r}]";
            if (row.Remove || row.IsBlank)
            {
                continue;
            }

            // A row with input that cannot be read stays out of the draft: its messages are already at its fields.
            var before = errors.Count;
            DateOnly? date = null;
            if (string.IsNullOrWhiteSpace(row.Date))
            {
                errors.Add(new($"{prefix}.Date", "Skriv vilket datum det gäller."));
            }
            else if (DateOnly.TryParseExact(row.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
            }
            else
            {
                errors.Add(new($"{prefix}.Date", "Skriv datumet som år-månad-dag, till exempel 2026-12-23."));
            }

            SessionKind? kind = null;
            if (!string.IsNullOrWhiteSpace(row.Kind))
            {
                if (Enum.TryParse<SessionKind>(row.Kind, out var k) && Enum.IsDefined(k))
                {
                    kind = k;
                }
                else
                {
                    errors.Add(new($"{prefix}.Kind", "Välj vilka tider som ändras."));
                }
            }

            var ranges = new List<TimeRange>();
            var origins = new List<string>();
            var anyTime = false;
            foreach (var (slot, from, to) in row.Slots())
            {
                anyTime |= !string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to);
                var fromKey = $"{prefix}.From{slot}";
                if (!row.Closed && Range(from, to, fromKey, $"{prefix}.To{slot}", errors) is { } range)
                {
                    ranges.Add(range);
                    origins.Add(fromKey);
                }
            }

            if (row.Closed && anyTime)
            {
                errors.Add(new($"{prefix}.Closed", "Kryssa antingen i ”Stängt hela dagen” eller skriv tider, inte båda."));
            }
            else if (!row.Closed && !anyTime)
            {
                errors.Add(new($"{prefix}.From1", "Skriv tiderna den dagen, eller kryssa i ”Stängt hela dagen”."));
            }

            if (date is null || errors.Count > before)
            {
                continue;
            }

            var index = days.Count;
            keys[$"Hours.SpecialDays[{index}]"] = $"{prefix}.Date";
            keys[$"Hours.SpecialDays[{index}].Date"] = $"{prefix}.Date";
            keys[$"Hours.SpecialDays[{index}].Kind"] = $"{prefix}.Kind";
            keys[$"Hours.SpecialDays[{index}].Reason"] = $"{prefix}.Reason";
            for (var j = 0; j < origins.Count; j++)
            {
                keys[$"Hours.SpecialDays[{index}].Ranges[{j}]"] = origins[j];
            }

            days.Add(new SpecialHours { Date = date.Value, Kind = kind, Ranges = ranges, Reason = row.Reason?.Trim() ?? "" });
        }

        return days;
    }

    /// <summary>A range from two inputs: null when both are empty or one cannot be read (then with an error at that input).</summary>
    private static TimeRange? Range(string? from, string? to, string fromKey, string toKey, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to))
        {
            return null;
        }

        var opens = Time(from, fromKey, "Skriv när det öppnar.", errors);
        var closes = Time(to, toKey, "Skriv när det stänger.", errors);
        return opens is { } o && closes is { } c ? new TimeRange(o, c) : null;
    }

    /// <summary>A time such as "08:00", "8.00" or "0800"; "24:00" is midnight.</summary>
    internal static TimeOnly? Time(string? text, string key, string missing, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(key, missing));
            return null;
        }

        var value = text.Trim().Replace('.', ':');
        if (value is "24:00" or "24")
        {
            return TimeOnly.MinValue;
        }

        if (TimeOnly.TryParseExact(value, ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss", "HHmm", "%H"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(new(key, "Skriv tiden som timmar och minuter, till exempel 08:00."));
        return null;
    }

    private static double? Coordinate(string? text, string key, string name, string example, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(key, $"Skriv {name} i decimalgrader, till exempel {example}."));
            return null;
        }

        var value = text.Trim().Replace(',', '.').Replace('\u2212', '-');
        if (double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }

        errors.Add(new(key, $"Skriv {name} som ett tal i decimalgrader, till exempel {example}."));
        return null;
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A form field for one of the premises facts: "ja", "nej" or empty for "vet inte".</summary>
public sealed class AccessibilityForm
{
    public const string Yes = "ja";
    public const string No = "nej";

    public string? StepFreeEntrance { get; set; }

    public string? AutomaticDoor { get; set; }

    public string? Lift { get; set; }

    public string? AccessibleToilet { get; set; }

    public string? HearingLoop { get; set; }

    public string? TactileGuidance { get; set; }

    public string? AccessibleParking { get; set; }

    /// <summary>Whole metres.</summary>
    public string? ParkingDistanceMetres { get; set; }

    /// <summary>The facts with their property names (the form's field names) and Swedish labels, in form order.</summary>
    public IReadOnlyList<(string Property, string Label, string? Value)> Facts() =>
    [
        (nameof(StepFreeEntrance), "Entré utan trappsteg", StepFreeEntrance),
        (nameof(AutomaticDoor), "Automatisk dörröppnare", AutomaticDoor),
        (nameof(Lift), "Hiss till alla våningar som används", Lift),
        (nameof(AccessibleToilet), "Tillgänglighetsanpassad toalett", AccessibleToilet),
        (nameof(HearingLoop), "Hörslinga", HearingLoop),
        (nameof(TactileGuidance), "Ledstråk från entrén", TactileGuidance),
        (nameof(AccessibleParking), "Parkering för rörelsehindrade", AccessibleParking),
    ];

    public static AccessibilityForm From(PremisesAccessibility facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new()
        {
            StepFreeEntrance = Text(facts.StepFreeEntrance),
            AutomaticDoor = Text(facts.AutomaticDoor),
            Lift = Text(facts.Lift),
            AccessibleToilet = Text(facts.AccessibleToilet),
            HearingLoop = Text(facts.HearingLoop),
            TactileGuidance = Text(facts.TactileGuidance),
            AccessibleParking = Text(facts.AccessibleParking),
            ParkingDistanceMetres = facts.ParkingDistanceMetres?.ToString(CultureInfo.InvariantCulture),
        };
    }

    internal PremisesAccessibility ToAccessibility(List<FieldError> errors)
    {
        int? distance = null;
        if (!string.IsNullOrWhiteSpace(ParkingDistanceMetres))
        {
            if (int.TryParse(ParkingDistanceMetres.Replace(" ", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var metres))
            {
                distance = metres;
            }
            else
            {
                errors.Add(new("Input.Accessibility.ParkingDistanceMetres", "Skriv avståndet i hela meter, till exempel 30."));
            }
        }

        return new PremisesAccessibility
        {
            StepFreeEntrance = Value(StepFreeEntrance),
            AutomaticDoor = Value(AutomaticDoor),
            Lift = Value(Lift),
            AccessibleToilet = Value(AccessibleToilet),
            HearingLoop = Value(HearingLoop),
            TactileGuidance = Value(TactileGuidance),
            AccessibleParking = Value(AccessibleParking),
            ParkingDistanceMetres = distance,
        };
    }

    private static string Text(bool? value) => value switch { true => Yes, false => No, null => "" };

    private static bool? Value(string? text) => text switch { Yes => true, No => false, _ => null };
}

/// <summary>One session kind: whether the contact point has it, a note, and up to two ranges a day (a third is shown only when the data has one).</summary>
public sealed class SessionForm
{
    public bool Enabled { get; set; }

    public string? Note { get; set; }

    public DayForm Monday { get; set; } = new();

    public DayForm Tuesday { get; set; } = new();

    public DayForm Wednesday { get; set; } = new();

    public DayForm Thursday { get; set; } = new();

    public DayForm Friday { get; set; } = new();

    public DayForm Saturday { get; set; } = new();

    public DayForm Sunday { get; set; } = new();

    /// <summary>"Har besökstider", "Har telefontider", "Har drop-in".</summary>
    public static string CheckboxLabel(SessionKind kind) => kind == SessionKind.DropIn ? "Har drop-in" : $"Har {OpeningStatusText.SessionName(kind).ToLowerInvariant()}";

    public DayForm Day(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => Monday,
        DayOfWeek.Tuesday => Tuesday,
        DayOfWeek.Wednesday => Wednesday,
        DayOfWeek.Thursday => Thursday,
        DayOfWeek.Friday => Friday,
        DayOfWeek.Saturday => Saturday,
        _ => Sunday,
    };

    internal void Fill(Session session)
    {
        Enabled = true;
        Note = session.Note;
        foreach (var group in session.Weekly.GroupBy(w => w.Day))
        {
            Day(group.Key).Fill([.. group.Select(w => w.Range).OrderBy(r => r.Opens)]);
        }
    }
}

/// <summary>One weekday's ranges as "HH:mm" texts.</summary>
public sealed class DayForm
{
    public string? From1 { get; set; }

    public string? To1 { get; set; }

    public string? From2 { get; set; }

    public string? To2 { get; set; }

    /// <summary>A third range, for the rare day that has one (morning, afternoon and evening phone times).</summary>
    public string? From3 { get; set; }

    public string? To3 { get; set; }

    /// <summary>Whether the third pair of inputs is shown.</summary>
    public bool HasThird => !string.IsNullOrWhiteSpace(From3) || !string.IsNullOrWhiteSpace(To3);

    internal IEnumerable<(int Slot, string? From, string? To)> Slots() => [(1, From1, To1), (2, From2, To2), (3, From3, To3)];

    internal void Fill(IReadOnlyList<TimeRange> ranges)
    {
        (From1, To1) = Texts(ranges, 0);
        (From2, To2) = Texts(ranges, 1);
        (From3, To3) = Texts(ranges, 2);
    }

    private static (string?, string?) Texts(IReadOnlyList<TimeRange> ranges, int index) =>
        index < ranges.Count ? (TimeText(ranges[index].Opens), TimeText(ranges[index].Closes)) : (null, null);

    internal static string TimeText(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>A dated change (avvikande dag): closed, or up to two ranges, with a reason.</summary>
public sealed class SpecialDayForm
{
    /// <summary>Set on rows that came from the saved draft: they get a "Ta bort" checkbox.</summary>
    public bool Existing { get; set; }

    /// <summary>"yyyy-MM-dd".</summary>
    public string? Date { get; set; }

    /// <summary>A <see cref="SessionKind"/> name, or empty for every session that day.</summary>
    public string? Kind { get; set; }

    public bool Closed { get; set; }

    public string? From1 { get; set; }

    public string? To1 { get; set; }

    public string? From2 { get; set; }

    public string? To2 { get; set; }

    public string? Reason { get; set; }

    public bool Remove { get; set; }

    /// <summary>Nothing entered: the row is ignored.</summary>
    public bool IsBlank =>
        !Closed && new[] { Date, Kind, From1, To1, From2, To2, Reason }.All(string.IsNullOrWhiteSpace);

    public static SpecialDayForm From(SpecialHours day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var ranges = day.Ranges.OrderBy(r => r.Opens).ToList();
        return new()
        {
            Existing = true,
            Date = day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Kind = day.Kind?.ToString(),
            Closed = ranges.Count == 0,
            From1 = ranges.Count > 0 ? DayForm.TimeText(ranges[0].Opens) : null,
            To1 = ranges.Count > 0 ? DayForm.TimeText(ranges[0].Closes) : null,
            From2 = ranges.Count > 1 ? DayForm.TimeText(ranges[1].Opens) : null,
            To2 = ranges.Count > 1 ? DayForm.TimeText(ranges[1].Closes) : null,
            Reason = day.Reason,
        };
    }

    internal IEnumerable<(int Slot, string? From, string? To)> Slots() => [(1, From1, To1), (2, From2, To2)];
}

/// <summary>The holiday rules as radio values (<see cref="HolidayRule"/> names) and the early closing time.</summary>
public sealed class HolidayForm
{
    public string? PublicHolidays { get; set; }

    public string? Julafton { get; set; }

    public string? Nyarsafton { get; set; }

    public string? Midsommarafton { get; set; }

    /// <summary>"HH:mm".</summary>
    public string? EarlyClosing { get; set; }

    /// <summary>The rules in form order: property name, legend, chosen value, whether "stänger tidigt" is offered.</summary>
    public IReadOnlyList<(string Property, string Legend, string? Value, bool ClosesEarly)> Rules() =>
    [
        (nameof(PublicHolidays), "Röda dagar", PublicHolidays, false),
        (nameof(Julafton), "Julafton", Julafton, true),
        (nameof(Nyarsafton), "Nyårsafton", Nyarsafton, true),
        (nameof(Midsommarafton), "Midsommarafton", Midsommarafton, true),
    ];

    public static HolidayForm From(HolidayRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new()
        {
            PublicHolidays = rules.PublicHolidays.ToString(),
            Julafton = rules.Julafton.ToString(),
            Nyarsafton = rules.Nyarsafton.ToString(),
            Midsommarafton = rules.Midsommarafton.ToString(),
            EarlyClosing = rules.EarlyClosing is { } time ? DayForm.TimeText(time) : null,
        };
    }

    internal HolidayRules ToRules(List<FieldError> errors)
    {
        HolidayRule Rule(string? value, string property)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return HolidayRule.Closed;
            }

            if (Enum.TryParse<HolidayRule>(value, out var rule) && Enum.IsDefined(rule))
            {
                return rule;
            }

            errors.Add(new($"Input.Holidays.{property}", "Välj ett av alternativen."));
            return HolidayRule.Closed;
        }

        return new HolidayRules
        {
            PublicHolidays = Rule(PublicHolidays, nameof(PublicHolidays)),
            Julafton = Rule(Julafton, nameof(Julafton)),
            Nyarsafton = Rule(Nyarsafton, nameof(Nyarsafton)),
            Midsommarafton = Rule(Midsommarafton, nameof(Midsommarafton)),
            EarlyClosing = string.IsNullOrWhiteSpace(EarlyClosing) ? null
                : ContactPointForm.Time(EarlyClosing, "Input.Holidays.EarlyClosing", "", errors),
        };
    }
}

/// <summary>
/// A form read into a draft: the draft, the inputs that could not be read, and where each of the validator's field
/// keys (the draft's property paths) is shown in the form.
/// </summary>
public sealed class ContactPointFormResult(ContactPointDraft draft, IReadOnlyList<FieldError> errors, IReadOnlyDictionary<string, string> keys, bool coordinatesUnreadable)
{
    public ContactPointDraft Draft { get; } = draft;

    /// <summary>Problems keyed by form field name ("Input.Latitude", "Input.Visiting.Monday.From1").</summary>
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    /// <summary>
    /// The form field for a validator error: "Hours.Sessions[0].Weekly[1].Range" → the first input of that session,
    /// day and range; "Phone" → "Input.PhoneNumber"; anything the form does not show → "" (the summary only).
    /// </summary>
    public string KeyOf(FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var field = error.Field;
        return field switch
        {
            "" or nameof(ContactPointDraft.HoursConfirmedOn) => "",
            "KommunCode" => "KommunCode",
            nameof(ContactPointDraft.Phone) => "Input.PhoneNumber",
            _ when keys.TryGetValue(field, out var key) => key,
            _ when field.StartsWith("Hours.Holidays.", StringComparison.Ordinal) => $"Input.Holidays.{field["Hours.Holidays.".Length..]}",
            _ when field.StartsWith("Hours.", StringComparison.Ordinal) => "",
            _ => $"Input.{field}",
        };
    }

    /// <summary>
    /// The validator's errors that add something to <see cref="Errors"/>: not at a field that already has one, and
    /// no "outside Sweden" for coordinates that could not be read at all.
    /// </summary>
    public IEnumerable<(string Key, string Message)> Merge(IEnumerable<FieldError> validatorErrors)
    {
        ArgumentNullException.ThrowIfNull(validatorErrors);
        var taken = Errors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        foreach (var error in validatorErrors)
        {
            var key = KeyOf(error);
            if (!taken.Contains(key) && !(coordinatesUnreadable && error.Field == nameof(ContactPointDraft.Latitude)))
            {
                yield return (key, error.Message);
            }
        }
    }
}
