using System.Globalization;
using Halsoportal.Search.Analysis;
using Halsoportal.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace Halsoportal.Search.Indexing;

/// <summary>
/// A Lucene index in one <see cref="Directory"/>: one <see cref="IndexWriter"/> (thread-safe, not
/// locked around) and a <see cref="SearcherManager"/> for near-real-time searchers. Owns and
/// disposes the directory unless told to leave it open. Use <see cref="CreateInMemory"/> in tests and <see cref="OpenFolder"/>
/// on disk (never on a network share).
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, ISearcherSource
{
    private const string CursorKey = "halsoportal.cursor";
    private const string SchemaKey = "halsoportal.schema";

    private readonly Directory _directory;
    private readonly bool _leaveOpen;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _commitLock = new();
    private long? _cursor;
    private bool _hasCurrentSchema;
    private int _disposed;

    /// <summary>
    /// Opens the index in <paramref name="directory"/>, creating it when empty. Throws Lucene's
    /// <see cref="CorruptIndexException"/> (or another <see cref="IOException"/>) when the files
    /// are damaged; the caller then rebuilds into a fresh directory.
    /// </summary>
    /// <param name="directory">Where the index lives.</param>
    /// <param name="leaveOpen">Do not dispose <paramref name="directory"/> with the index.</param>
    public LuceneSearchIndex(Directory directory, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _directory = directory;
        _leaveOpen = leaveOpen;
        var existed = DirectoryReader.IndexExists(directory);
        var config = new IndexWriterConfig(SwedishAnalysis.Version, SwedishAnalysis.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = SearchSchema.Similarity,
            // A bigger buffer makes full rebuilds flush fewer, larger segments.
            RAMBufferSizeMB = 48,
        };
        _writer = new IndexWriter(directory, config);
        try
        {
            if (existed)
            {
                ReadCommitData(_writer.CommitData);
            }
            else
            {
                // An empty, committed index with our schema: readers can open it from now on.
                WriteCommit(cursor: null);
            }

            _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SimilaritySearcherFactory());
        }
        catch
        {
            _writer.Dispose();
            throw;
        }
    }

    /// <summary>A new, empty index in memory (tests, benchmarks).</summary>
    public static LuceneSearchIndex CreateInMemory() => new(new RAMDirectory());

    /// <summary>Opens or creates the index in folder <paramref name="path"/>.</summary>
    public static LuceneSearchIndex OpenFolder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        try
        {
            return new LuceneSearchIndex(directory);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public long? Cursor
    {
        get
        {
            lock (_commitLock)
            {
                return _cursor;
            }
        }
    }

    /// <inheritdoc />
    public bool HasCurrentSchema => _hasCurrentSchema;

    /// <inheritdoc />
    public int DocumentCount
    {
        get
        {
            using var lease = Acquire();
            return lease.Searcher.IndexReader.NumDocs;
        }
    }

    /// <inheritdoc />
    public void Upsert(SearchDocument document)
    {
        var doc = SearchDocumentMapper.ToLucene(document);
        _writer.UpdateDocument(new Term(SearchFields.Key, SearchDocumentMapper.KeyOf(document)), doc);
    }

    /// <inheritdoc />
    public void Replace(string id, IReadOnlyCollection<SearchDocument> documents)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Any(d => d.Id != id))
        {
            throw new ArgumentException($"Every document passed to Replace must have id {id}.", nameof(documents));
        }

        var keys = documents.Select(SearchDocumentMapper.KeyOf).ToList();
        if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count)
        {
            throw new ArgumentException($"Item {id} has two documents for the same language and reading level.", nameof(documents));
        }

        var docs = documents.Select(SearchDocumentMapper.ToLucene).ToList();
        // Delete-by-term and add happen as one block: no searcher sees the item half replaced.
        _writer.UpdateDocuments(new Term(SearchFields.Id, id), docs);
    }

    /// <inheritdoc />
    public void Delete(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        _writer.DeleteDocuments(new Term(SearchFields.Id, id));
    }

    /// <inheritdoc />
    public void DeleteType(SearchDocumentType type) => _writer.DeleteDocuments(new Term(SearchFields.Type, type.ToValue()));

    /// <inheritdoc />
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    /// <inheritdoc />
    public void Commit(long cursor)
    {
        WriteCommit(cursor);
        _searchers.MaybeRefreshBlocking();
    }

    /// <inheritdoc />
    public SearcherLease Acquire()
    {
        var searcher = _searchers.Acquire();
        return new SearcherLease(searcher, _searchers.Release);
    }

    /// <summary>Commits what is pending (with the last cursor) and closes the index.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _searchers.Dispose();
        _writer.Dispose();
        if (!_leaveOpen)
        {
            _directory.Dispose();
        }
    }

    private void WriteCommit(long? cursor)
    {
        // Commit data and commit must pair up: two concurrent commits could otherwise swap cursors.
        lock (_commitLock)
        {
            var data = new Dictionary<string, string>(StringComparer.Ordinal) { [SchemaKey] = SearchSchema.Version };
            if (cursor is { } value)
            {
                data[CursorKey] = value.ToString(CultureInfo.InvariantCulture);
            }
            else if (_cursor is { } previous)
            {
                data[CursorKey] = previous.ToString(CultureInfo.InvariantCulture);
            }

            _writer.SetCommitData(data);
            _writer.Commit();
            if (cursor is not null)
            {
                _cursor = cursor;
            }

            _hasCurrentSchema = true;
        }
    }

    private void ReadCommitData(IDictionary<string, string>? data)
    {
        _hasCurrentSchema = data is not null && data.TryGetValue(SchemaKey, out var schema) && schema == SearchSchema.Version;
        if (data is not null && data.TryGetValue(CursorKey, out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var cursor))
        {
            _cursor = cursor;
        }
    }

    /// <summary>Every searcher scores with the similarity the index was written with.</summary>
    private sealed class SimilaritySearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = SearchSchema.Similarity };
    }
}
