using Halsoportal.Search.Documents;

namespace Halsoportal.Search.Querying;

/// <summary>What a search found. Never null collections; all HTML is encoded and safe to render.</summary>
public sealed record SearchResult
{
    public required SearchStatus Status { get; init; }

    /// <summary>The query as searched: trimmed, cleaned, possibly shortened.</summary>
    public required string Query { get; init; }

    /// <summary>The query was longer than allowed and was cut; tell the resident.</summary>
    public bool QueryWasShortened { get; init; }

    /// <summary>No hit had all the words, so hits with some of them (or some part of a compound word) are shown.</summary>
    public bool MatchedSomeWordsOnly { get; init; }

    public required int TotalHits { get; init; }

    public required int Page { get; init; }

    public required int PageSize { get; init; }

    public int PageCount => TotalHits == 0 ? 0 : ((TotalHits - 1) / PageSize) + 1;

    public required IReadOnlyList<SearchHit> Hits { get; init; }

    public required SearchFacets Facets { get; init; }

    /// <summary>"Menade du …?": a corrected query (plain text), or null.</summary>
    public string? DidYouMean { get; init; }

    /// <summary>Filter values that match nothing in the index and were ignored.</summary>
    public IReadOnlyList<string> IgnoredFilterValues { get; init; } = [];
}

/// <summary>Expected outcomes of a search.</summary>
public enum SearchStatus
{
    /// <summary>The query had words to search for.</summary>
    Ok = 0,

    /// <summary>Nothing searchable was typed (empty, only punctuation or only stop words); hits are the newest items matching the filters.</summary>
    EmptyQuery = 1,
}

/// <summary>One hit.</summary>
public sealed record SearchHit
{
    public required string Id { get; init; }

    public required SearchDocumentType Type { get; init; }

    public required string Language { get; init; }

    public required bool IsEasyRead { get; init; }

    /// <summary>Plain-text title.</summary>
    public required string Title { get; init; }

    /// <summary>HTML-encoded title with matched words wrapped in &lt;mark&gt;.</summary>
    public required string TitleHtml { get; init; }

    /// <summary>HTML-encoded excerpt around the best matches, matched words in &lt;mark&gt;; "…" where cut.</summary>
    public required string SnippetHtml { get; init; }

    public required string Url { get; init; }

    public required float Score { get; init; }

    public required DateTimeOffset Updated { get; init; }

    public IReadOnlyList<string> KommunCodes { get; init; } = [];

    public string? RegionCode { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> LifeSituations { get; init; } = [];
}

/// <summary>Counts per facet value over the whole result set (all filters applied), highest first.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Types,
    IReadOnlyList<FacetCount> Topics,
    IReadOnlyList<FacetCount> Kommuner,
    IReadOnlyList<FacetCount> LifeSituations)
{
    public static SearchFacets Empty { get; } = new([], [], [], []);
}

/// <summary>A facet value (type value, topic slug, kommun code, life-situation slug) and how many hits have it.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>An autocomplete option: a title to show and the page it leads to.</summary>
public sealed record AutocompleteSuggestion(string Title, string TitleHtml, string Url, SearchDocumentType Type);
