using Halsoportal.Content.Kommuner;
using Halsoportal.Search.Documents;
using Halsoportal.Search.Querying;

namespace Halsoportal.Web.Features.Search;

/// <summary>
/// The search parameters as residents' URLs carry them (Swedish names, one shape for the page and
/// the API), and how they become an engine request.
/// </summary>
public sealed record SearchQuery(
    string? Text,
    KommunRef? Kommun,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> LifeSituations,
    bool EasyRead,
    int Page,
    int PageSize)
{
    /// <summary>The language searched (BCP 47): Swedish unless <c>sprak</c> names a translation language.</summary>
    public string Language { get; init; } = Halsoportal.Content.Languages.SiteLanguages.SwedishCode;

    public const int MaxPage = 1000;

    /// <summary>URL values for the type filter and the engine's types they stand for.</summary>
    public static readonly IReadOnlyDictionary<string, SearchDocumentType> TypeValues = new Dictionary<string, SearchDocumentType>(StringComparer.Ordinal)
    {
        ["artikel"] = SearchDocumentType.Article,
        ["sida"] = SearchDocumentType.Page,
        ["kontakt"] = SearchDocumentType.ContactPoint,
        ["dialog"] = SearchDocumentType.Dialog,
    };

    /// <summary>The engine request; unknown type values are dropped (and reported by the engine's other filters).</summary>
    public SearchRequest ToRequest() => new()
    {
        Query = Text,
        Resident = Kommun is null ? null : new ResidentScope(Kommun.Code, Kommun.RegionCode),
        Types = [.. Types.Where(TypeValues.ContainsKey).Select(t => TypeValues[t])],
        Topics = Topics,
        LifeSituations = LifeSituations,
        EasyRead = EasyRead,
        Language = Language,
        Page = Page,
        PageSize = PageSize,
    };

    /// <summary>The resident-facing URL of a hit: articles open inside the chosen kommun.</summary>
    public string UrlOf(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return UrlOf(hit.Type, hit.Url);
    }

    /// <summary>The resident-facing URL of an indexed item's canonical path.</summary>
    public string UrlOf(SearchDocumentType type, string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Kommun is not null && type == SearchDocumentType.Article && url.StartsWith("/artikel/", StringComparison.Ordinal)
            ? $"/{Kommun.Slug}/{url["/artikel/".Length..]}"
            : url;
    }

    /// <summary>The query string for this search with other values; filters kept, page reset unless given.</summary>
    public string Url(string? text = null, int page = 1)
    {
        var parts = new List<string>();
        void Add(string key, string value) => parts.Add($"{key}={Uri.EscapeDataString(value)}");
        Add("q", text ?? Text ?? "");
        if (Kommun is not null)
        {
            Add("kommun", Kommun.Slug);
        }

        Types.ToList().ForEach(v => Add("typ", v));
        Topics.ToList().ForEach(v => Add("amne", v));
        LifeSituations.ToList().ForEach(v => Add("livssituation", v));
        if (EasyRead)
        {
            Add("lattlast", "ja");
        }

        if (Language != Halsoportal.Content.Languages.SiteLanguages.SwedishCode)
        {
            Add("sprak", Language);
        }

        if (page > 1)
        {
            Add("sida", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/sok?" + string.Join('&', parts);
    }
}
