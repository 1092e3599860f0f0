using Halsoportal.Content;

namespace Halsoportal.Web.Features.Editor.Shared;

/// <summary>Times in the backoffice read in Swedish local time; the database keeps UTC.</summary>
public static class EditorFormat
{
    private static TimeZoneInfo Sweden => SwedishText.TimeZone;

    /// <summary>"23 november 2026 kl. 14.05".</summary>
    public static string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Sweden).ToString("d MMMM yyyy 'kl.' HH.mm", SwedishText.Culture);

    /// <summary>A local Swedish date and time from a form, as UTC. An hour that does not exist (spring forward) moves on by one hour.</summary>
    public static DateTime ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Sweden.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Sweden);
    }

    /// <summary>"version 3"; version 0 is the text an article had before it was first edited here.</summary>
    public static string Version(int number) => number == 0 ? "den nuvarande texten" : $"version {number}";

    /// <summary>UTC as the value of an &lt;input type="datetime-local"&gt;.</summary>
    public static string LocalInput(DateTime? utc) => utc is null ? "" :
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc), Sweden).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
