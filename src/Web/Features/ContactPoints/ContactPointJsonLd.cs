using System.Globalization;
using System.Text.Json.Nodes;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.ContactPoints.Hours;

namespace Halsoportal.Web.Features.ContactPoints;

/// <summary>
/// schema.org JSON-LD for a contact point: address, geo, phone, the visiting hours as
/// <c>openingHoursSpecification</c> and the coming changed days (holidays, special days) as
/// <c>specialOpeningHoursSpecification</c>, premises facts as <c>amenityFeature</c>.
/// Serialised with the page's other structured data by <see cref="Discovery.SchemaOrg"/>.
/// </summary>
public static class ContactPointJsonLd
{
    /// <summary>The contact point's node, without <c>@context</c>: the page's schema puts it in as <c>mainEntity</c>.</summary>
    public static JsonObject Build(ContactPointView point, string url, DateOnly today, int days)
    {
        ArgumentNullException.ThrowIfNull(point);
        var data = point.Data;
        var json = new JsonObject
        {
            ["@type"] = SchemaType(point.Type.Slug, data.Organiser),
            ["name"] = data.Name,
            ["description"] = data.Summary,
            ["url"] = url,
            ["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = data.StreetAddress,
                ["postalCode"] = data.PostalCode,
                ["addressLocality"] = data.PostalTown,
                ["addressRegion"] = point.Kommun.RegionName,
                ["addressCountry"] = "SE",
            },
            ["geo"] = new JsonObject
            {
                ["@type"] = "GeoCoordinates",
                ["latitude"] = Math.Round(data.Latitude, 5),
                ["longitude"] = Math.Round(data.Longitude, 5),
            },
            ["parentOrganization"] = new JsonObject { ["@type"] = "Organization", ["name"] = data.OrganiserName },
        };
        if (!string.IsNullOrWhiteSpace(data.Phone))
        {
            json["telephone"] = data.Phone;
        }

        if (!string.IsNullOrWhiteSpace(data.Email))
        {
            json["email"] = data.Email;
        }

        if (!string.IsNullOrWhiteSpace(data.Website))
        {
            json["sameAs"] = data.Website;
        }

        if (data.Languages.Count > 0)
        {
            json["availableLanguage"] = new JsonArray([.. data.Languages.Select(l => (JsonNode)JsonValue.Create(l)!)]);
        }

        var visiting = data.Hours.Sessions.FirstOrDefault(s => s.Kind == SessionKind.Visiting);
        if (visiting is not null)
        {
            json["openingHoursSpecification"] = new JsonArray([.. visiting.Weekly
                .OrderBy(w => ((int)w.Day + 6) % 7).ThenBy(w => w.Range.Opens)
                .Select(w => (JsonNode)Specification(w.Range, dayOfWeek: w.Day))]);
            var special = OpeningHoursCalculator.Deviations(data.Hours, SessionKind.Visiting, today, days)
                .SelectMany(d => d.Ranges.Count == 0
                    ? [Specification(new TimeRange(TimeOnly.MinValue, TimeOnly.MinValue), date: d.Date, closed: true)]
                    : d.Ranges.Select(r => Specification(r, date: d.Date)))
                .ToList();
            if (special.Count > 0)
            {
                json["specialOpeningHoursSpecification"] = new JsonArray([.. special]);
            }
        }

        var features = AccessNeed.All
            .Select(n => (n.Label, Value: n.Fact(data.Accessibility)))
            .Where(f => f.Value is not null)
            .Select(f => (JsonNode)new JsonObject { ["@type"] = "LocationFeatureSpecification", ["name"] = f.Label, ["value"] = f.Value })
            .ToArray();
        if (features.Length > 0)
        {
            json["amenityFeature"] = new JsonArray(features);
        }

        return json;
    }

    private static JsonObject Specification(TimeRange range, DayOfWeek? dayOfWeek = null, DateOnly? date = null, bool closed = false)
    {
        var spec = new JsonObject { ["@type"] = "OpeningHoursSpecification" };
        if (dayOfWeek is { } day)
        {
            spec["dayOfWeek"] = $"https://schema.org/{day}";
        }

        if (date is { } d)
        {
            var iso = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            spec["validFrom"] = iso;
            spec["validThrough"] = iso;
        }

        // schema.org writes "closed all day" as opens = closes = 00:00.
        spec["opens"] = closed ? "00:00" : range.Opens.ToString("HH:mm", CultureInfo.InvariantCulture);
        spec["closes"] = closed ? "00:00" : range.Closes.ToString("HH:mm", CultureInfo.InvariantCulture);
        return spec;
    }

    /// <summary>Care is a clinic; other places a region or kommun runs (träffpunkt, familjecentral, anhörigstöd) are its offices.</summary>
    private static string SchemaType(string type, Organiser organiser) => type switch
    {
        "tandvard" => "Dentist",
        "fysioterapi" => "Physiotherapy",
        "vardcentral" or "ungdomsmottagning" or "bvc" or "mvc" or "beroendemottagning" or "kommunal-halso-och-sjukvard" => "MedicalClinic",
        _ when organiser is Organiser.Region or Organiser.Kommun => "GovernmentOffice",
        _ => "CivicStructure",
    };
}
