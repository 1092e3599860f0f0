using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Halsoportal.Search.Tests;

/// <summary>The cached bit sets must match exactly what the filter query matches, deletes and updates included.</summary>
public sealed class CachedSegmentFilterTests
{
    [Fact]
    public void Filter_SeveralSegmentsWithDeletesAndUpdates_MatchesTheQuery()
    {
        using var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer()));
        for (var i = 0; i < 300; i++)
        {
            Put(writer, i, scope: i % 3 == 0 ? "n" : "k:" + (i % 7).ToString(CultureInfo.InvariantCulture));
            if (i % 90 == 89)
            {
                writer.Commit();
            }
        }

        using var before = DirectoryReader.Open(writer, applyAllDeletes: true);
        AssertSameMatches(before);

        for (var i = 0; i < 300; i += 4)
        {
            writer.DeleteDocuments(new Term("id", i.ToString(CultureInfo.InvariantCulture)));
        }

        // Moves documents into the scope, in a new segment.
        for (var i = 1; i < 300; i += 10)
        {
            Put(writer, i, scope: "k:1");
        }

        using var after = DirectoryReader.OpenIfChanged(before, writer, applyAllDeletes: true);
        Assert.NotNull(after);
        Assert.True(after.Leaves.Count > 1);
        AssertSameMatches(after);
    }

    [Fact]
    public void Filter_ManyDistinctKeys_StillMatchesBeyondTheCacheLimit()
    {
        using var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer()));
        for (var i = 0; i < 20; i++)
        {
            Put(writer, i, scope: "k:" + i.ToString(CultureInfo.InvariantCulture));
        }

        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        var searcher = new IndexSearcher(reader);
        for (var i = 0; i < CachedSegmentFilter.MaxKeysPerSegment + 20; i++)
        {
            var scope = "k:" + (i % 20).ToString(CultureInfo.InvariantCulture);
            var filter = new CachedSegmentFilter("many:" + i.ToString(CultureInfo.InvariantCulture), new TermQuery(new Term("scope", scope)));

            Assert.Equal(1, searcher.Search(new FilteredQuery(new MatchAllDocsQuery(), filter, FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY), 10).TotalHits);
        }
    }

    private static void Put(IndexWriter writer, int id, string scope)
    {
        var idText = id.ToString(CultureInfo.InvariantCulture);
        writer.UpdateDocument(new Term("id", idText), new Document
        {
            new StringField("id", idText, Field.Store.YES),
            new StringField("scope", scope, Field.Store.NO),
            new StringField("even", id % 2 == 0 ? "1" : "0", Field.Store.NO),
        });
    }

    private static void AssertSameMatches(DirectoryReader reader)
    {
        var searcher = new IndexSearcher(reader);
        var scope = new BooleanQuery
        {
            { new TermQuery(new Term("scope", "n")), Occur.SHOULD },
            { new TermQuery(new Term("scope", "k:1")), Occur.SHOULD },
        };
        foreach (var text in new Query[] { new MatchAllDocsQuery(), new TermQuery(new Term("even", "1")) })
        {
            var expected = Ids(searcher, new BooleanQuery { { text, Occur.MUST }, { scope, Occur.MUST } });
            var actual = Ids(searcher, new FilteredQuery(text, new CachedSegmentFilter("n|k:1", scope), FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY));

            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
    }

    private static List<string> Ids(IndexSearcher searcher, Query query) =>
        [.. searcher.Search(query, 1000).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get("id")).Order(StringComparer.Ordinal)];
}
