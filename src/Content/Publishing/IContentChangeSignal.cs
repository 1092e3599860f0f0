namespace Halsoportal.Content.Publishing;

/// <summary>
/// Raised after changes were committed to the feed, so followers on this node can react at once
/// instead of waiting for their next poll. Content owns this interface and never knows who listens.
/// </summary>
public interface IContentChangeSignal
{
    /// <summary>Called after a transaction that wrote change-feed rows has committed.</summary>
    void ChangesCommitted();
}

/// <summary>The default when nothing listens.</summary>
internal sealed class NoContentChangeSignal : IContentChangeSignal
{
    public void ChangesCommitted()
    {
    }
}
