using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.Operations;

/// <summary>
/// The reverse proxies an operator trusts (<c>Halsoportal:ReverseProxy:KnownProxies</c>, IP
/// addresses). Empty by default, and then <c>X-Forwarded-*</c> headers are ignored: the client
/// address is the connection's, which is what the sign-in rate limit counts per (security.md item 9).
/// </summary>
internal sealed class ReverseProxyOptions
{
    public const string SectionName = "Halsoportal:ReverseProxy";

    public IList<string> KnownProxies { get; } = [];
}

/// <summary>Messages for the operator when a proxy address is not an IP address.</summary>
internal sealed class ReverseProxyOptionsValidator : IValidateOptions<ReverseProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ReverseProxyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bad = options.KnownProxies.Where(p => !IPAddress.TryParse(p, out _)).ToList();
        return bad.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{ReverseProxyOptions.SectionName}:KnownProxies ska bara innehålla IP-adresser (till exempel 10.0.0.5); detta är inte det: {string.Join(", ", bad.Select(b => $"”{b}”"))}.");
    }
}

/// <summary>
/// Reads <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> first in the pipeline, and only
/// from the configured proxies, one hop deep.
/// </summary>
internal sealed class ReverseProxyStartupFilter(IOptions<ReverseProxyOptions> options) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (options.Value.KnownProxies.Count > 0)
        {
            var forwarded = new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
                ForwardLimit = 1,
            };

            // The defaults trust loopback; only what the operator named counts.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in options.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            app.UseForwardedHeaders(forwarded);
        }

        next(app);
    };
}
