using System.ComponentModel;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Languages;
using Halsoportal.Content.Taxonomy;
using Halsoportal.Search.Documents;
using Halsoportal.Search.Querying;
using Halsoportal.Web.Features.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Api;

/// <summary><c>GET /api/v1/search</c>: the same search as <c>/sok</c>, as JSON; and title suggestions while typing.</summary>
internal static class SearchApi
{
    /// <summary>The query parameters of <c>/api/v1/search</c>.</summary>
    internal sealed record SearchParameters(
        [property: FromQuery(Name = "q"), Description("Sökorden / the words to search for")] string? Q,
        [property: FromQuery(Name = "municipality"), Description("Kommunens slug eller kommunkod: dess innehåll rankas först / municipality slug or SCB code, ranked first")] string? Municipality,
        [property: FromQuery(Name = "type"), Description("article, page, contactpoint, dialog; upprepa eller kommaseparera / repeat or comma-separate")] string? Type,
        [property: FromQuery(Name = "topic"), Description("Ämnets slug / topic slug")] string? Topic,
        [property: FromQuery(Name = "lifeSituation"), Description("Livssituationens slug / life situation slug")] string? LifeSituation,
        [property: FromQuery(Name = "easyRead"), Description("true: bara lättläst / only easy-to-read")] string? EasyRead,
        [property: FromQuery(Name = "language"), Description("Sök i texterna på ett språk som publicerade artiklar finns på (BCP 47, till exempel fi), standard sv / search the texts in a language published articles exist in (BCP 47, e.g. fi), default sv")] string? Language,
        [property: FromQuery(Name = "page"), Description("1 …")] string? Page,
        [property: FromQuery(Name = "pageSize"), Description("1–50, standard 10")] string? PageSize);

    internal sealed record SuggestParameters(
        [property: FromQuery(Name = "q"), Description("Det som skrivits hittills / what has been typed so far")] string? Q,
        [property: FromQuery(Name = "municipality"), Description("Kommunens slug eller kommunkod / municipality slug or SCB code")] string? Municipality);

    /// <summary>One search hit.</summary>
    public sealed record SearchHitDto(
        string Id,
        string Type,
        string Language,
        bool EasyRead,
        string Title,
        [property: Description("Titeln med sökorden i <mark>, HTML-kodad / title with matches marked, HTML-encoded")] string TitleHtml,
        [property: Description("Utdrag med sökorden i <mark>, HTML-kodat / snippet with matches marked, HTML-encoded")] string SnippetHtml,
        string Url,
        IReadOnlyList<string> MunicipalityCodes,
        string? RegionCode,
        IReadOnlyList<string> Topics,
        IReadOnlyList<string> LifeSituations,
        DateTimeOffset Updated);

    /// <summary>A search's hits, facets and spelling suggestion.</summary>
    public sealed record SearchResultDto(
        string Query,
        string Status,
        int TotalHits,
        int Page,
        int PageSize,
        int PageCount,
        string? DidYouMean,
        bool MatchedSomeWordsOnly,
        IReadOnlyList<SearchHitDto> Hits,
        SearchFacets Facets);

    public sealed record SuggestionDto(string Title, string Url, string Type);

    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync).WithName("Search").WithTags("Sök / Search")
            .WithSummary("Sök i allt publicerat / Search everything published");
        api.MapGet("/search/suggest", SuggestAsync).WithName("SearchSuggest").WithTags("Sök / Search")
            .WithSummary("Titelförslag medan man skriver / Title suggestions while typing");
        return api;
    }

    private static async Task<Results<ApiJson<SearchResultDto>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchParameters parameters, HttpRequest request, KommunService kommuner, ArticleService articles, PublishedArticleService published, ISearchService search, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For<SearchParameters>(request);
        var paging = Paging.Read(query, defaultPageSize: 10, maxPageSize: 50);
        var types = query.AllOf("type", TypeValues.Keys);
        var vocabularies = await articles.GetVocabulariesAsync(cancellationToken);
        var topics = query.AllOf("topic", [.. vocabularies[TaxonomyKind.Topic].Select(t => t.Slug)]);
        var lifeSituations = query.AllOf("lifeSituation", [.. vocabularies[TaxonomyKind.LifeSituation].Select(t => t.Slug)]);
        var easyRead = query.Bool("easyRead") ?? false;
        var languages = await published.LanguagesAsync(cancellationToken);
        var language = query.OneOf("language", languages.ToDictionary(l => l, l => l, StringComparer.OrdinalIgnoreCase)) ?? SiteLanguages.SwedishCode;
        var kommun = await query.KommunAsync("municipality", kommuner, cancellationToken);
        var text = query.Text("q", 500);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var swedishTypes = types.Select(t => TypeValues[t]).ToList();
        var searchQuery = new SearchQuery(text, kommun, swedishTypes, topics, lifeSituations, easyRead, Math.Min(paging.Page, SearchQuery.MaxPage), paging.PageSize)
        {
            Language = language,
        };
        var result = search.Search(searchQuery.ToRequest());
        return ApiJson.Ok(new SearchResultDto(
            result.Query,
            result.Status == SearchStatus.EmptyQuery ? "emptyQuery" : "ok",
            result.TotalHits,
            result.Page,
            result.PageSize,
            result.PageCount,
            result.DidYouMean,
            result.MatchedSomeWordsOnly,
            [.. result.Hits.Select(h => new SearchHitDto(
                h.Id,
                h.Type.ToValue(),
                h.Language,
                h.IsEasyRead,
                h.Title,
                h.TitleHtml,
                h.SnippetHtml,
                searchQuery.UrlOf(h),
                h.KommunCodes,
                h.RegionCode,
                h.Topics,
                h.LifeSituations,
                h.Updated))],
            result.Facets));
    }

    private static async Task<Results<ApiJson<IReadOnlyList<SuggestionDto>>, ValidationProblem>> SuggestAsync(
        [AsParameters] SuggestParameters parameters, HttpRequest request, KommunService kommuner, ISearchService search, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For<SuggestParameters>(request);
        var kommun = await query.KommunAsync("municipality", kommuner, cancellationToken);
        var prefix = query.Text("q");
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var searchQuery = new SearchQuery(null, kommun, [], [], [], false, 1, 8);
        var suggestions = search.Autocomplete(new AutocompleteRequest
        {
            Prefix = prefix,
            Resident = kommun is null ? null : new ResidentScope(kommun.Code, kommun.RegionCode),
            EasyRead = false,
            MaxResults = 6,
        });
        return ApiJson.Ok<IReadOnlyList<SuggestionDto>>([.. suggestions.Select(s => new SuggestionDto(s.Title, searchQuery.UrlOf(s.Type, s.Url), s.Type.ToValue()))]);
    }

    /// <summary>The API's type values (those of the index and its facets) and the site's URL values they stand for.</summary>
    private static readonly Dictionary<string, string> TypeValues = new(StringComparer.Ordinal)
    {
        [SearchDocumentType.Article.ToValue()] = "artikel",
        [SearchDocumentType.Page.ToValue()] = "sida",
        [SearchDocumentType.ContactPoint.ToValue()] = "kontakt",
        [SearchDocumentType.Dialog.ToValue()] = "dialog",
    };
}
