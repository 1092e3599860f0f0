namespace Halsoportal.Content.Editing.Diff;

/// <summary>Whether a piece of text is in both versions, only the newer one, or only the older one.</summary>
public enum DiffKind
{
    /// <summary>In both versions.</summary>
    Unchanged = 0,

    /// <summary>Only in the newer version.</summary>
    Added = 1,

    /// <summary>Only in the older version.</summary>
    Removed = 2,
}
