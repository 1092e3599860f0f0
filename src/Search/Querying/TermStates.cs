using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Halsoportal.Search.Querying;

/// <summary>
/// Where each term is in one index reader (its <see cref="TermContext"/>: document frequency and
/// term-dictionary state per segment), looked up once and shared by every search on that reader.
/// A search otherwise seeks every term in every segment's dictionary several times (document
/// frequencies for the fuzzy, folding and spelling decisions, then again for each term query's
/// weight); residents' searches repeat the same words, so most lookups become one dictionary read.
/// The table goes with its reader (a refresh after publishing opens a new one) and is emptied when it
/// holds <see cref="MaxTerms"/>, so odd queries cannot grow it without bound.
/// </summary>
internal sealed class TermStates
{
    /// <summary>Terms kept per reader before the table starts over (a few MB of term states).</summary>
    internal const int MaxTerms = 8192;

    private static readonly ConditionalWeakTable<IndexReader, TermStates> PerReader = [];

    private readonly IndexReaderContext _top;
    private readonly ConcurrentDictionary<Term, TermContext> _states = new();

    private TermStates(IndexReader reader) => _top = reader.Context;

    /// <summary>The table of <paramref name="reader"/> (a searcher's top-level reader).</summary>
    public static TermStates For(IndexReader reader) => PerReader.GetValue(reader, static r => new TermStates(r));

    /// <summary>Documents containing the term, in the whole index.</summary>
    public int DocFreq(string field, string text) => Get(new Term(field, text)).DocFreq;

    /// <summary>A term query that reuses the looked-up state instead of seeking the term again.</summary>
    public TermQuery Query(string field, string text) => Query(new Term(field, text));

    /// <inheritdoc cref="Query(string, string)"/>
    public TermQuery Query(Term term) => new(term, Get(term));

    private TermContext Get(Term term)
    {
        if (_states.TryGetValue(term, out var known))
        {
            return known;
        }

        if (_states.Count >= MaxTerms)
        {
            _states.Clear();
        }

        // Two searches may build the same context at once; either copy is right.
        return _states.GetOrAdd(term, TermContext.Build(_top, term));
    }
}
