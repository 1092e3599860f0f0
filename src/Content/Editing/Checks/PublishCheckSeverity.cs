namespace Halsoportal.Content.Editing.Checks;

/// <summary>Whether a finding stops publishing.</summary>
public enum PublishCheckSeverity
{
    /// <summary>Must be fixed before the article can be published.</summary>
    Blocking = 1,

    /// <summary>Shown to the editor; publishing is allowed.</summary>
    Advice = 2,

    /// <summary>Should be fixed; the editor may publish anyway only with a written reason, which the audit log keeps.</summary>
    Warning = 3,
}
