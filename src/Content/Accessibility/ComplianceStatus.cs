namespace Halsoportal.Content.Accessibility;

/// <summary>Digg's three levels of compliance with the DOS law.</summary>
public enum ComplianceStatus
{
    /// <summary>Helt förenlig: assessed, and no known gap is open.</summary>
    Full,

    /// <summary>Delvis förenlig: open gaps, or never assessed.</summary>
    Partial,

    /// <summary>Inte förenlig: open gaps fail at least half of the WCAG A/AA criteria.</summary>
    NotCompliant,
}

/// <summary>How the statement's compliance status follows from its data; nobody types the status in.</summary>
public static class Compliance
{
    /// <summary>
    /// Helt förenlig only with an assessment and no open gap. Digg calls a service inte förenlig when most
    /// requirements are not met: here when open gaps name at least half of the WCAG 2.2 A/AA criteria.
    /// Everything in between is delvis förenlig.
    /// </summary>
    public static ComplianceStatus Of(IEnumerable<AccessibilityGap> openGaps, DateOnly? assessedOn)
    {
        ArgumentNullException.ThrowIfNull(openGaps);
        var gaps = openGaps.ToList();
        var failed = gaps.Select(g => g.WcagCriterion).Where(c => c is not null).Distinct(StringComparer.Ordinal).Count();
        if (failed * 2 >= WcagCriteria.All.Count)
        {
            return ComplianceStatus.NotCompliant;
        }

        return gaps.Count == 0 && assessedOn is not null ? ComplianceStatus.Full : ComplianceStatus.Partial;
    }

    /// <summary>"helt förenlig", "delvis förenlig" or "inte förenlig".</summary>
    public static string Words(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Full => "helt förenlig",
        ComplianceStatus.Partial => "delvis förenlig",
        _ => "inte förenlig",
    };
}
