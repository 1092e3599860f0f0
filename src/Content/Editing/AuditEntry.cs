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

    /// <summary>Who acts when an operator runs a command-line verb.</summary>
    public const string OperatorName = "Kommandorad";

    /// <summary>
    /// A new entry at <paramref name="nowUtc"/>. Line breaks and other control characters in the
    /// free-text parts become spaces, so one entry can never pose as several (security.md item 16).
    /// </summary>
    public static AuditEntry Create(
        DateTime nowUtc, string? userId, string userName, string action,
        string? itemType = null, string? itemId = null, string? kommunCode = null, string? regionCode = null, string? detail = null) => new()
    {
        OccurredAt = nowUtc,
        UserId = userId,
        UserName = Clean(userName, 200)!,
        Action = action,
        ItemType = itemType,
        ItemId = Clean(itemId, 64),
        KommunCode = kommunCode,
        RegionCode = regionCode,
        Detail = Clean(detail, 1000),
    };

    private static string? Clean(string? value, int max)
    {
        if (value is null)
        {
            return null;
        }

        var chars = value.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
        var text = new string(chars);
        return text.Length <= max ? text : text[..max];
    }
}
