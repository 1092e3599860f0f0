using Halsoportal.Search.Documents;

namespace Halsoportal.Search.Indexing;

/// <summary>
/// The live index, replaceable in one step. A rebuild fills a new <see cref="LuceneSearchIndex"/>
/// in its own directory beside the live one, then calls <see cref="Swap"/>: searches in flight
/// finish on the old index, new ones see the new index, and search never goes empty. Writes and
/// <see cref="Cursor"/> always go to the current index.
/// </summary>
public sealed class SwappableSearchIndex(LuceneSearchIndex initial) : ISearchIndex, ISearcherSource
{
    private LuceneSearchIndex _current = initial ?? throw new ArgumentNullException(nameof(initial));

    /// <summary>The index that searches and writes go to now.</summary>
    public LuceneSearchIndex Current => Volatile.Read(ref _current);

    /// <inheritdoc />
    public long? Cursor => Current.Cursor;

    /// <inheritdoc />
    public bool HasCurrentSchema => Current.HasCurrentSchema;

    /// <inheritdoc />
    public int DocumentCount => Current.DocumentCount;

    /// <summary>
    /// Makes <paramref name="next"/> the live index and returns the previous one, which the caller
    /// disposes (and whose directory it may delete). Leases already handed out stay valid.
    /// </summary>
    public LuceneSearchIndex Swap(LuceneSearchIndex next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return Interlocked.Exchange(ref _current, next);
    }

    /// <inheritdoc />
    public SearcherLease Acquire()
    {
        // A swap can dispose the index between reading it and acquiring from it: read again once.
        try
        {
            return Current.Acquire();
        }
        catch (ObjectDisposedException)
        {
            return Current.Acquire();
        }
    }

    /// <inheritdoc />
    public void Upsert(SearchDocument document) => Current.Upsert(document);

    /// <inheritdoc />
    public void Replace(string id, IReadOnlyCollection<SearchDocument> documents) => Current.Replace(id, documents);

    /// <inheritdoc />
    public void Delete(string id) => Current.Delete(id);

    /// <inheritdoc />
    public void DeleteType(SearchDocumentType type) => Current.DeleteType(type);

    /// <inheritdoc />
    public void Refresh() => Current.Refresh();

    /// <inheritdoc />
    public void Commit(long cursor) => Current.Commit(cursor);

    /// <summary>Disposes the current index.</summary>
    public void Dispose() => Current.Dispose();
}
