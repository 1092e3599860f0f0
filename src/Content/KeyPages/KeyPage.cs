namespace Halsoportal.Content.KeyPages;

/// <summary>
/// A nyckelsida: an article a kommun's publishers have chosen as one of the kommun's most
/// important pages. Key pages should have a lättläst text and every language version the kommun's
/// förvaltningsområden require. One row per kommun and article; a regional or national article
/// may be a key page in several kommuner.
/// </summary>
public sealed class KeyPage
{
    /// <summary>SCB code of the kommun that chose the page.</summary>
    public required string KommunCode { get; init; }

    public int ArticleId { get; init; }

    /// <summary>UTC.</summary>
    public DateTime AddedAt { get; init; }

    /// <summary>Display name of whoever chose it.</summary>
    public required string AddedBy { get; init; }
}
