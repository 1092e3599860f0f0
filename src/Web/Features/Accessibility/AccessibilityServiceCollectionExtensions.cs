using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.Accessibility;

/// <summary>Registers the accessibility statement's pages' services.</summary>
public static class AccessibilityServiceCollectionExtensions
{
    /// <summary>The statement's settings (validated at start-up) and the report form's rate limit.</summary>
    public static IServiceCollection AddHalsoportalAccessibilityStatement(this IServiceCollection services)
    {
        services.AddOptions<AccessibilityStatementOptions>().BindConfiguration(AccessibilityStatementOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccessibilityStatementOptions>, AccessibilityStatementOptionsValidator>();
        services.AddSingleton<ReportLimiter>();
        return services;
    }
}
