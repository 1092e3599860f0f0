using System.ComponentModel;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Taxonomy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Api;

/// <summary>
/// <c>GET /api/v1/articles</c>: published articles, filtered and paged, newest change first;
/// <c>GET /api/v1/articles/{id}</c>: one of them in full, optionally with a kommun's lokalt tillägg.
/// Drafts, scheduled and unpublished articles are never here, except as a preview with a key (<see cref="ArticlePreviewApi"/>).
/// </summary>
internal static class ArticlesApi
{
    public const string Tag = "Artiklar / Articles";

    internal sealed record ListParameters(
        [property: FromQuery(Name = "municipality"), Description("Kommunens slug eller kommunkod: artiklar som syns där (egna, länets, nationella) / municipality slug or SCB code: articles visible there (its own, its county's, national)")] string? Municipality,
        [property: FromQuery(Name = "region"), Description("Länskod: länets egna artiklar och dess kommuners, inte nationella / county code: the county's own articles and its municipalities', not national ones")] string? Region,
        [property: FromQuery(Name = "topic"), Description("Ämnets slug; upprepa eller kommaseparera för något av flera / topic slug; repeat or comma-separate for any of several")] string? Topic,
        [property: FromQuery(Name = "lifeSituation"), Description("Livssituationens slug; upprepa eller kommaseparera för någon av flera / life situation slug; repeat or comma-separate for any of several")] string? LifeSituation,
        [property: FromQuery(Name = "language"), Description("Bara artiklar med text på språket (BCP 47, till exempel sv), och den texten / only articles with text in this language, and that text")] string? Language,
        [property: FromQuery(Name = "easyRead"), Description("true: bara artiklar med lättläst text, och den texten / true: only articles with an easy-to-read text, and that text")] string? EasyRead,
        [property: FromQuery(Name = "updatedSince"), Description("Ändrade från och med tidpunkten (ISO 8601; ett datum är midnatt svensk tid) / changed at or after this instant (ISO 8601; a date is Swedish midnight)")] string? UpdatedSince,
        [property: FromQuery(Name = "scope"), Description("national, region eller municipality / national, region or municipality")] string? Scope,
        [property: FromQuery(Name = "fields"), Description("summary (standard, utan brödtext) eller full / summary (default, without body) or full")] string? Fields,
        [property: FromQuery(Name = "page"), Description("1 …")] string? Page,
        [property: FromQuery(Name = "pageSize"), Description("1–100, standard 20 / 1–100, default 20")] string? PageSize);

    internal sealed record ItemParameters(
        [property: FromQuery(Name = "municipality"), Description("Kommunens slug eller kommunkod: artikeln måste synas där, och kommunens publicerade lokala tillägg följer med / municipality slug or SCB code: the article must be visible there; its published local addition is included")] string? Municipality,
        [property: FromQuery(Name = "easyRead"), Description("true: den lättlästa texten / true: the easy-to-read text")] string? EasyRead,
        [property: FromQuery(Name = "preview"), Description("true: det senaste utkastet, med API-nyckel för kommunen som äger artikeln (Authorization: Bearer) / true: the newest draft, with an API key of the owning municipality")] string? Preview);

    private static readonly Dictionary<string, ArticleScope> ScopeValues = new(StringComparer.Ordinal)
    {
        ["national"] = ArticleScope.National,
        ["region"] = ArticleScope.Region,
        ["municipality"] = ArticleScope.Kommuner,
    };

    /// <summary>The <c>scope</c> values themselves, for <see cref="ApiQuery.OneOf{T}"/> (a missing enum value would read as 0).</summary>
    private static readonly Dictionary<string, string> ScopeNames = ScopeValues.Keys.ToDictionary(k => k, StringComparer.Ordinal);

    private static readonly Dictionary<string, ApiArticleFields> FieldValues = new(StringComparer.Ordinal)
    {
        ["summary"] = ApiArticleFields.Summary,
        ["full"] = ApiArticleFields.Full,
    };

    public static RouteGroupBuilder MapArticlesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/articles", ListAsync).WithName("ListArticles").WithTags(Tag)
            .WithSummary("Publicerade artiklar, nyast ändrade först / Published articles, most recently changed first");
        api.MapGet("/articles/{id:int}", GetAsync).WithName("GetArticle").WithTags(Tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("En publicerad artikel, eller med preview=true och nyckel dess senaste utkast / One published article, or with preview=true and a key its newest draft");
        return api;
    }

    private static async Task<Results<ApiJson<ApiPage<ArticleDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListParameters parameters, [AsParameters] ArticleApiServices services, HttpRequest request, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For<ListParameters>(request);
        var paging = Paging.Read(query);
        var vocabularies = await services.Articles.GetVocabulariesAsync(cancellationToken);
        var regions = await services.Kommuner.ListByRegionAsync(cancellationToken);
        var languages = await services.Published.LanguagesAsync(cancellationToken);
        var filter = new PublishedArticleFilter
        {
            VisibleIn = await query.KommunAsync("municipality", services.Kommuner, cancellationToken),
            RegionCode = query.OneOf("region", regions.ToDictionary(r => r.Code, r => r.Code, StringComparer.Ordinal)),
            Topics = query.AllOf("topic", [.. vocabularies[TaxonomyKind.Topic].Select(t => t.Slug)]),
            LifeSituations = query.AllOf("lifeSituation", [.. vocabularies[TaxonomyKind.LifeSituation].Select(t => t.Slug)]),
            Language = query.OneOf("language", languages.ToDictionary(l => l, l => l, StringComparer.OrdinalIgnoreCase)),
            EasyRead = query.Bool("easyRead") ?? false,
            UpdatedSinceUtc = query.Instant("updatedSince")?.UtcDateTime,
            Scope = query.OneOf("scope", ScopeNames) is { } scope ? ScopeValues[scope] : null,
        };
        var fields = query.OneOf("fields", FieldValues);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var found = await services.Published.ListAsync(filter, paging.Skip, paging.PageSize, cancellationToken);
        var sources = found.Articles.Select(ArticleSource.Published).ToList();
        var context = await ArticleApiContext.LoadAsync(services, regions, sources, cancellationToken);
        var rendering = new ArticleRendering(filter.Language ?? ArticleText.Swedish, filter.EasyRead, fields == ApiArticleFields.Full, filter.VisibleIn);
        var items = sources.Select(s => context.Map(s, rendering)).OfType<ArticleDto>().ToList();
        var lastModified = items.Count == 0 ? (DateTimeOffset?)null : items.Max(i => i.Updated);
        return ApiJson.Ok(new ApiPage<ArticleDto>(items, paging.Page, paging.PageSize, found.TotalCount), lastModified: lastModified);
    }

    private static async Task<Results<ApiJson<ArticleDto>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [Description("Artikelns nummer / the article's number")] int id,
        [AsParameters] ItemParameters parameters,
        [AsParameters] ArticleApiServices services,
        [AsParameters] ArticlePreviewApi.PreviewServices previewServices,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var query = ApiQuery.For<ItemParameters>(http.Request);
        var kommun = await query.KommunAsync("municipality", services.Kommuner, cancellationToken);
        var easyRead = query.Bool("easyRead") ?? false;
        var preview = query.Bool("preview") ?? false;
        if (preview && kommun is not null)
        {
            query.Fail("municipality", "Förhandsvisning gäller kommunens egna artiklar, som inte har lokala tillägg: utelämna municipality.", "A preview shows a municipality's own article, which has no local addition: leave municipality out.");
        }

        if (!query.IsValid)
        {
            return query.Problem();
        }

        if (preview)
        {
            return await ArticlePreviewApi.PreviewAsync(id, easyRead, services, previewServices, http, cancellationToken);
        }

        var article = await services.Published.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return ApiProblems.NotFound($"Det finns ingen publicerad artikel med nummer {id}.", "No published article has that id.");
        }

        if (kommun is not null && !await services.Published.IsVisibleInAsync(id, kommun, cancellationToken))
        {
            return ApiProblems.NotFound($"Artikel {id} visas inte i {kommun.Name}.", "The article is not shown in that municipality.");
        }

        var source = ArticleSource.Published(article);
        var addition = kommun is null || easyRead || article.Scope == ArticleScope.Kommuner ? null : await services.Published.LocalAdditionAsync(id, kommun.Code, cancellationToken);
        var regions = await services.Kommuner.ListByRegionAsync(cancellationToken);
        var context = await ArticleApiContext.LoadAsync(services, regions, [source], cancellationToken);
        var dto = context.Map(source, new ArticleRendering(ArticleText.Swedish, easyRead, Full: true, kommun), addition);
        return dto is null
            ? ApiProblems.NotFound($"Artikel {id} har ingen lättläst text.", "The article has no easy-to-read text.")
            : ApiJson.Ok(dto, lastModified: dto.Updated);
    }
}
