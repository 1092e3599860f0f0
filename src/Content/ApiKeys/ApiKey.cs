namespace Halsoportal.Content.ApiKeys;

/// <summary>
/// A kommun's key to the delivery API's draft preview, for its own website or an integrator
/// building one. Administrators issue and revoke keys; only the SHA-256 of the key is stored and
/// the key itself is shown once, when it is issued.
/// </summary>
public sealed class ApiKey
{
    public int Id { get; set; }

    /// <summary>The kommun whose drafts the key may read.</summary>
    public required string KommunCode { get; init; }

    /// <summary>Who or what the key is for ("Sundsvalls webbplats, testmiljö").</summary>
    public required string Label { get; init; }

    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    public required string KeyHash { get; init; }

    /// <summary>The key's first characters, so administrators can tell keys apart without the key.</summary>
    public required string Hint { get; init; }

    public required string CreatedBy { get; init; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; init; }

    /// <summary>UTC; null while the key works.</summary>
    public DateTime? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    /// <summary>The last day (Swedish date) the key was used, updated at most once a day.</summary>
    public DateOnly? LastUsedOn { get; set; }
}
