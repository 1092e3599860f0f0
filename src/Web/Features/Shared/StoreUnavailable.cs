using System.Globalization;
using Halsoportal.Content.Storage;

namespace Halsoportal.Web.Features.Shared;

/// <summary>
/// A store failure that escapes a page or endpoint (disk full, read-only, locked database:
/// <see cref="StoreFailures"/> decides) becomes a 503 with <c>Retry-After</c> — the Swedish error
/// page for people, ProblemDetails for <c>/api</c> — never a 500 and never a 2xx (security.md item 13).
/// </summary>
public static class StoreUnavailable
{
    /// <summary>How long a client is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 30;

    /// <summary>The exception handlers' status code selector: 503 for a store failure, otherwise 500.</summary>
    public static int StatusFor(Exception exception) =>
        StoreFailures.IsUnavailable(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    /// <summary>Adds <c>Retry-After</c> to a 503 that has none.</summary>
    public static void AddRetryAfter(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode == StatusCodes.Status503ServiceUnavailable && !response.Headers.ContainsKey("Retry-After"))
        {
            response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }
    }
}
