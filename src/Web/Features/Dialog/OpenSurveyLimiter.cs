using System.Threading.RateLimiting;
using Halsoportal.Web.Features.Shared;

namespace Halsoportal.Web.Features.Dialog;

/// <summary>
/// How many answers one connection may send to open surveys: a fixed window per client address
/// (IPv6 by its /64, as for sign-in). Surveys with invitation codes are not limited — each code
/// admits one answer already. The address is used only in memory, never stored or logged.
/// </summary>
public sealed class OpenSurveyLimiter : IDisposable
{
    /// <summary>Configuration key for the answers allowed per address and window (default 30: a meeting on one Wi-Fi).</summary>
    public const string PermitsKey = "Halsoportal:Dialog:OpenAnswersPerAddress";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly PartitionedRateLimiter<string> _limiter;

    public OpenSurveyLimiter(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var permits = configuration.GetValue(PermitsKey, 30);
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = Window,
            QueueLimit = 0,
        }));
    }

    /// <summary>Null when the answer may be sent; otherwise how long to wait.</summary>
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
