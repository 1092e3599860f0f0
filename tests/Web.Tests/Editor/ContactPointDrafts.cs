using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.ContactPoints.Hours;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>Valid contact point drafts and the same as edit-form fields, for the editor and security tests.</summary>
internal static class ContactPointDrafts
{
    /// <summary>A health centre in central Sundsvall, open weekdays with a lunch break on the phone.</summary>
    public static ContactPointDraft Valid(string name) => new()
    {
        Name = name,
        Type = "vardcentral",
        Organiser = Organiser.Region,
        OrganiserName = "Region Västernorrland",
        Summary = "Hälsocentral för dig som bor i centrala Sundsvall.",
        StreetAddress = "Storgatan 1",
        PostalCode = "852 30",
        PostalTown = "Sundsvall",
        Latitude = 62.3908,
        Longitude = 17.3069,
        Phone = "060-12 34 56",
        Services = ["halsosamtal"],
        Languages = ["sv", "en"],
        Hours = new OpeningHours
        {
            Sessions =
            [
                new Session
                {
                    Kind = SessionKind.Visiting,
                    Weekly = [.. Weekdays.Select(d => new WeeklyHours(d, new TimeRange(new(8, 0), new(16, 0))))],
                },
            ],
        },
        HoursConfirmedOn = new DateOnly(2026, 11, 1),
    };

    /// <summary>The edit form's fields for a valid new contact point called <paramref name="name"/>.</summary>
    public static List<KeyValuePair<string, string>> FormFields(string name) =>
    [
        new("Input.Name", name),
        new("Input.Type", "vardcentral"),
        new("Input.Organiser", "Region"),
        new("Input.OrganiserName", "Region Västernorrland"),
        new("Input.Summary", "Hälsocentral för dig som bor i centrala Sundsvall."),
        new("Input.StreetAddress", "Storgatan 1"),
        new("Input.PostalCode", "852 30"),
        new("Input.PostalTown", "Sundsvall"),
        new("Input.Latitude", "62,3908"),
        new("Input.Longitude", "17.3069"),
        new("Input.PhoneNumber", "060-12 34 56"),
        new("Input.Services", "halsosamtal"),
        new("Input.Languages", "sv"),
        new("Input.Accessibility.StepFreeEntrance", "ja"),
        new("Input.Accessibility.HearingLoop", "nej"),
        new("Input.Visiting.Enabled", "true"),
        new("Input.Visiting.Monday.From1", "08:00"),
        new("Input.Visiting.Monday.To1", "12:00"),
        new("Input.Visiting.Monday.From2", "13:00"),
        new("Input.Visiting.Monday.To2", "16:00"),
        new("Input.Visiting.Tuesday.From1", "08:00"),
        new("Input.Visiting.Tuesday.To1", "16:00"),
        new("Input.Holidays.PublicHolidays", "Closed"),
        new("Input.Holidays.Julafton", "Closed"),
        new("Input.Holidays.Nyarsafton", "Closed"),
        new("Input.Holidays.Midsommarafton", "ClosesEarly"),
        new("Input.Holidays.EarlyClosing", "13:00"),
    ];

    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
}
