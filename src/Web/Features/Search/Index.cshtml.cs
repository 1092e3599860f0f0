using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Taxonomy;
using Halsoportal.Search.Querying;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Search;

/// <summary>The search page: GET only, so it works without JavaScript and cookies and can be bookmarked.</summary>
public sealed class IndexModel(KommunService kommuner, ArticleService articles, PublishedArticleService published, ISearchService search) : SitePageModel
{
    private const int PageSize = 10;

    public SearchQuery Query { get; private set; } = null!;

    public SearchResult? Result { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<TermRef> Topics { get; private set; } = [];

    public IReadOnlyList<TermRef> LifeSituations { get; private set; } = [];

    public IReadOnlyList<RegionListing> Regions { get; private set; } = [];

    /// <summary>Languages that published articles exist in, Swedish first: the choices of the language filter.</summary>
    public IReadOnlyList<Halsoportal.Content.Languages.SiteLanguage> Languages { get; private set; } = [];

    /// <summary>Set when <c>sprak</c> named a language the site has no texts in: the search is in Swedish instead.</summary>
    public string? UnknownLanguage { get; private set; }

    public async Task<IActionResult> OnGetAsync(
        [FromQuery(Name = "q")] string? text,
        [FromQuery(Name = "kommun")] string? kommun,
        [FromQuery(Name = "typ")] string[]? types,
        [FromQuery(Name = "amne")] string[]? topics,
        [FromQuery(Name = "livssituation")] string[]? lifeSituations,
        [FromQuery(Name = "lattlast")] string? easyRead,
        [FromQuery(Name = "sida")] string? page,
        [FromQuery(Name = "sprak")] string? language,
        CancellationToken cancellationToken)
    {
        Kommun = string.IsNullOrWhiteSpace(kommun) ? null : await kommuner.FindBySlugAsync(kommun.Trim(), cancellationToken);
        Query = new SearchQuery(
            text,
            Kommun,
            types ?? [],
            topics ?? [],
            lifeSituations ?? [],
            easyRead == "ja",
            int.TryParse(page, out var p) && p is >= 1 and <= SearchQuery.MaxPage ? p : 1,
            PageSize);
        Languages = [.. (await published.LanguagesAsync(cancellationToken))
            .Select(Halsoportal.Content.Languages.SiteLanguages.Find).OfType<Halsoportal.Content.Languages.SiteLanguage>()
            .OrderBy(l => l.Code == Halsoportal.Content.Languages.SiteLanguages.SwedishCode ? 0 : 1).ThenBy(l => l.SwedishName, Halsoportal.Content.SwedishText.Comparer)];
        var asked = language?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(asked))
        {
            if (Languages.Any(l => l.Code == asked))
            {
                Query = Query with { Language = asked };
            }
            else
            {
                UnknownLanguage = language!.Trim();
            }
        }

        var vocabularies = await articles.GetVocabulariesAsync(cancellationToken);
        Topics = [.. vocabularies[TaxonomyKind.Topic]];
        LifeSituations = [.. vocabularies[TaxonomyKind.LifeSituation]];
        Regions = await kommuner.ListByRegionAsync(cancellationToken);
        Breadcrumbs = [new("Start", "/"), .. Kommun is null ? Array.Empty<Crumb>() : [new Crumb(Kommun.Name, $"/{Kommun.Slug}")], new("Sök", null)];
        Discovery = new() { Schema = new WebPageSchema("SearchResultsPage") };
        Description = "Sök bland artiklar, kontaktpunkter och dialoger på Hälsoportal, för din kommun och hela länet.";

        // "?q=" (an empty submit) arrives as null and must say what is missing; no q at all is the blank form.
        if (!Request.Query.ContainsKey("q"))
        {
            Title = "Sök";
            return Page();
        }

        Result = search.Search(Query.ToRequest());
        if (Result.Status == SearchStatus.EmptyQuery)
        {
            Error = "Skriv vad du vill söka efter.";
            Result = null;
        }

        Title = Error is not null ? "Fel: Sök" : $"Sökresultat för ”{Result!.Query}”";
        return Page();
    }
}
