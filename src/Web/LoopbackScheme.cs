using System.Net;

namespace Halsoportal.Web;

/// <summary>
/// The backoffice's cookies are <c>__Host-</c> and Secure, and antiforgery refuses to issue them
/// on a plain-HTTP request. Browsers treat <c>http://localhost</c> as a secure context, so on a
/// developer's machine (<c>dotnet run</c>, the browser tests) a loopback request to a loopback host
/// is handled as HTTPS. This only ever makes cookies stricter: a Secure cookie is never sent over
/// a real network in clear text.
/// </summary>
internal static class LoopbackScheme
{
    /// <summary>Set on requests that are HTTPS only by this rule: they get no HSTS header (it would pin localhost).</summary>
    public const string Marker = "Halsoportal.LoopbackAsSecure";

    public static IApplicationBuilder UseLoopbackAsSecure(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (!request.IsHttps
                && context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
                && request.Host.Host is "localhost" or "127.0.0.1" or "[::1]" or "::1")
            {
                request.Scheme = Uri.UriSchemeHttps;
                context.Items[Marker] = true;
            }

            return next(context);
        });
}
