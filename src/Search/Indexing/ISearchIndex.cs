using Halsoportal.Search.Documents;

namespace Halsoportal.Search.Indexing;

/// <summary>
/// The writable side of the search index. Thread-safe. Changes become searchable after
/// <see cref="Refresh"/> or <see cref="Commit"/>; they survive a restart only after
/// <see cref="Commit"/>, which stores the change-feed cursor in the same commit so that index and
/// cursor never disagree.
/// </summary>
public interface ISearchIndex : IDisposable
{
    /// <summary>
    /// The change-feed cursor of the last commit; null for an index that has never been committed
    /// with a cursor (new, or emptied): replay the feed from the start into it.
    /// </summary>
    long? Cursor { get; }

    /// <summary>
    /// False when the index on disk was written by another version of the mapping: rebuild it
    /// from the database into a new directory.
    /// </summary>
    bool HasCurrentSchema { get; }

    /// <summary>Searchable documents (one per item, language and reading level) as of the last refresh.</summary>
    int DocumentCount { get; }

    /// <summary>Adds or replaces the document for this item, language and reading level.</summary>
    void Upsert(SearchDocument document);

    /// <summary>
    /// Atomically replaces every document of item <paramref name="id"/> with
    /// <paramref name="documents"/> (all its languages and reading levels); an empty list removes it.
    /// </summary>
    void Replace(string id, IReadOnlyCollection<SearchDocument> documents);

    /// <summary>Removes every language and reading level of item <paramref name="id"/>.</summary>
    void Delete(string id);

    /// <summary>Deletes every document of a type (a source that is re-read whole, see <see cref="Sync.ISearchDocumentSource"/>).</summary>
    void DeleteType(SearchDocumentType type);

    /// <summary>Makes pending changes searchable without committing them.</summary>
    void Refresh();

    /// <summary>
    /// Durably commits pending changes together with the change-feed <paramref name="cursor"/>,
    /// then makes them searchable.
    /// </summary>
    void Commit(long cursor);
}
