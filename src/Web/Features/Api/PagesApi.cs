using System.ComponentModel;
using Halsoportal.Content.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Halsoportal.Web.Features.Api;

/// <summary><c>/api/v1/pages</c>: the site's own pages (about, privacy, accessibility statement).</summary>
internal static class PagesApi
{
    private const string Tag = "Sidor / Pages";

    /// <summary>One of the site's own pages.</summary>
    public sealed record PageDto(
        [property: Description("Sidans adress under webbplatsens rot / the page's path under the site root")] string Slug,
        string Title,
        string? Ingress,
        [property: Description("Brödtexten som HTML, bara tillåtna element / the body as allow-listed HTML")] string BodyHtml,
        [property: Description("Brödtexten som ren text med stycken / the body as plain text with paragraphs")] string BodyText,
        [property: Description("Senast uppdaterad / last updated")] DateOnly Updated,
        string Url);

    public static RouteGroupBuilder MapPagesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/pages", ListAsync).WithName("ListPages").WithTags(Tag)
            .WithSummary("Webbplatsens egna sidor / The site's own pages");
        api.MapGet("/pages/{slug}", GetAsync).WithName("GetPage").WithTags(Tag).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("En sida / One page");
        return api;
    }

    private static async Task<Results<ApiJson<IReadOnlyList<PageDto>>, ValidationProblem>> ListAsync(
        HttpRequest request, PageService pages, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For(request);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var all = await pages.ListAsync(cancellationToken);
        return ApiJson.Ok<IReadOnlyList<PageDto>>([.. all.Select(ToDto)]);
    }

    private static async Task<Results<ApiJson<PageDto>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [Description("Sidans slug, till exempel om / the page's slug, e.g. om")] string slug, HttpRequest request, PageService pages, CancellationToken cancellationToken)
    {
        var query = ApiQuery.For(request);
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var page = await pages.GetAsync(slug, cancellationToken);
        return page is null
            ? ApiProblems.NotFound($"Det finns ingen sida ”{slug}”. Se /api/v1/pages.", "No such page; see /api/v1/pages.")
            : ApiJson.Ok(ToDto(page));
    }

    private static PageDto ToDto(PageView page) =>
        new(page.Slug, page.Title, page.Ingress, page.BodyHtml, HtmlText.ToPlainText(page.BodyHtml), page.Updated, $"/{page.Slug}");
}
