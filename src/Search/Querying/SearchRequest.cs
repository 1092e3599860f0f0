using Halsoportal.Search.Documents;

namespace Halsoportal.Search.Querying;

/// <summary>A resident's search. Every property is optional; any string is safe to pass.</summary>
public sealed record SearchRequest
{
    /// <summary>What the resident typed. Lucene syntax is not interpreted: it is text.</summary>
    public string? Query { get; init; }

    /// <summary>Only documents in this language.</summary>
    public string Language { get; init; } = "sv";

    /// <summary>
    /// The resident's kommun. When set, items for other kommuner are excluded and the kommun's own
    /// items rank first, then the region's, while national items stay included.
    /// </summary>
    public ResidentScope? Resident { get; init; }

    /// <summary>Facet filter: any of these types. Empty = all.</summary>
    public IReadOnlyCollection<SearchDocumentType> Types { get; init; } = [];

    /// <summary>Facet filter: any of these topic slugs. Unknown values are ignored.</summary>
    public IReadOnlyCollection<string> Topics { get; init; } = [];

    /// <summary>Facet filter: any of these life-situation slugs. Unknown values are ignored.</summary>
    public IReadOnlyCollection<string> LifeSituations { get; init; } = [];

    /// <summary>Facet filter: items for any of these kommun codes. Unknown values are ignored.</summary>
    public IReadOnlyCollection<string> KommunCodes { get; init; } = [];

    /// <summary>true: only lättläst; false: only standard text; null: both.</summary>
    public bool? EasyRead { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Count facets (the default). Leave out for quick searches that show no facets.</summary>
    public bool IncludeFacets { get; init; } = true;

    /// <summary>1-based; out-of-range values are clamped.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Clamped to 1..<see cref="SearchOptions.MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 10;
}

/// <summary>Where the resident lives: kommun code and the code of its region.</summary>
public sealed record ResidentScope(string KommunCode, string RegionCode);

/// <summary>Result order.</summary>
public enum SearchSort
{
    /// <summary>Best match first (the default; an empty query falls back to newest).</summary>
    Relevance = 0,

    /// <summary>Most recently updated first.</summary>
    Newest = 1,
}

/// <summary>Autocomplete for the search box: titles that start with (or contain a part starting with) the typed words.</summary>
public sealed record AutocompleteRequest
{
    public string? Prefix { get; init; }

    public string Language { get; init; } = "sv";

    public ResidentScope? Resident { get; init; }

    public bool? EasyRead { get; init; }

    /// <summary>Clamped to 1..<see cref="SearchOptions.AutocompleteMaxResults"/>.</summary>
    public int MaxResults { get; init; } = 8;
}
