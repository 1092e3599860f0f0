namespace Halsoportal.Content.Accessibility;

/// <summary>
/// The statement's dates, a single row: when the statement was first made, when the service was last
/// assessed, and when the statement last changed (any gap or assessment change moves it).
/// </summary>
public sealed class AccessibilityAssessment
{
    /// <summary>Always <see cref="SingleId"/>.</summary>
    public int Id { get; init; } = SingleId;

    public const int SingleId = 1;

    /// <summary>The day the statement was first published (the install's first start).</summary>
    public DateOnly FirstPublished { get; set; }

    /// <summary>The day of the latest assessment (automated suite run and manual review); null before the first.</summary>
    public DateOnly? AssessedOn { get; set; }

    /// <summary>The day the statement last changed: a gap added, changed or fixed, or a new assessment.</summary>
    public DateOnly Updated { get; set; }

    /// <summary>Concurrency token.</summary>
    public int Version { get; set; }
}
