using Halsoportal.Search.Documents;

namespace Halsoportal.Search.Sync;

/// <summary>
/// Searchable items that live outside the content store and its change feed (medborgardialoger in
/// their own dialog.db): small sets whose documents also change with time (a dialog closes), so they
/// are re-read whole — at every rebuild and on <see cref="SearchIndexSynchronizer.RefreshSourcesAsync"/>
/// — and replace every document of their <see cref="Type"/>. Registered as scoped services.
/// </summary>
public interface ISearchDocumentSource
{
    /// <summary>The one document type this source owns in the index.</summary>
    SearchDocumentType Type { get; }

    /// <summary>Every document the source has now.</summary>
    Task<IReadOnlyList<SearchDocument>> ReadAllAsync(CancellationToken cancellationToken);
}
