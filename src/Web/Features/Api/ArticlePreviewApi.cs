using Halsoportal.Content.ApiKeys;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Halsoportal.Web.Features.Api;

/// <summary>
/// <c>GET /api/v1/articles/{id}?preview=true</c> with <c>Authorization: Bearer &lt;key&gt;</c>: the
/// article's newest draft, for a kommun's own website to show before publishing. A key belongs to
/// one kommun and previews only the articles that kommun owns (never regional or national ones,
/// nor articles another kommun owns and shares). Without a valid key the answer is 401, for
/// another owner's article 403, and the draft text is never in either. Previews are never stored
/// by shared caches.
/// </summary>
internal static class ArticlePreviewApi
{
    private const string Scheme = "Bearer";

    /// <summary>What a preview reads from, injected as one parameter.</summary>
    internal sealed record PreviewServices(ApiKeyService Keys, ArticleDraftReader Drafts);

    public static async Task<Results<ApiJson<ArticleDto>, ValidationProblem, ProblemHttpResult>> PreviewAsync(
        int id, bool easyRead, ArticleApiServices services, PreviewServices preview, HttpContext http, CancellationToken cancellationToken)
    {
        var presented = BearerToken(http.Request);
        var grant = presented is null ? null : await preview.Keys.ValidateAsync(presented, cancellationToken);
        if (grant is null)
        {
            http.Response.Headers.WWWAuthenticate = presented is null ? $"{Scheme} realm=\"halsoportal\"" : $"{Scheme} realm=\"halsoportal\", error=\"invalid_token\"";
            return presented is null
                ? Unauthorized("Förhandsvisning kräver kommunens API-nyckel i Authorization: Bearer <nyckel>.", "Preview needs the municipality's API key as Authorization: Bearer <key>.")
                : Unauthorized("Nyckeln är okänd eller återkallad.", "The key is unknown or revoked.");
        }

        var newest = await preview.Drafts.NewestAsync(id, cancellationToken);
        if (newest is null)
        {
            return ApiProblems.NotFound($"Det finns ingen artikel med nummer {id}.", "No article has that id.");
        }

        if (newest.Article.OwnerKommunCode != grant.KommunCode)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Nyckeln gäller inte artikeln / The key does not cover this article",
                detail: "En API-nyckel förhandsvisar bara artiklar som dess egen kommun äger. / A key previews only articles its own municipality owns.",
                type: "https://tools.ietf.org/html/rfc9110#section-15.5.4");
        }

        var source = ArticleSource.Draft(newest.Article, newest.Draft, newest.Version);
        var regions = await services.Kommuner.ListByRegionAsync(cancellationToken);
        var context = await ArticleApiContext.LoadAsync(services, regions, [source], cancellationToken);
        var dto = context.Map(source, new ArticleRendering(ArticleText.Swedish, easyRead, Full: true, Kommun: null));
        return dto is null
            ? ApiProblems.NotFound($"Utkastet till artikel {id} har ingen lättläst text.", "The draft has no easy-to-read text.")
            : ApiJson.Ok(dto, ApiCaching.Private);
    }

    /// <summary>The key after "Bearer ", or null when the header is missing or has another scheme.</summary>
    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var key = header[(Scheme.Length + 1)..].Trim();
        return key.Length == 0 ? null : key;
    }

    private static ProblemHttpResult Unauthorized(string swedish, string english) => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Nyckeln saknas eller gäller inte / Missing or invalid API key",
        detail: $"{swedish} / {english}",
        type: "https://tools.ietf.org/html/rfc9110#section-15.5.2");
}
