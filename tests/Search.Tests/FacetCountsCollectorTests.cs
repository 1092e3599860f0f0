using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Halsoportal.Search.Tests;

/// <summary>
/// The collector reads ordinals decoded once per segment core (<see cref="FacetOrdinals"/>): its
/// counts must equal what the live documents hold, across segments, deletes and updates.
/// </summary>
public sealed class FacetCountsCollectorTests
{
    private const string Single = "f_single";
    private const string Multi = "f_multi";
    private const string Sparse = "f_sparse";
    private static readonly string[] Fields = [Single, Multi, Sparse];

    [Fact]
    public void Counts_SeveralSegments_MatchTheDocuments()
    {
        using var directory = new RAMDirectory();
        using var writer = NewWriter(directory);
        var model = new Dictionary<int, Doc>();
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            Add(writer, model, i, random);
            if (i % 70 == 69)
            {
                writer.Commit();
            }
        }

        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);

        Assert.True(reader.Leaves.Count > 1);
        AssertCountsMatch(reader, model, new MatchAllDocsQuery(), _ => true);
        AssertCountsMatch(reader, model, new TermQuery(new Term("even", "1")), doc => doc.Id % 2 == 0);
    }

    [Fact]
    public void Counts_AfterDeletesAndUpdates_CountOnlyLiveDocuments()
    {
        using var directory = new RAMDirectory();
        using var writer = NewWriter(directory);
        var model = new Dictionary<int, Doc>();
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            Add(writer, model, i, random);
        }

        writer.Commit();
        using var before = DirectoryReader.Open(writer, applyAllDeletes: true);
        AssertCountsMatch(before, model, new MatchAllDocsQuery(), _ => true);

        // Deletes hide documents of a cached core; updates move documents to a new segment.
        for (var i = 0; i < 200; i += 3)
        {
            writer.DeleteDocuments(new Term("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            model.Remove(i);
        }

        for (var i = 1; i < 200; i += 5)
        {
            Add(writer, model, i, random);
        }

        using var after = DirectoryReader.OpenIfChanged(before, writer, applyAllDeletes: true);

        Assert.NotNull(after);
        AssertCountsMatch(after, model, new MatchAllDocsQuery(), _ => true);
        AssertCountsMatch(after, model, new TermQuery(new Term("even", "1")), doc => doc.Id % 2 == 0);

        // Merged into one segment: the same counts from a freshly decoded core.
        writer.ForceMerge(1);
        using var merged = DirectoryReader.OpenIfChanged(after, writer, applyAllDeletes: true);
        Assert.NotNull(merged);
        Assert.Single(merged.Leaves);
        AssertCountsMatch(merged, model, new MatchAllDocsQuery(), _ => true);
    }

    [Fact]
    public void Counts_FieldMissingInIndex_IsEmpty()
    {
        using var directory = new RAMDirectory();
        using var writer = NewWriter(directory);
        writer.AddDocument(new Document { new StringField("id", "1", Field.Store.NO) });
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);

        var collector = new FacetCountsCollector(Fields);
        new IndexSearcher(reader).Search(new MatchAllDocsQuery(), collector);

        Assert.Empty(collector.Counts(0));
        Assert.Empty(collector.Counts(1));
        Assert.Empty(collector.Counts(2));
    }

    private static IndexWriter NewWriter(Lucene.Net.Store.Directory directory) =>
        new(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer()));

    private static void Add(IndexWriter writer, Dictionary<int, Doc> model, int id, Random random)
    {
        var single = "s" + random.Next(4);
        string[] multi = [.. Enumerable.Range(0, random.Next(4)).Select(_ => "m" + random.Next(6)).Distinct()];
        string[] sparse = random.Next(5) == 0 ? ["x"] : [];
        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var document = new Document
        {
            new StringField("id", idText, Field.Store.NO),
            new StringField("even", id % 2 == 0 ? "1" : "0", Field.Store.NO),
            new SortedSetDocValuesField(Single, new BytesRef(single)),
        };
        foreach (var value in multi)
        {
            document.Add(new SortedSetDocValuesField(Multi, new BytesRef(value)));
        }

        foreach (var value in sparse)
        {
            document.Add(new SortedSetDocValuesField(Sparse, new BytesRef(value)));
        }

        writer.UpdateDocument(new Term("id", idText), document);
        model[id] = new Doc(id, [single], multi, sparse);
    }

    private static void AssertCountsMatch(DirectoryReader reader, Dictionary<int, Doc> model, Query query, Func<Doc, bool> matches)
    {
        var collector = new FacetCountsCollector(Fields);
        new IndexSearcher(reader).Search(query, collector);
        var docs = model.Values.Where(matches).ToList();

        Assert.Equal(Expected(docs.SelectMany(d => d.Single)), collector.Counts(0));
        Assert.Equal(Expected(docs.SelectMany(d => d.Multi)), collector.Counts(1));
        Assert.Equal(Expected(docs.SelectMany(d => d.Sparse)), collector.Counts(2));
    }

    private static List<FacetCount> Expected(IEnumerable<string> values) =>
        [.. values.GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new FacetCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Value, StringComparer.Ordinal)];

    private sealed record Doc(int Id, string[] Single, string[] Multi, string[] Sparse);
}
