namespace Halsoportal.Content.Accounts;

/// <summary>What a grant allows. Stored as its number; never renumber.</summary>
public enum EditorRole
{
    /// <summary>Redaktör: writes drafts and sends them for review, in one kommun.</summary>
    Editor = 1,

    /// <summary>Publicerare: everything a redaktör does, and publishes, in one kommun.</summary>
    Publisher = 2,

    /// <summary>Regionadministratör: a whole län — its kommuner, users, regional content and taxonomy.</summary>
    RegionAdmin = 3,

    /// <summary>Systemadministratör: everything, national content included.</summary>
    SystemAdmin = 4,
}
