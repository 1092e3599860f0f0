using System.Text.Json;
using Halsoportal.Content.ContactPoints.Hours;

namespace Halsoportal.Content.ContactPoints;

/// <summary>
/// Everything an editor can change in a contact point, as stored in a version. The slug and the
/// kommun are not here: a URL and an owner never change through an edit.
/// </summary>
public sealed record ContactPointDraft
{
    public required string Name { get; init; }

    /// <summary>Slug of a contact-point type term ("vardcentral", "bvc").</summary>
    public required string Type { get; init; }

    public Organiser Organiser { get; init; }

    /// <summary>The organisation that runs it ("Region Västernorrland", "Hälsocentralen Norr AB").</summary>
    public required string OrganiserName { get; init; }

    /// <summary>One or two sentences shown in the finder, at most 300 characters.</summary>
    public required string Summary { get; init; }

    /// <summary>Optional longer text in Markdown (same narrow allow-list as articles).</summary>
    public string Description { get; init; } = "";

    public required string StreetAddress { get; init; }

    /// <summary>Five digits, written "852 30".</summary>
    public required string PostalCode { get; init; }

    public required string PostalTown { get; init; }

    public double Latitude { get; init; }

    public double Longitude { get; init; }

    /// <summary>Phone number as residents dial it ("0611-55 12 00").</summary>
    public string? Phone { get; init; }

    public string? Email { get; init; }

    /// <summary>Absolute https URL of the contact point's own page, if any.</summary>
    public string? Website { get; init; }

    /// <summary>Slugs of service terms ("halsosamtal", "tobaksavvanjning").</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>Languages staff speak, as ISO 639-1 codes ("sv", "en", "ar").</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public PremisesAccessibility Accessibility { get; init; } = new();

    public OpeningHours Hours { get; init; } = new();

    /// <summary>When someone last confirmed the hours are right ("bekräftade den").</summary>
    public DateOnly HoursConfirmedOn { get; init; }

    /// <summary>How drafts are stored in versions and demo files: web defaults, enums as names.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static ContactPointDraft FromJson(string json) =>
        JsonSerializer.Deserialize<ContactPointDraft>(json, JsonOptions) ?? throw new InvalidDataException("Empty contact point version.");
}
