namespace Halsoportal.Search.Tests;

public sealed class SwappableSearchIndexTests
{
    private static SearchDocument Article(string id, string title) =>
        SwedishCorpus.Doc(id, SearchDocumentType.Article, title, "", "Om " + title.ToLowerInvariant() + ".");

    [Fact]
    public void Swap_NewIndex_ServesSearchesAndWrites()
    {
        var old = LuceneSearchIndex.CreateInMemory();
        old.Upsert(Article("article:old", "Sömn"));
        old.Commit(5);
        using var live = new SwappableSearchIndex(old);
        var service = new LuceneSearchService(live, new DefaultSynonymSource(), new SearchOptions());
        var rebuilt = LuceneSearchIndex.CreateInMemory();
        rebuilt.Upsert(Article("article:new", "Sömn"));
        rebuilt.Commit(9);

        live.Swap(rebuilt).Dispose();
        live.Upsert(Article("article:later", "Sömnproblem"));
        live.Commit(10);

        Assert.Equal(10, live.Cursor);
        Assert.Equal(["article:later", "article:new"], service.Search(new SearchRequest { Query = "sömn" }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, live.DocumentCount);
    }

    [Fact]
    public void Swap_LeaseTakenBefore_StaysUsable()
    {
        var old = LuceneSearchIndex.CreateInMemory();
        old.Upsert(Article("article:old", "Sömn"));
        old.Commit(1);
        using var live = new SwappableSearchIndex(old);
        using var lease = live.Acquire();

        live.Swap(LuceneSearchIndex.CreateInMemory()).Dispose();

        Assert.Equal(1, lease.Searcher.IndexReader.NumDocs);
    }

    [Fact]
    public async Task Swap_WhileSearching_NeverReturnsEmpty()
    {
        static LuceneSearchIndex Filled(int generation)
        {
            var index = LuceneSearchIndex.CreateInMemory();
            foreach (var document in SwedishCorpus.Documents)
            {
                index.Upsert(document with { Url = $"{document.Url}?g={generation}" });
            }

            index.Commit(generation);
            return index;
        }

        using var live = new SwappableSearchIndex(Filled(0));
        var service = new LuceneSearchService(live, new DefaultSynonymSource(), new SearchOptions());
        var swapping = Task.Run(() =>
        {
            for (var generation = 1; generation <= 8; generation++)
            {
                live.Swap(Filled(generation)).Dispose();
            }
        });
        var emptyResults = 0;
        var searches = 0;
        while (!swapping.IsCompleted || searches < 20)
        {
            if (service.Search(new SearchRequest { Query = "ungdomsmottagning" }).TotalHits == 0)
            {
                emptyResults++;
            }

            searches++;
        }

        await swapping;
        Assert.Equal(0, emptyResults);
        Assert.Equal(8, live.Cursor);
    }
}
