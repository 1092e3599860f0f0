namespace Halsoportal.Content.Storage;

/// <summary>
/// One data-protection key as ASP.NET Core writes it (an XML element). Used when the stores are
/// on PostgreSQL, so every node reads the same keys and an editor's cookie works on all of them;
/// on SQLite the keys stay in the data folder. The table exists on both so the model is one.
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }
}
