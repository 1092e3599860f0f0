using Lucene.Net.Search;

namespace Halsoportal.Search.Indexing;

/// <summary>Hands out point-in-time searchers; each lease must be disposed.</summary>
public interface ISearcherSource
{
    /// <summary>A searcher over the latest refreshed view of the index.</summary>
    SearcherLease Acquire();
}

/// <summary>A searcher borrowed from a <see cref="ISearcherSource"/>; dispose to give it back.</summary>
public sealed class SearcherLease : IDisposable
{
    private readonly Action<IndexSearcher> _release;
    private int _released;

    /// <summary>Wraps <paramref name="searcher"/>; <paramref name="release"/> runs once on dispose.</summary>
    public SearcherLease(IndexSearcher searcher, Action<IndexSearcher> release)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(release);
        Searcher = searcher;
        _release = release;
    }

    public IndexSearcher Searcher { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _release(Searcher);
        }
    }
}
