namespace Halsoportal.Content.Accessibility;

/// <summary>
/// A known accessibility gap (brist) in the service, kept by region and system administrators and shown in the
/// accessibility statement until it is fixed. Digg asks for what does not work, why, and when it will.
/// </summary>
public sealed class AccessibilityGap
{
    public int Id { get; set; }

    /// <summary>What does not work, in a line ("Kartan i kontaktpunktssökningen går inte att använda med tangentbord").</summary>
    public required string Title { get; set; }

    /// <summary>Who it affects, why it is not accessible (the reason) and what to do meanwhile.</summary>
    public required string Description { get; set; }

    /// <summary>The WCAG 2.2 success criterion it fails ("1.4.10"), when one applies.</summary>
    public string? WcagCriterion { get; set; }

    /// <summary>When it is planned to be fixed, when that is known.</summary>
    public DateOnly? PlannedFix { get; set; }

    /// <summary>The day it was fixed; null while the gap is open. A fixed gap leaves the statement.</summary>
    public DateOnly? FixedOn { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    /// <summary>Concurrency token: two administrators saving the same gap, one wins.</summary>
    public int Version { get; set; }
}
