using Halsoportal.Web.Features.Shared;

namespace Halsoportal.Web.Features.Dialog;

/// <summary>
/// How many answers one connection may send to open surveys in ten minutes (as for sign-in, by address).
/// Surveys with invitation codes are not limited — each code admits one answer already.
/// </summary>
public sealed class OpenSurveyLimiter(IConfiguration configuration)
    : AddressLimiter((configuration ?? throw new ArgumentNullException(nameof(configuration))).GetValue(PermitsKey, 30))
{
    /// <summary>Configuration key for the answers allowed per address and window (default 30: a meeting on one Wi-Fi).</summary>
    public const string PermitsKey = "Halsoportal:Dialog:OpenAnswersPerAddress";
}
