using System.Diagnostics;
using System.Text;
using Halsoportal.Benchmarks.Corpus;
using Halsoportal.Benchmarks.Measuring;
using Halsoportal.Benchmarks.Queries;
using Halsoportal.Search;
using Halsoportal.Search.Indexing;
using Halsoportal.Search.Querying;
using Halsoportal.Search.Synonyms;

namespace Halsoportal.Benchmarks.Engines;

/// <summary>What the Lucene run measured.</summary>
internal sealed record LuceneResults(
    int Documents,
    int IndexThreads,
    TimeSpan IndexTime,
    TimeSpan CommittedTime,
    TimeSpan GenerateTime,
    long TextBytes,
    long IndexBytes,
    int Segments,
    MemorySnapshot AfterBuild,
    MemorySnapshot AfterQueries,
    bool PeakWasReset,
    IReadOnlyDictionary<string, LatencyStats> Full,
    IReadOnlyDictionary<string, LatencyStats> WithoutFacets,
    IReadOnlyDictionary<string, LatencyStats> OneHit)
{
    /// <summary>Documents per second until committed and merged (generating the text is not counted).</summary>
    public double DocsPerSecond => Documents / IndexTime.TotalSeconds;
}

/// <summary>
/// Our engine as the site uses it: a full rebuild into a folder on disk through
/// <see cref="LuceneSearchIndex"/>, then searches through <see cref="LuceneSearchService"/> with a
/// resident kommun, facets and snippets, 10 hits a page.
/// </summary>
internal sealed class LuceneBenchmark(CorpusGenerator generator, int documents, int indexThreads, int runs, TextWriter output)
{
    private const int PageSize = 10;

    public LuceneResults Run(string folder)
    {
        output.WriteLine($"[lucene] building the index of {Units.Count(documents)} documents in {folder} with {indexThreads} thread{(indexThreads == 1 ? "" : "s")}");
        var generateTicks = 0L;
        var textBytes = 0L;
        var done = 0;
        var progressStep = Math.Max(1, documents / 10);
        var outputLock = new Lock();
        MemorySnapshot afterBuild;
        TimeSpan committedTime;
        TimeSpan indexTime;
        using (var index = LuceneSearchIndex.OpenFolder(folder))
        {
            var wall = Stopwatch.StartNew();
            // Thread t indexes documents t, t + threads, …; IndexWriter is thread-safe (one writer, no locking around it).
            Parallel.For(0, indexThreads, new ParallelOptions { MaxDegreeOfParallelism = indexThreads }, thread =>
            {
                var localGenerate = 0L;
                var localBytes = 0L;
                for (var i = thread; i < documents; i += indexThreads)
                {
                    var start = Stopwatch.GetTimestamp();
                    var document = generator.Create(i);
                    localGenerate += Stopwatch.GetTimestamp() - start;
                    localBytes += Encoding.UTF8.GetByteCount(document.Title) + Encoding.UTF8.GetByteCount(document.Ingress) + Encoding.UTF8.GetByteCount(document.Body);
                    index.Upsert(document);
                    var count = Interlocked.Increment(ref done);
                    if (count % progressStep == 0 || count == documents)
                    {
                        lock (outputLock)
                        {
                            output.WriteLine($"[lucene]   {Units.Count(count),9} documents  {count / wall.Elapsed.TotalSeconds,7:0} docs/s  {wall.Elapsed.TotalSeconds,6:0.0} s wall");
                        }
                    }
                }

                Interlocked.Add(ref generateTicks, localGenerate);
                Interlocked.Add(ref textBytes, localBytes);
            });

            // Generating the text is not indexing: its share of each thread's time is taken out.
            var generating = Stopwatch.GetElapsedTime(0, generateTicks / indexThreads);

            // The rebuild is searchable once it is committed with its feed cursor ...
            index.Commit(documents);
            committedTime = wall.Elapsed - generating;
            afterBuild = MemorySnapshot.Take();

            // ... and finished once background merges have settled (closing waits for them), so
            // merging neither escapes the build time nor competes with the timed searches.
            index.Dispose();
            indexTime = wall.Elapsed - generating;
        }

        var indexBytes = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
        output.WriteLine($"[lucene] committed after {committedTime.TotalSeconds:0.0} s, merges settled after {indexTime.TotalSeconds:0.0} s: {documents / indexTime.TotalSeconds:0} docs/s " +
            $"(generating the text took another {Stopwatch.GetElapsedTime(0, generateTicks).TotalSeconds:0.0} s); index {Units.Megabytes(indexBytes)}, average text {textBytes / documents} bytes/document");
        output.WriteLine($"[lucene] memory after the build: peak working set {Units.Megabytes(afterBuild.PeakWorkingSet)}, GC heap {Units.Megabytes(afterBuild.GcHeap)}");

        // Search the index as the site does after a start: opened from the folder. The search
        // phase's own peak is measured (the build's indexing buffer is not what serving costs).
        GC.Collect();
        var peakWasReset = MemorySnapshot.ResetPeak();
        using var reopened = LuceneSearchIndex.OpenFolder(folder);
        int segments;
        using (var lease = reopened.Acquire())
        {
            segments = lease.Searcher.IndexReader.Leaves.Count;
        }

        var service = new LuceneSearchService(reopened, new DefaultSynonymSource(), new SearchOptions());
        WarmUp(service);

        var full = new Dictionary<string, LatencyStats>();
        var withoutFacets = new Dictionary<string, LatencyStats>();
        var oneHit = new Dictionary<string, LatencyStats>();
        foreach (var queryClass in BenchmarkQueries.All)
        {
            full[queryClass.Name] = LatencyRunner.Measure(queryClass, runs, run => Search(service, run, facets: true, PageSize));
            output.WriteLine($"[lucene] {queryClass.Name,-22} p50 {Units.Ms(full[queryClass.Name].P50Ms),6} ms  p95 {Units.Ms(full[queryClass.Name].P95Ms),6} ms  ({runs} runs, median {Units.Count(full[queryClass.Name].MedianHits)} hits)");
        }

        var afterQueries = MemorySnapshot.Take();

        // Where the time goes: the same schedule without facet counting, and with one hit (one snippet) instead of ten.
        output.WriteLine("[lucene] breakdown runs: without facets, and with 1 hit instead of 10");
        foreach (var queryClass in BenchmarkQueries.All)
        {
            withoutFacets[queryClass.Name] = LatencyRunner.Measure(queryClass, runs, run => Search(service, run, facets: false, PageSize));
            oneHit[queryClass.Name] = LatencyRunner.Measure(queryClass, runs, run => Search(service, run, facets: true, pageSize: 1));
        }

        return new LuceneResults(documents, indexThreads, indexTime, committedTime, Stopwatch.GetElapsedTime(0, generateTicks), textBytes, indexBytes, segments,
            afterBuild, afterQueries, peakWasReset, full, withoutFacets, oneHit);
    }

    private void WarmUp(LuceneSearchService service)
    {
        var start = Stopwatch.GetTimestamp();
        var searches = 0;
        // Twice through every query for every resident: JIT, tiered compilation and the OS page cache settle.
        for (var round = 0; round < 2; round++)
        {
            foreach (var queryClass in BenchmarkQueries.All)
            {
                foreach (var run in LatencyRunner.Schedule(queryClass, queryClass.Queries.Length * DemoKommuner.All.Length))
                {
                    Search(service, run, facets: true, PageSize);
                    searches++;
                }
            }

            // Give the tier-1 JIT a moment to install its code.
            Thread.Sleep(300);
        }

        output.WriteLine($"[lucene] warmed up with {searches} searches in {Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s");
    }

    private static int Search(LuceneSearchService service, QueryRun run, bool facets, int pageSize)
    {
        var result = service.Search(new SearchRequest
        {
            Query = run.Query,
            Resident = new ResidentScope(run.Resident.Code, run.Resident.RegionCode),
            IncludeFacets = facets,
            PageSize = pageSize,
        });
        return result.TotalHits;
    }
}
