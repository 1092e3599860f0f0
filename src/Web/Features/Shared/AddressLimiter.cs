using System.Threading.RateLimiting;

namespace Halsoportal.Web.Features.Shared;

/// <summary>
/// How many times one connection may do something in a fixed ten-minute window, counted per client address
/// (IPv6 by its /64, <see cref="ClientAddress"/>). The address is used only in memory, never stored or logged.
/// </summary>
public abstract class AddressLimiter : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly PartitionedRateLimiter<string> _limiter;

    protected AddressLimiter(int permits) =>
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = Window,
            QueueLimit = 0,
        }));

    /// <summary>Null when the request may go ahead; otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(ClientAddress.Key(context));
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
    }

    public void Dispose()
    {
        _limiter.Dispose();
        GC.SuppressFinalize(this);
    }
}
