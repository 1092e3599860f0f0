using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Halsoportal.Search.Querying;

/// <summary>
/// One segment's sorted-set doc values of one facet field, decoded once into flat arrays: one
/// ordinal per document when every document has at most one value, otherwise a compressed-row
/// layout (document d's ordinals are <c>Ordinals[Starts[d]..Starts[d + 1]]</c>). Counting a hit
/// is then a few array reads instead of SetDocument/NextOrd on packed, memory-mapped data.
/// </summary>
/// <remarks>
/// Sorted-set doc values never change inside a segment core (deletes only hide documents, and
/// 4.8 cannot update sorted-set values in place), so the arrays are cached per core and shared by
/// every reader of it; they are released with the core.
/// </remarks>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, FacetOrdinals>> Cache = [];

    /// <summary>A segment without the field: nothing to count.</summary>
    private static readonly FacetOrdinals Empty = new([], null, null, null);

    private FacetOrdinals(string[] values, int[]? single, int[]? starts, int[]? ordinals)
    {
        Values = values;
        Single = single;
        Starts = starts;
        Ordinals = ordinals;
    }

    /// <summary>The field's values in ordinal order.</summary>
    public string[] Values { get; }

    /// <summary>Single-valued layout: the document's ordinal, or -1 for none. Null in the multi-valued layout.</summary>
    public int[]? Single { get; }

    /// <summary>Multi-valued layout: where each document's ordinals start (length maxDoc + 1).</summary>
    public int[]? Starts { get; }

    /// <summary>Multi-valued layout: every document's ordinals, one after the other.</summary>
    public int[]? Ordinals { get; }

    /// <summary>The decoded ordinals of <paramref name="field"/> in <paramref name="reader"/>'s segment, built on first use.</summary>
    public static FacetOrdinals For(AtomicReader reader, string field)
    {
        var perField = Cache.GetValue(reader.CoreCacheKey, static _ => new ConcurrentDictionary<string, FacetOrdinals>(StringComparer.Ordinal));
        return perField.GetOrAdd(field, static (name, segment) => Build(segment, name), reader);
    }

    private static FacetOrdinals Build(AtomicReader reader, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null)
        {
            return Empty;
        }

        var terms = new string[values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < terms.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            terms[ord] = bytes.Utf8ToString();
        }

        var maxDoc = reader.MaxDoc;
        var starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc);
        var singleValued = true;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ord);
            }

            singleValued &= ordinals.Count - starts[doc] <= 1;
        }

        starts[maxDoc] = ordinals.Count;
        if (!singleValued)
        {
            return new FacetOrdinals(terms, single: null, starts, [.. ordinals]);
        }

        var single = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            single[doc] = starts[doc + 1] > starts[doc] ? ordinals[starts[doc]] : -1;
        }

        return new FacetOrdinals(terms, single, starts: null, ordinals: null);
    }
}
