using System.Globalization;
using System.Threading.RateLimiting;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.Editor.Account;

/// <summary>
/// A fixed window of sign-in POSTs per client address (security.md item 9), shared by the
/// password and the code step. The address is the connection's: forwarded headers count only
/// when an operator has named the proxy (<see cref="Operations.ReverseProxyOptions"/>), so a
/// client cannot pick a fresh address per request with <c>X-Forwarded-For</c>.
/// </summary>
internal static class LoginRateLimit
{
    public const string PolicyName = "redaktor-inloggning";

    public static IServiceCollection AddEditorLoginRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // No body here: the status-code pages answer with the Swedish 429 page and every security header.
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(PolicyName, context =>
            {
                // Partitions are cached by key, so reading the form must never share a key with posting it.
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var permits = context.RequestServices.GetRequiredService<IOptions<EditorSignInOptions>>().Value.LoginAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter($"post {ClientAddress.Key(context)}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }
}

/// <summary>
/// The rate-limiting middleware, run as a filter on the sign-in pages only (see
/// <c>[MiddlewareFilter]</c> there): it sits inside the site's pipeline, after the security
/// headers and status-code pages, and costs nothing on any other request.
/// </summary>
internal sealed class LoginRateLimitPipeline
{
    public static void Configure(IApplicationBuilder app) => app.UseRateLimiter();
}
