using System.Globalization;

namespace Halsoportal.Dialog;

/// <summary>Swedish local time for dates people see, and the day-precision dates answers carry.</summary>
public static class SwedishTime
{
    /// <summary>The sv-SE culture.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>Sweden's time zone, across daylight saving.</summary>
    public static TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>The Swedish calendar date of a UTC moment.</summary>
    public static DateOnly DateOf(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone));

    /// <summary>Today's Swedish date.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOf(time.GetUtcNow().UtcDateTime);
    }

    /// <summary>"12 mars 2027 kl. 18.00" in Swedish local time.</summary>
    public static string Format(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone).ToString("d MMMM yyyy 'kl.' HH.mm", Culture);
}
