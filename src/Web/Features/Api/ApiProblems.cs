using Microsoft.AspNetCore.Http.HttpResults;

namespace Halsoportal.Web.Features.Api;

/// <summary>The API's error answers: RFC 9457 problem details, every message in Swedish and English.</summary>
public static class ApiProblems
{
    /// <summary>400 with one or more messages per bad parameter.</summary>
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Ogiltiga parametrar / Invalid parameters", type: "https://tools.ietf.org/html/rfc9110#section-15.5.1");

    /// <summary>404 for an id or slug that names nothing published.</summary>
    public static ProblemHttpResult NotFound(string swedish, string english) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Finns inte / Not found", detail: $"{swedish} / {english}", type: "https://tools.ietf.org/html/rfc9110#section-15.5.5");

    /// <summary>405: the API is read-only.</summary>
    public static ProblemHttpResult MethodNotAllowed() =>
        TypedResults.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Metoden stöds inte / Method not allowed", detail: "API:t är skrivskyddat: använd GET. / The API is read-only: use GET.", type: "https://tools.ietf.org/html/rfc9110#section-15.5.6");

    /// <summary>Swedish and English titles for problems the framework writes itself (unknown routes, 405, 500).</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        problem.Title = problem.Status switch
        {
            StatusCodes.Status404NotFound when problem.Title is null or "Not Found" => "Finns inte / Not found",
            StatusCodes.Status405MethodNotAllowed when problem.Title is null or "Method Not Allowed" => "Metoden stöds inte / Method not allowed",
            StatusCodes.Status500InternalServerError => "Ett fel uppstod hos oss; försök igen om en stund / Internal error, please try again later",
            StatusCodes.Status503ServiceUnavailable when problem.Title is null or "Service Unavailable" => "Tjänsten är tillfälligt otillgänglig; försök igen om en stund / Service temporarily unavailable, please try again later",
            StatusCodes.Status429TooManyRequests when problem.Title is null or "Too Many Requests" => "För många förfrågningar; vänta och försök igen / Too many requests, please wait and try again",
            StatusCodes.Status413PayloadTooLarge when problem.Title is null or "Payload Too Large" or "Content Too Large" => "För mycket data / Request body too large",
            StatusCodes.Status401Unauthorized when problem.Title is null or "Unauthorized" => "Nyckeln saknas eller gäller inte / Missing or invalid API key",
            _ => problem.Title,
        };
        Shared.StoreUnavailable.AddRetryAfter(context.HttpContext.Response);
    }
}

/// <summary>One page of a list: the items, where the page is, and how many there are in all.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalItems)
{
    public int PageCount => TotalItems == 0 ? 0 : ((TotalItems - 1) / PageSize) + 1;
}

/// <summary>Which page of a list was asked for.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 10_000;

    /// <summary>Reads <c>page</c> (1…) and <c>pageSize</c> (1…<paramref name="maxPageSize"/>).</summary>
    public static Paging Read(ApiQuery query, int defaultPageSize = DefaultPageSize, int maxPageSize = MaxPageSize)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new Paging(query.WholeNumber("page", 1, 1, MaxPage), query.WholeNumber("pageSize", defaultPageSize, 1, maxPageSize));
    }

    public int Skip => (Page - 1) * PageSize;

    /// <summary>This page of an in-memory list.</summary>
    public ApiPage<T> Of<T>(IReadOnlyCollection<T> all) => new([.. all.Skip(Skip).Take(PageSize)], Page, PageSize, all.Count);
}
