namespace Halsoportal.Content.Accounts;

/// <summary>
/// One role for one user in one place: a kommun (<see cref="EditorRole.Editor"/>,
/// <see cref="EditorRole.Publisher"/>), a region (<see cref="EditorRole.RegionAdmin"/>) or
/// everywhere (<see cref="EditorRole.SystemAdmin"/>). A user may hold many.
/// </summary>
public sealed class RoleGrant
{
    public int Id { get; set; }

    public required string UserId { get; init; }

    public EditorRole Role { get; init; }

    /// <summary>SCB kommunkod for kommun roles, otherwise null.</summary>
    public string? KommunCode { get; init; }

    /// <summary>Länskod for <see cref="EditorRole.RegionAdmin"/>, otherwise null.</summary>
    public string? RegionCode { get; init; }
}
