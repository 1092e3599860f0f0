using Halsoportal.Content.Publishing;

namespace Halsoportal.Content.Editing;

/// <summary>
/// A shareable link to an item's newest draft, for a fact-checker without an account. Only the
/// SHA-256 of the token is stored, so a database copy does not leak working links.
/// </summary>
public sealed class PreviewLink
{
    public int Id { get; set; }

    public ContentItemType ItemType { get; init; }

    public int ItemId { get; init; }

    /// <summary>Lower-case hex SHA-256 of the token in the URL.</summary>
    public required string TokenHash { get; init; }

    public required string CreatedBy { get; init; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; init; }

    /// <summary>UTC.</summary>
    public DateTime ExpiresAt { get; init; }

    /// <summary>UTC; set when an editor revokes the link.</summary>
    public DateTime? RevokedAt { get; set; }
}
