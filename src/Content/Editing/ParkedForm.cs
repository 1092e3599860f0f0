namespace Halsoportal.Content.Editing;

/// <summary>
/// An editor's form that arrived after their session had ended. It is kept (not saved as
/// content) until they sign in again and choose to save it, so an expired session loses nothing.
/// </summary>
public sealed class ParkedForm
{
    /// <summary>Lower-case hex SHA-256 of the random key in the restore URL.</summary>
    public required string KeyHash { get; init; }

    /// <summary>The backoffice path the form was posted to ("/redaktor/artiklar/12").</summary>
    public required string Path { get; init; }

    /// <summary>The posted fields as JSON (name → values).</summary>
    public required string Fields { get; init; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; init; }
}
