using Lucene.Net.Store;

namespace Halsoportal.Search.Tests;

public sealed class LuceneSearchIndexTests
{
    private static SearchDocument Article(string id, string title, string language = "sv", bool easyRead = false) =>
        SwedishCorpus.Doc(id, SearchDocumentType.Article, title, "Ingress.", "Brödtext om " + title.ToLowerInvariant() + ".", language: language, easyRead: easyRead);

    private static List<string> Find(LuceneSearchIndex index, string query) =>
        [.. new LuceneSearchService(index, new DefaultSynonymSource(), new SearchOptions())
            .Search(new SearchRequest { Query = query, Language = "sv" }).Hits.Select(h => h.Id)];

    [Fact]
    public void Open_NewDirectory_HasNoCursorAndCurrentSchema()
    {
        using var index = LuceneSearchIndex.CreateInMemory();

        Assert.Null(index.Cursor);
        Assert.True(index.HasCurrentSchema);
        Assert.Equal(0, index.DocumentCount);
    }

    [Fact]
    public void Commit_Cursor_SurvivesReopen()
    {
        using var directory = new RAMDirectory();
        using (var index = new LuceneSearchIndex(directory, leaveOpen: true))
        {
            index.Upsert(Article("article:1", "Sömn"));
            index.Commit(42);
            Assert.Equal(42, index.Cursor);
        }

        using var reopened = new LuceneSearchIndex(directory, leaveOpen: true);

        Assert.Equal(42, reopened.Cursor);
        Assert.True(reopened.HasCurrentSchema);
        Assert.Equal(["article:1"], Find(reopened, "sömn"));
    }

    [Fact]
    public void Commit_LaterCursor_Replaces()
    {
        using var directory = new RAMDirectory();
        using (var index = new LuceneSearchIndex(directory, leaveOpen: true))
        {
            index.Commit(1);
            index.Upsert(Article("article:1", "Sömn"));
            index.Commit(2);
        }

        using var reopened = new LuceneSearchIndex(directory, leaveOpen: true);
        Assert.Equal(2, reopened.Cursor);
    }

    [Fact]
    public void Upsert_BeforeRefresh_IsNotYetSearchable()
    {
        using var index = LuceneSearchIndex.CreateInMemory();

        index.Upsert(Article("article:1", "Sömn"));
        Assert.Empty(Find(index, "sömn"));

        index.Refresh();
        Assert.Equal(["article:1"], Find(index, "sömn"));
    }

    [Fact]
    public void Upsert_SameKey_ReplacesTheDocument()
    {
        using var index = LuceneSearchIndex.CreateInMemory();
        index.Upsert(Article("article:1", "Sömn"));
        index.Upsert(Article("article:1", "Matvanor"));
        index.Commit(1);

        Assert.Equal(1, index.DocumentCount);
        Assert.Empty(Find(index, "sömn"));
        Assert.Equal(["article:1"], Find(index, "matvanor"));
    }

    [Fact]
    public void Upsert_OtherLanguageOrReadingLevel_KeepsBoth()
    {
        using var index = LuceneSearchIndex.CreateInMemory();
        index.Upsert(Article("article:1", "Sömn"));
        index.Upsert(Article("article:1", "Sömn lättläst", easyRead: true));
        index.Upsert(Article("article:1", "Sleep", language: "en"));
        index.Commit(1);

        Assert.Equal(3, index.DocumentCount);
    }

    [Fact]
    public void Delete_RemovesEveryLanguageAndReadingLevel()
    {
        using var index = LuceneSearchIndex.CreateInMemory();
        index.Upsert(Article("article:1", "Sömn"));
        index.Upsert(Article("article:1", "Sömn lättläst", easyRead: true));
        index.Upsert(Article("article:1", "Sleep", language: "en"));
        index.Upsert(Article("article:2", "Sömnproblem"));
        index.Commit(1);

        index.Delete("article:1");
        index.Commit(2);

        Assert.Equal(1, index.DocumentCount);
        Assert.Equal(["article:2"], Find(index, "sömnproblem"));
    }

    [Fact]
    public void Replace_SwapsAllVariantsAtOnce()
    {
        using var index = LuceneSearchIndex.CreateInMemory();
        index.Upsert(Article("article:1", "Sömn"));
        index.Upsert(Article("article:1", "Sömn lättläst", easyRead: true));
        index.Commit(1);

        index.Replace("article:1", [Article("article:1", "Matvanor")]);
        index.Commit(2);

        Assert.Equal(1, index.DocumentCount);
        Assert.Equal(["article:1"], Find(index, "matvanor"));
        Assert.Empty(Find(index, "sömn"));
    }

    [Fact]
    public void Replace_EmptyList_RemovesTheItem()
    {
        using var index = LuceneSearchIndex.CreateInMemory();
        index.Upsert(Article("article:1", "Sömn"));
        index.Commit(1);

        index.Replace("article:1", []);
        index.Refresh();

        Assert.Equal(0, index.DocumentCount);
    }

    [Fact]
    public void Replace_DocumentWithOtherId_Throws()
    {
        using var index = LuceneSearchIndex.CreateInMemory();

        Assert.Throws<ArgumentException>(() => index.Replace("article:1", [Article("article:2", "Sömn")]));
    }

    [Theory]
    [InlineData("", "/a")]
    [InlineData("article:1", "")]
    public void Upsert_InvalidDocument_Throws(string id, string url)
    {
        using var index = LuceneSearchIndex.CreateInMemory();
        var document = Article("article:x", "Sömn") with { Id = id, Url = url };

        Assert.Throws<ArgumentException>(() => index.Upsert(document));
    }

    [Fact]
    public void Upsert_TextWithControlCharactersAndDecomposedLetters_IsCleaned()
    {
        using var index = LuceneSearchIndex.CreateInMemory();
        index.Upsert(SwedishCorpus.Doc("article:1", SearchDocumentType.Article, "A\u0308ldre och \u0001sömn", "", "Text med \ud800 trasigt tecken."));
        index.Commit(1);

        var hit = Assert.Single(new LuceneSearchService(index, new DefaultSynonymSource(), new SearchOptions()).Search(new SearchRequest { Query = "äldre" }).Hits);
        Assert.Equal("Äldre och  sömn", hit.Title);
    }

    [Fact]
    public async Task SearchWhileIndexing_IsThreadSafe()
    {
        using var index = LuceneSearchIndex.CreateInMemory();
        var service = new LuceneSearchService(index, new DefaultSynonymSource(), new SearchOptions());
        using var stop = new CancellationTokenSource();
        var queries = new[] { "sömn", "vardcentral", "ungdomsmotagning", "BVC", "sluta snusa", "" };

        var documents = Enumerable.Range(0, 300).Select(i => SwedishCorpus.Documents[i % SwedishCorpus.Documents.Count] with { Id = $"article:{i % 50}" }).ToList();
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < documents.Count; i++)
            {
                index.Upsert(documents[i]);
                if (i % 10 == 0)
                {
                    index.Refresh();
                }

                if (i % 100 == 0)
                {
                    index.Commit(i);
                }
            }

            index.Commit(300);
        });
        var readers = Enumerable.Range(0, 3).Select(r => Task.Run(() =>
        {
            var searches = 0;
            while (!writer.IsCompleted || searches < 20)
            {
                var result = service.Search(new SearchRequest { Query = queries[searches % queries.Length] });
                Assert.NotNull(result.Hits);
                service.Autocomplete(new AutocompleteRequest { Prefix = "sö" });
                searches++;
            }

            return searches;
        })).ToList();

        await writer;
        var counts = await Task.WhenAll(readers);

        Assert.All(counts, c => Assert.True(c >= 20));
        Assert.Equal(300, index.Cursor);
        Assert.Equal(documents.Select(d => (d.Id, d.Language, d.IsEasyRead)).Distinct().Count(), index.DocumentCount);
    }
}
