using System.Text;
using Halsoportal.Content.ContactPoints.Hours;
using Halsoportal.Content.Editing.Diff;

namespace Halsoportal.Content.ContactPoints.Editing;

/// <summary>
/// What changed between two versions of a contact point, for the version history. Each part of the draft is
/// written out as Swedish text the way an editor reads it ("måndag 08.00–12.00, 13.00–16.00",
/// "Hörslinga: ja") and the texts are compared word by word with <see cref="TextDiff"/>.
/// </summary>
public static class ContactPointDraftDiff
{
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>
    /// The parts that differ, in the order of the edit form; identical drafts give an empty list.
    /// <paramref name="choices"/> names the types and services.
    /// </summary>
    public static IReadOnlyList<FieldDiff> Compare(ContactPointDraft older, ContactPointDraft newer, ContactPointChoices choices)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentNullException.ThrowIfNull(choices);
        var before = Sections(older, choices);
        var after = Sections(newer, choices);
        var diffs = new List<FieldDiff>();
        for (var i = 0; i < before.Count; i++)
        {
            var (label, oldText) = before[i];
            var newText = after[i].Text;
            if (!string.Equals(oldText, newText, StringComparison.Ordinal))
            {
                diffs.Add(new FieldDiff(label, TextDiff.Compute(oldText, newText)));
            }
        }

        return diffs;
    }

    /// <summary>The draft as labelled Swedish texts, one per part of the edit form.</summary>
    public static IReadOnlyList<(string Label, string Text)> Sections(ContactPointDraft draft, ContactPointChoices choices)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(choices);
        var sessions = draft.Hours.Sessions ?? [];
        return
        [
            ("Namn", draft.Name),
            ("Typ", choices.TypeName(draft.Type)),
            ("Drivs av", $"{OrganiserName(draft.Organiser)}: {draft.OrganiserName}"),
            ("Sammanfattning", draft.Summary),
            ("Beskrivning", Lines(draft.Description)),
            ("Adress", $"{draft.StreetAddress}\n{draft.PostalCode} {draft.PostalTown}"),
            ("Koordinater", FormattableString.Invariant($"{draft.Latitude}, {draft.Longitude}")),
            ("Telefon", draft.Phone ?? ""),
            ("E-post", draft.Email ?? ""),
            ("Webbplats", draft.Website ?? ""),
            ("Tjänster", string.Join("\n", draft.Services.Select(choices.ServiceName))),
            ("Språk", string.Join(", ", draft.Languages.Select(LanguageNames.Of))),
            ("Tillgänglighet", AccessibilityText(draft.Accessibility)),
            .. Enum.GetValues<SessionKind>().Select(kind => (OpeningStatusText.SessionName(kind), SessionText(sessions.FirstOrDefault(s => s.Kind == kind)))),
            ("Avvikande dagar", string.Join("\n", (draft.Hours.SpecialDays ?? []).OrderBy(d => d.Date).Select(SpecialDayText))),
            ("Helgdagar", HolidayText(draft.Hours.Holidays ?? new HolidayRules())),
            ("Öppettiderna bekräftade", draft.HoursConfirmedOn == default ? "" : DateText(draft.HoursConfirmedOn)),
        ];
    }

    /// <summary>"Regionen", "Kommunen", "Privat vårdgivare".</summary>
    public static string OrganiserName(Organiser organiser) => organiser switch
    {
        Organiser.Region => "Regionen",
        Organiser.Kommun => "Kommunen",
        Organiser.Private => "Privat vårdgivare",
        _ => "Okänd",
    };

    /// <summary>The premises facts with their Swedish names, in the order of the edit form.</summary>
    public static IReadOnlyList<(string Name, bool? Value)> AccessibilityFacts(PremisesAccessibility accessibility)
    {
        ArgumentNullException.ThrowIfNull(accessibility);
        return
        [
            ("Entré utan trappsteg", accessibility.StepFreeEntrance),
            ("Automatisk dörröppnare", accessibility.AutomaticDoor),
            ("Hiss", accessibility.Lift),
            ("Tillgänglighetsanpassad toalett", accessibility.AccessibleToilet),
            ("Hörslinga", accessibility.HearingLoop),
            ("Ledstråk", accessibility.TactileGuidance),
            ("Parkering för rörelsehindrade", accessibility.AccessibleParking),
        ];
    }

    private static string AccessibilityText(PremisesAccessibility accessibility)
    {
        var lines = AccessibilityFacts(accessibility).Select(f => $"{f.Name}: {f.Value switch { true => "ja", false => "nej", null => "vet inte" }}").ToList();
        if (accessibility.ParkingDistanceMetres is { } metres)
        {
            lines.Add($"Avstånd från parkeringen: {metres} meter");
        }

        return string.Join("\n", lines);
    }

    private static string SessionText(Session? session)
    {
        if (session is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var day in Week)
        {
            var ranges = session.Weekly.Where(w => w.Day == day).Select(w => w.Range).OrderBy(r => r.Opens).ToList();
            text.Append(OpeningStatusText.WeekdayName(day)).Append(' ')
                .Append(ranges.Count == 0 ? "stängt" : string.Join(", ", ranges.Select(OpeningStatusText.Range))).Append('\n');
        }

        if (!string.IsNullOrWhiteSpace(session.Note))
        {
            text.Append("Anteckning: ").Append(session.Note.Trim()).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string SpecialDayText(SpecialHours day)
    {
        var which = day.Kind is { } kind ? OpeningStatusText.SessionName(kind).ToLowerInvariant() : "alla tider";
        var hours = day.Ranges.Count == 0 ? "stängt" : string.Join(", ", day.Ranges.Select(OpeningStatusText.Range));
        return $"{DateText(day.Date)}, {which}: {hours} – {day.Reason}";
    }

    private static string HolidayText(HolidayRules rules)
    {
        static string Rule(HolidayRule rule) => rule switch
        {
            HolidayRule.Closed => "stängt",
            HolidayRule.AsUsual => "som vanligt",
            HolidayRule.ClosesEarly => "stänger tidigt",
            _ => "okänt",
        };
        var early = rules.EarlyClosing is { } time ? $"\nStänger tidigt klockan {OpeningStatusText.Time(time)}" : "";
        return $"Röda dagar: {Rule(rules.PublicHolidays)}\nJulafton: {Rule(rules.Julafton)}\nNyårsafton: {Rule(rules.Nyarsafton)}\nMidsommarafton: {Rule(rules.Midsommarafton)}{early}";
    }

    private static string DateText(DateOnly date) => date.ToString("d MMMM yyyy", SwedishText.Culture);

    private static string Lines(string? text) => text is null ? "" : text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
