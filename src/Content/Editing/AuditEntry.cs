namespace Halsoportal.Content.Editing;

/// <summary>One editor or administrator action (security.md item 16). Written in the same transaction as the action.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime OccurredAt { get; init; }

    public string? UserId { get; init; }

    /// <summary>Display name at the time, so the log reads the same after a rename.</summary>
    public required string UserName { get; init; }

    /// <summary>A stable code ("article.publish", "user.grant", …).</summary>
    public required string Action { get; init; }

    public string? KommunCode { get; init; }

    public string? RegionCode { get; init; }

    /// <summary>"article", "page", "media", "user" …</summary>
    public string? ItemType { get; init; }

    public string? ItemId { get; init; }

    /// <summary>A short human-readable detail; CR/LF never stored.</summary>
    public string? Detail { get; init; }
}
