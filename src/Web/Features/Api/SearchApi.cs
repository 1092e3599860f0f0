using System.Globalization;
using Halsoportal.Content.Kommuner;
using Halsoportal.Search.Documents;
using Halsoportal.Search.Querying;
using Halsoportal.Web.Features.Search;

namespace Halsoportal.Web.Features.Api;

/// <summary><c>GET /api/v1/search</c>: the same search as <c>/sok</c>, as JSON.</summary>
internal static class SearchApi
{
    private const int DefaultPageSize = 10;
    private const int MaxPageSize = 50;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/search", SearchAsync).WithName("Search");
        endpoints.MapGet("/api/v1/search/suggest", SuggestAsync).WithName("SearchSuggest");
        return endpoints;
    }

    private static async Task<IResult> SearchAsync(HttpContext context, KommunService kommuner, ISearchService search, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var page = ParseInt(query, "sida", 1, 1, SearchQuery.MaxPage, errors);
        var pageSize = ParseInt(query, "per_sida", DefaultPageSize, 1, MaxPageSize, errors);
        var types = query["typ"].Where(v => v is not null).Select(v => v!).ToList();
        foreach (var type in types.Where(t => !SearchQuery.TypeValues.ContainsKey(t)))
        {
            errors["typ"] = [$"Okänd typ ”{type}”. Tillåtna: {string.Join(", ", SearchQuery.TypeValues.Keys)}. / Unknown type."];
        }

        var easyRead = query["lattlast"].ToString() switch
        {
            "" or "false" or "nej" => false,
            "true" or "ja" => true,
            var other => AddError(errors, "lattlast", $"”{other}” är inte true eller false. / Not a boolean."),
        };

        var kommun = await KommunAsync(query, kommuner, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var request = new SearchQuery(query["q"], kommun, types, [.. query["amne"].Select(v => v!)], [.. query["livssituation"].Select(v => v!)], easyRead, page, pageSize);
        var result = search.Search(request.ToRequest());
        return Results.Ok(new
        {
            query = result.Query,
            status = result.Status == SearchStatus.EmptyQuery ? "emptyQuery" : "ok",
            totalHits = result.TotalHits,
            page = result.Page,
            pageSize = result.PageSize,
            pageCount = result.PageCount,
            didYouMean = result.DidYouMean,
            matchedSomeWordsOnly = result.MatchedSomeWordsOnly,
            ignoredFilterValues = result.IgnoredFilterValues,
            hits = result.Hits.Select(h => new
            {
                id = h.Id,
                type = SearchDocumentTypes.ToValue(h.Type),
                language = h.Language,
                easyRead = h.IsEasyRead,
                title = h.Title,
                titleHtml = h.TitleHtml,
                snippetHtml = h.SnippetHtml,
                url = request.UrlOf(h),
                kommunCodes = h.KommunCodes,
                regionCode = h.RegionCode,
                topics = h.Topics,
                lifeSituations = h.LifeSituations,
                updated = h.Updated,
            }),
            facets = result.Facets,
        });
    }

    /// <summary>Title suggestions while typing (the combobox on the search fields).</summary>
    private static async Task<IResult> SuggestAsync(HttpContext context, KommunService kommuner, ISearchService search, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var kommun = await KommunAsync(query, kommuner, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var request = new SearchQuery(null, kommun, [], [], [], false, 1, 8);
        var suggestions = search.Autocomplete(new AutocompleteRequest
        {
            Prefix = query["q"],
            Resident = kommun is null ? null : new ResidentScope(kommun.Code, kommun.RegionCode),
            EasyRead = false,
            MaxResults = 6,
        });

        // Suggestions change with every publish but are cheap; let the browser reuse them briefly.
        context.Response.Headers.CacheControl = "public, max-age=60";
        return Results.Ok(suggestions.Select(s => new
        {
            title = s.Title,
            url = request.UrlOf(s.Type, s.Url),
            type = SearchDocumentTypes.ToValue(s.Type),
        }));
    }

    /// <summary>The optional <c>kommun</c> parameter: a kommun slug, or an error naming it.</summary>
    private static async Task<KommunRef?> KommunAsync(IQueryCollection query, KommunService kommuner, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var slug = query["kommun"].ToString();
        if (slug.Length == 0)
        {
            return null;
        }

        var kommun = await kommuner.FindBySlugAsync(slug, cancellationToken);
        if (kommun is null)
        {
            errors["kommun"] = [$"Kommunen ”{slug}” finns inte. Ange en kommuns slug, till exempel ”ornskoldsvik”. / Unknown kommun."];
        }

        return kommun;
    }

    private static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "Ogiltiga parametrar / Invalid parameters", type: "https://tools.ietf.org/html/rfc9110#section-15.5.1");

    private static int ParseInt(IQueryCollection query, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        var raw = query[name].ToString();
        if (raw.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [$"”{raw}” ska vara ett heltal från {min} till {max}. / Must be an integer from {min} to {max}."];
        return fallback;
    }

    private static bool AddError(Dictionary<string, string[]> errors, string name, string message)
    {
        errors[name] = [message];
        return false;
    }
}
