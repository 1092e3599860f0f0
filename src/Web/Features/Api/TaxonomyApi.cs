using System.ComponentModel;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Taxonomy;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Halsoportal.Web.Features.Api;

/// <summary><c>/api/v1/topics</c> and <c>/api/v1/life-situations</c>: the vocabularies articles are tagged with.</summary>
internal static class TaxonomyApi
{
    private const string Tag = "Ämnen och livssituationer / Topics and life situations";

    /// <summary>A topic or life situation.</summary>
    public sealed record TermDto(
        [property: Description("Termens del av webbadresser och filter, ändras aldrig / the term's URL and filter value; never changes")] string Slug,
        string Name,
        [property: Description("En mening om termen / one sentence about the term")] string Description,
        [property: Description("Antal publicerade artiklar i hela landet med termen / published articles carrying it, nationwide")] int ArticleCount,
        [property: Description("Termens sida på webbplatsen, när den har en / its page on the site, when it has one")] string? Url);

    public static RouteGroupBuilder MapTaxonomyApi(this RouteGroupBuilder api)
    {
        api.MapGet("/topics", (HttpRequest request, PublishedArticleService articles, CancellationToken cancellationToken) =>
                ListAsync(TaxonomyKind.Topic, request, articles, cancellationToken))
            .WithName("ListTopics").WithTags(Tag).WithSummary("Alla ämnen / Every topic");
        api.MapGet("/topics/{slug}", ([Description("Ämnets slug / topic slug")] string slug, HttpRequest request, PublishedArticleService articles, CancellationToken cancellationToken) =>
                GetAsync(TaxonomyKind.Topic, slug, request, articles, cancellationToken))
            .WithName("GetTopic").WithTags(Tag).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Ett ämne / One topic");
        api.MapGet("/life-situations", (HttpRequest request, PublishedArticleService articles, CancellationToken cancellationToken) =>
                ListAsync(TaxonomyKind.LifeSituation, request, articles, cancellationToken))
            .WithName("ListLifeSituations").WithTags(Tag).WithSummary("Alla livssituationer / Every life situation");
        api.MapGet("/life-situations/{slug}", ([Description("Livssituationens slug / life situation slug")] string slug, HttpRequest request, PublishedArticleService articles, CancellationToken cancellationToken) =>
                GetAsync(TaxonomyKind.LifeSituation, slug, request, articles, cancellationToken))
            .WithName("GetLifeSituation").WithTags(Tag).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("En livssituation / One life situation");
        return api;
    }

    private static async Task<Results<ApiJson<IReadOnlyList<TermDto>>, ValidationProblem>> ListAsync(
        TaxonomyKind kind, HttpRequest request, PublishedArticleService articles, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For(request);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        return ApiJson.Ok(await TermsAsync(kind, articles, cancellationToken));
    }

    private static async Task<Results<ApiJson<TermDto>, ValidationProblem, ProblemHttpResult>> GetAsync(
        TaxonomyKind kind, string slug, HttpRequest request, PublishedArticleService articles, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For(request);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var term = (await TermsAsync(kind, articles, cancellationToken)).FirstOrDefault(t => t.Slug == slug);
        if (term is not null)
        {
            return ApiJson.Ok(term);
        }

        return kind == TaxonomyKind.Topic
            ? ApiProblems.NotFound($"Det finns inget ämne ”{slug}”. Se /api/v1/topics.", "No such topic; see /api/v1/topics.")
            : ApiProblems.NotFound($"Det finns ingen livssituation ”{slug}”. Se /api/v1/life-situations.", "No such life situation; see /api/v1/life-situations.");
    }

    private static async Task<IReadOnlyList<TermDto>> TermsAsync(TaxonomyKind kind, PublishedArticleService articles, CancellationToken cancellationToken)
    {
        var terms = await articles.TermsAsync(kind, cancellationToken);
        var counts = await articles.CountByTermAsync(cancellationToken);
        return [.. terms.Select(t => new TermDto(
            t.Slug,
            t.Name,
            t.Description,
            counts.GetValueOrDefault(t.Id),
            kind == TaxonomyKind.Topic ? Format.TopicUrl(t.Slug, null) : null))];
    }
}
