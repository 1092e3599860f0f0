namespace Halsoportal.Content.Editing.Checks;

/// <summary>One thing a publish check found.</summary>
/// <param name="Code">What was found.</param>
/// <param name="Severity">Whether it blocks publishing.</param>
/// <param name="Field">The <see cref="ArticleDraft"/> property it concerns ("Body", "EasyReadBody", "ImageMediaId"), so the UI can link to the field.</param>
/// <param name="Message">Swedish, written for the editor: what is wrong and what to do.</param>
/// <param name="Line">1-based line in the field's Markdown, when the finding is at one place.</param>
public sealed record PublishCheckFinding(
    PublishCheckCode Code,
    PublishCheckSeverity Severity,
    string Field,
    string Message,
    int? Line = null);
