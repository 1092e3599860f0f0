namespace Halsoportal.Search.Documents;

/// <summary>
/// One published item in one language and reading level, as search sees it. The index holds one
/// Lucene document per (<see cref="Id"/>, <see cref="Language"/>, <see cref="IsEasyRead"/>).
/// </summary>
public sealed record SearchDocument
{
    /// <summary>
    /// Identifies the item across all types and languages, e.g. <c>article:42</c> or
    /// <c>contactpoint:7</c>. <see cref="Indexing.ISearchIndex.Delete"/> removes every language and
    /// reading level of it.
    /// </summary>
    public required string Id { get; init; }

    public required SearchDocumentType Type { get; init; }

    /// <summary>ISO 639-1 language code, lower-case ("sv", "en", "ar"). Swedish analysis is used for all.</summary>
    public string Language { get; init; } = "sv";

    /// <summary>The lättläst version of the item.</summary>
    public bool IsEasyRead { get; init; }

    public required string Title { get; init; }

    public string Ingress { get; init; } = "";

    /// <summary>Plain text (no markup): rendered Markdown stripped to text. Snippets are cut from it.</summary>
    public string Body { get; init; } = "";

    /// <summary>Site-relative URL of the item ("/artiklar/sluta-snusa").</summary>
    public required string Url { get; init; }

    /// <summary>SCB kommun codes the item is for. Empty for regional and national items.</summary>
    public IReadOnlyList<string> KommunCodes { get; init; } = [];

    /// <summary>SCB region (län) code for regional items; ignored for scope when <see cref="KommunCodes"/> is set.</summary>
    public string? RegionCode { get; init; }

    /// <summary>Topic slugs ("fysisk-aktivitet").</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Life-situation slugs ("barn-och-unga").</summary>
    public IReadOnlyList<string> LifeSituations { get; init; } = [];

    /// <summary>When the published version was last changed.</summary>
    public DateTimeOffset Updated { get; init; }

    /// <summary>Who the item is for: derived from <see cref="KommunCodes"/> and <see cref="RegionCode"/>.</summary>
    public SearchScopeLevel ScopeLevel =>
        KommunCodes.Count > 0 ? SearchScopeLevel.Kommun
        : !string.IsNullOrWhiteSpace(RegionCode) ? SearchScopeLevel.Region
        : SearchScopeLevel.National;
}

/// <summary>How local an item is. A resident sees their kommun's, their region's and national items.</summary>
public enum SearchScopeLevel
{
    National = 1,
    Region = 2,
    Kommun = 3,
}
