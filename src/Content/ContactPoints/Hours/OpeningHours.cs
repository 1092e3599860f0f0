using System.Text.Json;
using System.Text.Json.Serialization;

namespace Halsoportal.Content.ContactPoints.Hours;

/// <summary>What a session is for. A contact point has at most one session of each kind.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SessionKind>))]
public enum SessionKind
{
    /// <summary>Besökstider: the premises are open.</summary>
    Visiting = 1,

    /// <summary>Telefontider: someone answers the phone.</summary>
    Phone = 2,

    /// <summary>Drop-in: come without an appointment.</summary>
    DropIn = 3,
}

/// <summary>
/// One stretch of opening time in Swedish local time. <see cref="Closes"/> at or before <see cref="Opens"/>
/// means the range runs past midnight into the next day (22.00–02.00); 00.00 as the closing time is midnight.
/// </summary>
public sealed record TimeRange(TimeOnly Opens, TimeOnly Closes)
{
    /// <summary>True when the range ends on the following day.</summary>
    [JsonIgnore]
    public bool CrossesMidnight => Closes <= Opens;

    public override string ToString() => $"{Opens:HH\\.mm}–{Closes:HH\\.mm}";
}

/// <summary>Regular hours on one weekday. A weekday may have several ranges (08.00–12.00, 13.00–16.00).</summary>
public sealed record WeeklyHours(DayOfWeek Day, TimeRange Range);

/// <summary>A kind of opening time with its weekly pattern.</summary>
public sealed record Session
{
    public required SessionKind Kind { get; init; }

    /// <summary>Optional words shown with the session ("Ring för tidsbokning").</summary>
    public string? Note { get; init; }

    public IReadOnlyList<WeeklyHours> Weekly { get; init; } = [];
}

/// <summary>A dated change: closed, or other hours than usual, with the reason shown to residents.</summary>
public sealed record SpecialHours
{
    public required DateOnly Date { get; init; }

    /// <summary>The session it changes; null changes every session that day.</summary>
    public SessionKind? Kind { get; init; }

    /// <summary>The hours that day; empty means closed.</summary>
    public IReadOnlyList<TimeRange> Ranges { get; init; } = [];

    /// <summary>Why, in Swedish ("Personalutbildning").</summary>
    public required string Reason { get; init; }
}

/// <summary>What happens on a public holiday or one of the de-facto holidays.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HolidayRule>))]
public enum HolidayRule
{
    /// <summary>Stängt.</summary>
    Closed = 1,

    /// <summary>Öppet som vanligt for that weekday.</summary>
    AsUsual = 2,

    /// <summary>Open as usual but closing at <see cref="HolidayRules.EarlyClosing"/> (dag före helgdag).</summary>
    ClosesEarly = 3,
}

/// <summary>
/// Per contact point: röda dagar, and the three days Swedes treat as holidays though the law does not
/// (julafton, nyårsafton, midsommarafton). A dated <see cref="SpecialHours"/> always wins over these.
/// </summary>
public sealed record HolidayRules
{
    /// <summary>Public holidays (röda dagar). <see cref="HolidayRule.ClosesEarly"/> is not allowed here.</summary>
    public HolidayRule PublicHolidays { get; init; } = HolidayRule.Closed;

    public HolidayRule Julafton { get; init; } = HolidayRule.Closed;

    public HolidayRule Nyarsafton { get; init; } = HolidayRule.Closed;

    public HolidayRule Midsommarafton { get; init; } = HolidayRule.Closed;

    /// <summary>Closing time for the days whose rule is <see cref="HolidayRule.ClosesEarly"/>.</summary>
    public TimeOnly? EarlyClosing { get; init; }
}

/// <summary>A contact point's hours: sessions with weekly patterns, dated special days (avvikande öppettider) and holiday rules.</summary>
public sealed record OpeningHours
{
    public IReadOnlyList<Session> Sessions { get; init; } = [];

    public IReadOnlyList<SpecialHours> SpecialDays { get; init; } = [];

    public HolidayRules Holidays { get; init; } = new();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static OpeningHours FromJson(string json) =>
        JsonSerializer.Deserialize<OpeningHours>(json, Json) ?? throw new InvalidDataException("Empty opening hours.");
}
