namespace Halsoportal.Web;

/// <summary>
/// Security headers on every response, error pages and static files included (security.md item 5).
/// The policy allows no inline script or style and nothing from other origins: residents' pages
/// make no third-party requests.
/// </summary>
internal static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; img-src 'self' data:";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                // A page may ask for less (preview links send no referrer at all); never for more.
                headers.TryAdd("Referrer-Policy", "same-origin");
                headers["Permissions-Policy"] = "camera=(), microphone=(), payment=(), interest-cohort=(), geolocation=(self)";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                if (context.Request.IsHttps && !context.Items.ContainsKey(LoopbackScheme.Marker))
                {
                    headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
