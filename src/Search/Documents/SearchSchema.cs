using Lucene.Net.Search.Similarities;

namespace Halsoportal.Search.Documents;

/// <summary>The index mapping's version and the similarity used for both indexing and searching.</summary>
internal static class SearchSchema
{
    /// <summary>Stored in every commit; an index with another version must be rebuilt.</summary>
    public const string Version = "1";

    /// <summary>BM25: term frequency saturates, so long bodies do not drown short, precise titles.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();
}
