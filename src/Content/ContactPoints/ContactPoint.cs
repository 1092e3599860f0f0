using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Kommuner;

namespace Halsoportal.Content.ContactPoints;

/// <summary>
/// A place residents can turn to (kontaktpunkt). It belongs to one kommun, which owns it editorially
/// whoever runs it (region, kommun or a private provider). Editors work on <see cref="ContentVersion"/>
/// rows holding a <see cref="ContactPointDraft"/>; publishing copies one into <see cref="PublishedData"/>
/// and the columns the finder and search filter on.
/// </summary>
public sealed class ContactPoint
{
    public int Id { get; set; }

    public required string KommunCode { get; init; }

    public Kommun Kommun { get; set; } = null!;

    /// <summary>The kommun's region, kept here so access checks need no join.</summary>
    public required string RegionCode { get; init; }

    /// <summary>Unique within the kommun: <c>/{kommun}/kontakt/{slug}</c>. Never changes once made.</summary>
    public required string Slug { get; init; }

    /// <summary>The published name, or the first draft's name before publication (for editor lists).</summary>
    public required string Name { get; set; }

    /// <summary>Slug of the published type term.</summary>
    public required string Type { get; set; }

    /// <summary>The published <see cref="ContactPointDraft"/> as JSON; null while not published.</summary>
    public string? PublishedData { get; set; }

    /// <summary>Published "bekräftade den": the dashboard lists points not confirmed for 90 days.</summary>
    public DateOnly? HoursConfirmedOn { get; set; }

    /// <summary>UTC. Null while not published.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>Newest saved version. Concurrency token.</summary>
    public int DraftVersion { get; set; }

    public int? PublishedVersion { get; set; }

    public ReviewState ReviewState { get; set; }

    public string? ReviewComment { get; set; }

    public string? ReviewBy { get; set; }

    /// <summary>Who may edit and publish: the kommun's editors and its region's administrators.</summary>
    public ItemOwner Owner => ItemOwner.OfKommun(KommunCode, RegionCode);

    /// <summary>The published contents, or null.</summary>
    public ContactPointDraft? Published => PublishedData is null ? null : ContactPointDraft.FromJson(PublishedData);
}
