namespace Halsoportal.Search.Querying;

/// <summary>Searching the local index. Thread-safe; never throws on what a resident types.</summary>
public interface ISearchService
{
    /// <summary>Runs a search: hits with snippets, facet counts and a "Menade du …?" suggestion.</summary>
    SearchResult Search(SearchRequest request);

    /// <summary>Titles for the search box's suggestion list.</summary>
    IReadOnlyList<AutocompleteSuggestion> Autocomplete(AutocompleteRequest request);
}
