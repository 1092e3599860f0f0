using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;

namespace Halsoportal.Content.ContactPoints.Editing;

/// <summary>Where a contact point stands, in the words an editor uses.</summary>
public enum ContactPointStatus
{
    /// <summary>Utkast: never published.</summary>
    Draft,

    /// <summary>Publicerad, no newer draft.</summary>
    Published,

    /// <summary>Publicerad, with a newer unpublished draft.</summary>
    PublishedWithChanges,

    /// <summary>Avpublicerad: was public, taken down.</summary>
    Unpublished,
}

/// <summary>A type or service term as a picker option.</summary>
public sealed record ContactPointTerm(string Slug, string Name);

/// <summary>The kommuner, types and services an editor may choose from.</summary>
public sealed record ContactPointChoices(
    IReadOnlyList<KommunRefLite> Kommuner,
    IReadOnlyList<ContactPointTerm> Types,
    IReadOnlyList<ContactPointTerm> Services)
{
    /// <summary>The Swedish name of a type or service slug; an unknown slug is shown as itself.</summary>
    public string TypeName(string slug) => Types.FirstOrDefault(t => t.Slug == slug)?.Name ?? slug;

    /// <inheritdoc cref="TypeName"/>
    public string ServiceName(string slug) => Services.FirstOrDefault(t => t.Slug == slug)?.Name ?? slug;
}

/// <summary>One row of the editor's contact point list.</summary>
public sealed record ContactPointRow(
    int Id,
    string Slug,
    string Name,
    string KommunCode,
    string KommunName,
    string TypeName,
    ContactPointStatus Status,
    ReviewState Review,
    int DraftVersion,
    DateTime? LastSavedAt,
    string? LastSavedBy,
    DateOnly? HoursConfirmedOn);

/// <summary>Everything the edit, publishing and history pages need about one contact point.</summary>
public sealed record ContactPointEditView(
    int Id,
    string Slug,
    string KommunName,
    string KommunSlug,
    ContactPointDraft Draft,
    int DraftVersion,
    int? PublishedVersion,
    ContactPointStatus Status,
    ReviewState Review,
    string? ReviewComment,
    string? ReviewBy,
    DateOnly? PublishedHoursConfirmedOn,
    bool CanPublish,
    bool RequiresReview,
    ItemOwner Owner)
{
    /// <summary>The public address while published: <c>/{kommun}/kontakt/{slug}</c>.</summary>
    public string PublicPath => $"/{KommunSlug}/kontakt/{Slug}";
}

/// <summary>
/// A published contact point whose hours nobody has confirmed for a while. <see cref="ConfirmedInDraftOn"/> is set
/// when a newer, unpublished version confirms them: publishing it is what is left to do.
/// </summary>
public sealed record UnconfirmedHoursRow(int Id, string Name, string KommunName, DateOnly? HoursConfirmedOn, DateOnly? ConfirmedInDraftOn);
