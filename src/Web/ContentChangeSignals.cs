using Halsoportal.Content.Publishing;

namespace Halsoportal.Web;

/// <summary>Passes this node's "changes committed" on to everything that follows the feed here (the search index, the page cache).</summary>
internal sealed class ContentChangeSignals(params IContentChangeSignal[] followers) : IContentChangeSignal
{
    public async Task ChangesCommittedAsync(CancellationToken cancellationToken)
    {
        foreach (var follower in followers)
        {
            await follower.ChangesCommittedAsync(cancellationToken);
        }
    }
}
