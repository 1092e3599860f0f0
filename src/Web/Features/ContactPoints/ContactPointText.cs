using System.Globalization;
using Halsoportal.Content;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.ContactPoints.Hours;
using Halsoportal.Web.Features.Shared;

namespace Halsoportal.Web.Features.ContactPoints;

/// <summary>How contact-point facts read to residents.</summary>
public static class ContactPointText
{
    /// <summary>How far ahead a changed day is announced on cards.</summary>
    public const int DeviationNoticeDays = 14;

    /// <summary>"1,2 km" under 10 km, "34 km" beyond: as precise as the gazetteer is.</summary>
    public static string Distance(double km) =>
        km < 10 ? $"{km.ToString("0.0", SwedishText.Culture)} km" : $"{Math.Round(km).ToString("0", CultureInfo.InvariantCulture)} km";

    /// <summary>The next day within two weeks the visiting hours differ: "Midsommarafton fredag 25 juni: stängt".</summary>
    public static string? NextDeviation(FinderHit hit, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var sessions = hit.Point.Sessions;
        if (sessions.Count == 0)
        {
            return null;
        }

        var kind = sessions.Contains(SessionKind.Visiting) ? SessionKind.Visiting : sessions[0];

        var today = Today(now);
        var deviations = OpeningHoursCalculator.Deviations(hit.Point.Data.Hours, kind, today, DeviationNoticeDays);
        if (deviations.Count == 0)
        {
            return null;
        }

        var next = deviations[0];
        return $"{next.Deviation} {DayName(next.Date, today)}: {OpeningStatusText.Day(next).ToLower(SwedishText.Culture)}";
    }

    /// <summary>"i dag", "i morgon" or "fredag 25 juni".</summary>
    public static string DayName(DateOnly date, DateOnly today) =>
        date == today ? "i dag" : date == today.AddDays(1) ? "i morgon" : date.ToString("dddd d MMMM", SwedishText.Culture);

    /// <summary>A row in the week table: "I dag, måndag 23 november", "Tisdag 24 november".</summary>
    public static string RowDay(DateOnly date, DateOnly today)
    {
        var text = date.ToString("dddd d MMMM", SwedishText.Culture);
        return date == today ? $"I dag, {text}" : string.Concat(text[..1].ToUpper(SwedishText.Culture), text[1..]);
    }

    /// <summary>The Swedish calendar date at <paramref name="now"/>.</summary>
    public static DateOnly Today(DateTimeOffset now) => SwedishText.DateOf(now);

    /// <summary>"Ja", "Nej" or "Uppgift saknas".</summary>
    public static string YesNo(bool? fact) => fact switch { true => "Ja", false => "Nej", null => "Uppgift saknas" };

    /// <summary>"Bekräftade den 2 oktober 2026".</summary>
    public static string Confirmed(DateOnly date) => $"Öppettiderna bekräftades {Format.Date(date)}.";
}
