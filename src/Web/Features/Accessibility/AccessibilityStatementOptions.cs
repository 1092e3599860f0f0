using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.Accessibility;

/// <summary>
/// Who stands behind the service in the accessibility statement (<c>Halsoportal:Accessibility</c>). A region
/// sets its own name; the defaults describe the demo install.
/// </summary>
public sealed class AccessibilityStatementOptions
{
    public const string SectionName = "Halsoportal:Accessibility";

    /// <summary>The body responsible for the service ("Region Västernorrland"), as the statement names it.</summary>
    public string Organisation { get; set; } = "Region Västernorrland och Region Jönköpings län tillsammans med kommunerna i länen";

    /// <summary>The service's name.</summary>
    public string ServiceName { get; set; } = "Hälsoportal";

    /// <summary>An e-mail address for questions about accessibility, shown beside the form; optional.</summary>
    public string? ContactEmail { get; set; }

    /// <summary>A telephone number for the same, shown beside the form; optional.</summary>
    public string? ContactPhone { get; set; }

    /// <summary>Reports one client address may send in ten minutes (the address is used in memory only).</summary>
    public int ReportsPerAddress { get; set; } = 5;
}

/// <summary>Checks the statement's settings at start-up, with messages for the operator.</summary>
public sealed class AccessibilityStatementOptionsValidator : IValidateOptions<AccessibilityStatementOptions>
{
    public ValidateOptionsResult Validate(string? name, AccessibilityStatementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Organisation))
        {
            failures.Add($"{AccessibilityStatementOptions.SectionName}:Organisation is empty: name the region or body responsible for the site, as the accessibility statement must.");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceName))
        {
            failures.Add($"{AccessibilityStatementOptions.SectionName}:ServiceName is empty: name the service the statement is for.");
        }

        if (options.ContactEmail is { Length: > 0 } email && (!email.Contains('@', StringComparison.Ordinal) || email.Any(char.IsWhiteSpace)))
        {
            failures.Add($"{AccessibilityStatementOptions.SectionName}:ContactEmail '{email}' is not an e-mail address.");
        }

        if (options.ReportsPerAddress < 1)
        {
            failures.Add($"{AccessibilityStatementOptions.SectionName}:ReportsPerAddress is {options.ReportsPerAddress}; it must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
