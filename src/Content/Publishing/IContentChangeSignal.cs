namespace Halsoportal.Content.Publishing;

/// <summary>
/// Raised after changes were committed to the feed, so followers on this node can react at once
/// instead of waiting for their next poll. Content owns this interface and never knows who listens.
/// </summary>
public interface IContentChangeSignal
{
    /// <summary>
    /// Called after a transaction that wrote change-feed rows has committed. A follower whose state
    /// the next request reads (the page cache) has applied the change when the task completes, so an
    /// editor who publishes sees the result on their next page; others may just wake up.
    /// </summary>
    Task ChangesCommittedAsync(CancellationToken cancellationToken);
}

/// <summary>The default when nothing listens.</summary>
internal sealed class NoContentChangeSignal : IContentChangeSignal
{
    public Task ChangesCommittedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
