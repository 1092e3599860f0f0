using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Halsoportal.Search.Tests;

/// <summary>Cached term states must give exactly what a fresh lookup gives, per reader, deletes and new segments included.</summary>
public sealed class TermStatesTests
{
    [Fact]
    public void TermStates_SeveralSegments_GiveTheReadersDocFreqAndTheSameHits()
    {
        using var directory = new RAMDirectory();
        using var writer = NewWriter(directory);
        for (var i = 0; i < 200; i++)
        {
            Put(writer, i);
            if (i % 70 == 69)
            {
                writer.Commit();
            }
        }

        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        Assert.True(reader.Leaves.Count > 1);
        AssertLikeAFreshLookup(reader);

        // A refreshed reader (deletes, a new segment) gets its own table, not the old counts.
        for (var i = 0; i < 200; i += 3)
        {
            writer.DeleteDocuments(new Term("id", i.ToString(CultureInfo.InvariantCulture)));
        }

        Put(writer, 1000);
        using var refreshed = DirectoryReader.OpenIfChanged(reader, writer, applyAllDeletes: true);
        Assert.NotNull(refreshed);
        AssertLikeAFreshLookup(refreshed);
        Assert.Equal(0, TermStates.For(reader).DocFreq("word", "w1000"));
        Assert.Equal(1, TermStates.For(refreshed).DocFreq("word", "w1000"));
    }

    [Fact]
    public void TermStates_MoreTermsThanTheLimit_StillRight()
    {
        using var directory = new RAMDirectory();
        using var writer = NewWriter(directory);
        for (var i = 0; i < 50; i++)
        {
            Put(writer, i);
        }

        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        var states = TermStates.For(reader);
        for (var i = 0; i < TermStates.MaxTerms + 100; i++)
        {
            var word = "w" + (i % 60).ToString(CultureInfo.InvariantCulture) + (i < TermStates.MaxTerms ? "-" + i.ToString(CultureInfo.InvariantCulture) : "");
            Assert.Equal(reader.DocFreq(new Term("word", word)), states.DocFreq("word", word));
        }
    }

    private static void AssertLikeAFreshLookup(DirectoryReader reader)
    {
        var searcher = new IndexSearcher(reader);
        var states = TermStates.For(reader);
        foreach (var word in new[] { "all", "even", "w7", "w150", "w1000", "missing" })
        {
            Assert.Equal(reader.DocFreq(new Term("word", word)), states.DocFreq("word", word));
            var expected = searcher.Search(new TermQuery(new Term("word", word)), 500);
            var actual = searcher.Search(states.Query("word", word), 500);
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
        }
    }

    private static IndexWriter NewWriter(Lucene.Net.Store.Directory directory) =>
        new(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(LuceneVersion.LUCENE_48)));

    private static void Put(IndexWriter writer, int id)
    {
        var idText = id.ToString(CultureInfo.InvariantCulture);
        var words = $"all w{idText} {(id % 2 == 0 ? "even" : "odd")} {(id % 5 == 0 ? "all" : "")}";
        writer.UpdateDocument(new Term("id", idText), new Document
        {
            new StringField("id", idText, Field.Store.YES),
            new TextField("word", words, Field.Store.NO),
        });
    }
}
