namespace Halsoportal.Content.Accounts;

/// <summary>
/// A signed-in session, kept on the server: the browser's cookie holds only <see cref="Id"/>.
/// Logging out or disabling the account deletes the row, which ends the session everywhere at
/// once (security.md item 4) — a self-contained cookie could not be taken back.
/// </summary>
public sealed class EditorSession
{
    /// <summary>Random key, the only thing in the cookie.</summary>
    public required string Id { get; init; }

    public required string UserId { get; init; }

    /// <summary>The serialized authentication ticket (claims, expiry).</summary>
    public required byte[] Ticket { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? ExpiresAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; init; }
}
