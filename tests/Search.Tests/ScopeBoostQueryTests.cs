using Lucene.Net.Index;

namespace Halsoportal.Search.Tests;

/// <summary>The cached per-segment scope levels must be the indexed ones, in every segment.</summary>
public sealed class ScopeBoostQueryTests
{
    [Fact]
    public void Levels_SeveralSegmentsAndUpdates_EqualTheDocValues()
    {
        using var index = LuceneSearchIndex.CreateInMemory();
        for (var i = 0; i < 40; i++)
        {
            index.Upsert(Doc(i, kommun: i % 3 == 0));
            if (i % 15 == 14)
            {
                index.Commit(i);
            }
        }

        // Updates go to a new segment with other levels.
        for (var i = 0; i < 40; i += 4)
        {
            index.Upsert(Doc(i, kommun: i % 3 != 0));
        }

        index.Refresh();
        using var lease = index.Acquire();
        var leaves = lease.Searcher.IndexReader.Leaves;

        Assert.True(leaves.Count > 1);
        foreach (var leaf in leaves)
        {
            var expected = leaf.AtomicReader.GetNumericDocValues(SearchFields.ScopeLevel);
            var levels = ScopeBoostQuery.Levels(leaf.AtomicReader);
            Assert.NotNull(levels);
            Assert.Equal(leaf.AtomicReader.MaxDoc, levels.Length);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                Assert.Equal(expected.Get(doc), levels[doc]);
            }

            Assert.Same(levels, ScopeBoostQuery.Levels(leaf.AtomicReader));
        }
    }

    private static SearchDocument Doc(int i, bool kommun) =>
        SwedishCorpus.Doc($"article:{i}", SearchDocumentType.Article, "Sömn", "Ingress.", "Text om sömn.",
            kommuner: kommun ? [SwedishCorpus.Sundsvall] : null, region: kommun ? SwedishCorpus.Vasternorrland : null);
}
