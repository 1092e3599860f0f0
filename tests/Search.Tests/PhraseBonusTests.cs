namespace Halsoportal.Search.Tests;

/// <summary>
/// The phrase bonus is added to the best first-pass candidates after the search
/// (<see cref="SearchOptions.PhraseRescoreDepth"/>); it must still lift the words standing together.
/// </summary>
public sealed class PhraseBonusTests
{
    [Fact]
    public void Search_WordsTogether_RankAboveWordsApart()
    {
        using var index = LuceneSearchIndex.CreateInMemory();
        for (var i = 0; i < 30; i++)
        {
            // Both words, apart: the same text length, so only the phrase tells them apart.
            index.Upsert(Article($"article:apart-{i:00}", "Om att må bra", "Aktivitet och vila.", "Aktivitet varje dag ger fysisk styrka och ork."));
        }

        // Indexed last, so on equal first-pass scores it comes last among the candidates.
        index.Upsert(Article("article:together", "Om att må bra", "Aktivitet och vila.", "Fysisk aktivitet varje dag ger styrka och ork."));
        index.Refresh();
        var service = new LuceneSearchService(index, new DefaultSynonymSource(), new SearchOptions());

        var result = service.Search(new SearchRequest { Query = "fysisk aktivitet", PageSize = 5 });

        Assert.Equal(31, result.TotalHits);
        Assert.Equal("article:together", result.Hits[0].Id);
        Assert.True(result.Hits[0].Score > result.Hits[1].Score);
    }

    [Fact]
    public void Search_SecondPage_ContinuesTheRescoredOrder()
    {
        using var index = LuceneSearchIndex.CreateInMemory();
        for (var i = 0; i < 12; i++)
        {
            var body = i % 3 == 0 ? "Fysisk aktivitet varje dag ger styrka och ork." : "Aktivitet varje dag ger fysisk styrka och ork.";
            index.Upsert(Article($"article:{i:00}", "Om att må bra", "Aktivitet och vila.", body));
        }

        index.Refresh();
        var service = new LuceneSearchService(index, new DefaultSynonymSource(), new SearchOptions { PhraseRescoreDepth = 10 });

        var all = service.Search(new SearchRequest { Query = "fysisk aktivitet", PageSize = 12 }).Hits.Select(h => h.Id).ToList();
        var first = service.Search(new SearchRequest { Query = "fysisk aktivitet", PageSize = 6 }).Hits.Select(h => h.Id);
        var second = service.Search(new SearchRequest { Query = "fysisk aktivitet", PageSize = 6, Page = 2 }).Hits.Select(h => h.Id);

        Assert.Equal(all, first.Concat(second));
        Assert.Equal(["article:00", "article:03", "article:06", "article:09"], all.Take(4).Order(StringComparer.Ordinal));
    }

    private static SearchDocument Article(string id, string title, string ingress, string body) =>
        SwedishCorpus.Doc(id, SearchDocumentType.Article, title, ingress, body);
}
