using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.Shared;

/// <summary>Requests per client address and minute (<c>Halsoportal:RateLimits</c>), by kind of request.</summary>
public sealed class RequestRateLimitOptions
{
    public const string SectionName = "Halsoportal:RateLimits";

    /// <summary>The search page, the API's search and its suggestions while typing (a keystroke each).</summary>
    public int SearchPerMinute { get; set; } = 300;

    /// <summary>Every other API request.</summary>
    public int ApiPerMinute { get; set; } = 600;

    /// <summary>
    /// POSTs to resident pages (each step of a survey answer, receipt and invitation codes, the accessibility
    /// report), on top of their own limits per ten minutes. High enough for a school class answering a survey
    /// behind one address; low enough to make guessing codes slow.
    /// </summary>
    public int PublicPostsPerMinute { get; set; } = 300;
}

/// <summary>
/// The site-wide rate limits (security.md item 9): a fixed one-minute window per client address
/// (<see cref="ClientAddress"/>: forwarded headers count only behind a configured proxy) for
/// search, the API and resident POSTs. A refused request is a 429 with <c>Retry-After</c>, answered
/// by the status-code pages: the Swedish page for people, ProblemDetails under <c>/api</c>. Sign-in
/// has its own policy (<see cref="Editor.Account.LoginRateLimit"/>); static files, pages and the
/// backoffice are not counted here.
/// </summary>
public static class RequestRateLimits
{
    public static IServiceCollection AddRequestRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestRateLimitOptions>().BindConfiguration(RequestRateLimitOptions.SectionName)
            .Validate(o => o.SearchPerMinute > 0 && o.ApiPerMinute > 0 && o.PublicPostsPerMinute > 0, $"{RequestRateLimitOptions.SectionName}: varje gräns ska vara större än noll.")
            .ValidateOnStart();

        // The rejection (429 and Retry-After) is the one the sign-in policy set up in the same options.
        services.AddRateLimiter(options => options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition));
        return services;
    }

    /// <summary>Which window a request counts in; <c>null</c> for requests that are not limited here.</summary>
    public static string? Kind(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path;
        if (path.StartsWithSegments("/sok") || path.StartsWithSegments("/api/v1/search"))
        {
            return "search";
        }

        if (path.StartsWithSegments("/api"))
        {
            return "api";
        }

        return HttpMethods.IsPost(request.Method) && !path.StartsWithSegments("/redaktor") && !path.StartsWithSegments("/fel") ? "post" : null;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        // Run before routing, so the sign-in pages' own policy is not applied here a second time.
        var kind = Kind(context.Request);
        if (kind is null || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<RequestRateLimitOptions>>().CurrentValue;
        var permits = kind switch
        {
            "search" => limits.SearchPerMinute,
            "api" => limits.ApiPerMinute,
            _ => limits.PublicPostsPerMinute,
        };
        return RateLimitPartition.GetFixedWindowLimiter($"{kind} {permits} {ClientAddress.Key(context)}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
