using System.Globalization;

namespace Halsoportal.Content;

/// <summary>Swedish collation, formatting and time: å, ä, ö sort after z.</summary>
public static class SwedishText
{
    /// <summary>The sv-SE culture.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>Sorts names the way a Swedish reader expects.</summary>
    public static StringComparer Comparer { get; } = StringComparer.Create(Culture, ignoreCase: true);

    /// <summary>Sweden's time zone: dates shown and entered by people are Swedish local time, across daylight saving.</summary>
    public static TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>The Swedish calendar date at <paramref name="instant"/> ("today" for people in Sweden).</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);
}
