using Halsoportal.Web.Features.Shared;
using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.Accessibility;

/// <summary>How many accessibility reports one connection may send in ten minutes, like the open surveys.</summary>
public sealed class ReportLimiter(IOptions<AccessibilityStatementOptions> options)
    : AddressLimiter((options ?? throw new ArgumentNullException(nameof(options))).Value.ReportsPerAddress);
