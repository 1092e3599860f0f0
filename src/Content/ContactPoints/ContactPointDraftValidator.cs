using System.Net.Mail;
using System.Text.RegularExpressions;
using Halsoportal.Content.ContactPoints.Hours;
using Halsoportal.Content.ContactPoints.Places;
using Halsoportal.Content.Editing;

namespace Halsoportal.Content.ContactPoints;

/// <summary>
/// Checks a contact point before anything is saved: every error names its field (the draft's property path,
/// "Hours.Sessions[0].Weekly[1].Range") and says in Swedish what to do. Nothing is saved while one remains.
/// </summary>
public static partial class ContactPointDraftValidator
{
    public const int MaxSummaryLength = 300;
    public const int MaxDescriptionLength = 10_000;

    /// <summary>
    /// Validates <paramref name="draft"/>. <paramref name="types"/> and <paramref name="services"/> are the known
    /// slugs; special days before <paramref name="today"/> are refused unless <paramref name="allowPastDays"/>
    /// (demo data and imports written earlier).
    /// </summary>
    public static IReadOnlyList<FieldError> Validate(
        ContactPointDraft draft, ISet<string> types, ISet<string> services, DateOnly today, bool allowPastDays = false)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(services);
        var errors = new List<FieldError>();
        void Error(string field, string message) => errors.Add(new FieldError(field, message));

        Required(nameof(draft.Name), draft.Name, "Skriv kontaktpunktens namn.", 200);
        if (string.IsNullOrWhiteSpace(draft.Type))
        {
            Error(nameof(draft.Type), "Välj vilken typ av kontaktpunkt det är.");
        }
        else if (!types.Contains(draft.Type))
        {
            Error(nameof(draft.Type), "Typen finns inte. Välj en av typerna i listan.");
        }

        if (!Enum.IsDefined(draft.Organiser))
        {
            Error(nameof(draft.Organiser), "Välj vem som driver kontaktpunkten: regionen, kommunen eller en privat vårdgivare.");
        }

        Required(nameof(draft.OrganiserName), draft.OrganiserName, "Skriv namnet på den som driver kontaktpunkten.", 200);
        Required(nameof(draft.Summary), draft.Summary, "Skriv en kort sammanfattning av vad man får hjälp med.", MaxSummaryLength);
        if ((draft.Description?.Length ?? 0) > MaxDescriptionLength)
        {
            Error(nameof(draft.Description), $"Beskrivningen får vara högst {MaxDescriptionLength:N0} tecken.".Replace('\u00a0', ' '));
        }

        Required(nameof(draft.StreetAddress), draft.StreetAddress, "Skriv gatuadressen.", 200);
        if (string.IsNullOrWhiteSpace(draft.PostalCode))
        {
            Error(nameof(draft.PostalCode), "Skriv postnumret.");
        }
        else if (!PostalCodePattern().IsMatch(draft.PostalCode.Trim()))
        {
            Error(nameof(draft.PostalCode), "Postnumret ska vara fem siffror, till exempel 852 30.");
        }

        Required(nameof(draft.PostalTown), draft.PostalTown, "Skriv postorten.", 100);
        if (!double.IsFinite(draft.Latitude) || !double.IsFinite(draft.Longitude) || !GeoPoint.IsInSweden(draft.Latitude, draft.Longitude))
        {
            Error(nameof(draft.Latitude), "Koordinaterna ligger inte i Sverige. Skriv latitud och longitud i decimalgrader, till exempel 62.3908 och 17.3069.");
        }

        if (!string.IsNullOrWhiteSpace(draft.Phone) && !PhonePattern().IsMatch(draft.Phone.Trim()))
        {
            Error(nameof(draft.Phone), "Telefonnumret får bara innehålla siffror, mellanslag, bindestreck och ett inledande +, till exempel 060-12 34 56.");
        }

        if (!string.IsNullOrWhiteSpace(draft.Email) && !IsEmail(draft.Email.Trim()))
        {
            Error(nameof(draft.Email), "E-postadressen ser inte rätt ut. Skriv den som namn@exempel.se.");
        }

        if (!string.IsNullOrWhiteSpace(draft.Website) && !IsWebAddress(draft.Website.Trim()))
        {
            Error(nameof(draft.Website), "Webbadressen ska börja med https:// och vara en hel adress.");
        }

        var unknown = draft.Services.Where(s => !services.Contains(s)).ToList();
        if (unknown.Count > 0)
        {
            Error(nameof(draft.Services), "Någon av tjänsterna finns inte. Välj bland tjänsterna i listan.");
        }

        if (draft.Languages.Any(l => !LanguageNames.IsKnown(l)))
        {
            Error(nameof(draft.Languages), "Något av språken känns inte igen. Välj bland språken i listan.");
        }

        var parking = draft.Accessibility.ParkingDistanceMetres;
        if (parking is < 0 or > 2000)
        {
            Error("Accessibility.ParkingDistanceMetres", "Avståndet till parkeringen ska vara mellan 0 och 2 000 meter.");
        }
        else if (parking is not null && draft.Accessibility.AccessibleParking != true)
        {
            Error("Accessibility.ParkingDistanceMetres", "Ange avståndet bara när det finns parkering för rörelsehindrade.");
        }

        if (draft.HoursConfirmedOn > today)
        {
            Error(nameof(draft.HoursConfirmedOn), "Datumet då öppettiderna bekräftades kan inte ligga i framtiden.");
        }
        else if (draft.HoursConfirmedOn.Year < 2000)
        {
            Error(nameof(draft.HoursConfirmedOn), "Skriv när öppettiderna senast bekräftades.");
        }

        errors.AddRange(OpeningHoursValidator.Validate(draft.Hours, today, allowPastDays).Select(e => new FieldError($"{nameof(draft.Hours)}.{e.Field}", e.Message)));
        return errors;

        void Required(string field, string? value, string missing, int max)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Error(field, missing);
            }
            else if (value.Length > max)
            {
                Error(field, $"Texten får vara högst {max} tecken.");
            }
        }
    }

    private static bool IsEmail(string text) =>
        text.Length <= 254 && MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal);

    private static bool IsWebAddress(string text) =>
        text.Length <= 500 && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex(@"^\d{3} ?\d{2}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{4,24}$")]
    private static partial Regex PhonePattern();
}
