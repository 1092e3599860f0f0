namespace Halsoportal.Content.Editing.Checks;

/// <summary>The outcome of <see cref="PublishChecks.Run"/>.</summary>
/// <param name="Findings">Blocking findings and advice, main image first, then field by field in document order.</param>
/// <param name="StandardLix">LIX of title, ingress and body; null when the text has no words.</param>
/// <param name="EasyReadLix">LIX of the lättläst variant; null when there is none or it has no words.</param>
public sealed record PublishCheckReport(
    IReadOnlyList<PublishCheckFinding> Findings,
    LixResult? StandardLix,
    LixResult? EasyReadLix)
{
    /// <summary>True when any finding is <see cref="PublishCheckSeverity.Blocking"/>.</summary>
    public bool BlocksPublishing => Findings.Any(f => f.Severity == PublishCheckSeverity.Blocking);

    /// <summary>True when any finding is a <see cref="PublishCheckSeverity.Warning"/>: publishing then needs a written reason.</summary>
    public bool NeedsReason => Findings.Any(f => f.Severity == PublishCheckSeverity.Warning);
}
