namespace Halsoportal.Content.Editing;

/// <summary>Where the newest draft stands in the review step.</summary>
public enum ReviewState
{
    /// <summary>Not sent for review.</summary>
    None = 0,

    /// <summary>Sent for review; a publisher approves or returns it.</summary>
    Requested = 1,

    /// <summary>A publisher sent it back with a comment.</summary>
    Returned = 2,
}
