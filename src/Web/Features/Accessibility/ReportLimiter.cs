using System.Threading.RateLimiting;
using Halsoportal.Web.Features.Shared;
using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.Accessibility;

/// <summary>
/// How many accessibility reports one connection may send: a fixed ten-minute window per client address
/// (IPv6 by its /64), like the open surveys. The address is used only in memory, never stored or logged.
/// </summary>
public sealed class ReportLimiter : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly PartitionedRateLimiter<string> _limiter;

    public ReportLimiter(IOptions<AccessibilityStatementOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var permits = options.Value.ReportsPerAddress;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = Window,
            QueueLimit = 0,
        }));
    }

    /// <summary>Null when the report may be sent; otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(ClientAddress.Key(context));
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
    }

    public void Dispose() => _limiter.Dispose();
}
