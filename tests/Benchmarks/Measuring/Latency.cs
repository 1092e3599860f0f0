using System.Diagnostics;
using Halsoportal.Benchmarks.Corpus;
using Halsoportal.Benchmarks.Queries;

namespace Halsoportal.Benchmarks.Measuring;

/// <summary>Latency of one query class: percentiles over every timed run, and the median hit count.</summary>
/// <param name="Runs">Timed searches.</param>
/// <param name="P50Ms">Median latency.</param>
/// <param name="P95Ms">95th percentile (nearest rank).</param>
/// <param name="MaxMs">Slowest search.</param>
/// <param name="MedianHits">Median total hits: how much each search had to rank.</param>
/// <param name="AllocatedPerRun">Bytes this process allocated per search (the client side only, for PostgreSQL).</param>
/// <param name="GcPauseMs">Time the runtime was paused for garbage collection during the class's runs.</param>
internal sealed record LatencyStats(int Runs, double P50Ms, double P95Ms, double MaxMs, int MedianHits, long AllocatedPerRun, double GcPauseMs)
{
    public static LatencyStats From(List<double> milliseconds, List<int> hits, long allocated, TimeSpan gcPause)
    {
        var sorted = milliseconds.Order().ToArray();
        var sortedHits = hits.Order().ToArray();
        return new LatencyStats(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), sorted[^1], sortedHits[sortedHits.Length / 2],
            allocated / sorted.Length, gcPause.TotalMilliseconds);
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>One timed search: what was asked, by whom.</summary>
internal readonly record struct QueryRun(string Query, DemoKommun Resident);

/// <summary>Runs the same schedule of (query, resident) pairs against any engine.</summary>
internal static class LatencyRunner
{
    /// <summary>
    /// <paramref name="runs"/> runs of the class, cycling through its queries and, per cycle, the
    /// next of the 20 demo kommuner as the resident: both engines get exactly this sequence.
    /// </summary>
    public static IEnumerable<QueryRun> Schedule(QueryClass queryClass, int runs)
    {
        var n = queryClass.Queries.Length;
        for (var i = 0; i < runs; i++)
        {
            yield return new QueryRun(queryClass.Queries[i % n], DemoKommuner.All[(i / n) % DemoKommuner.All.Length]);
        }
    }

    /// <summary>Times <paramref name="search"/> (which returns the hit count) over the schedule.</summary>
    public static LatencyStats Measure(QueryClass queryClass, int runs, Func<QueryRun, int> search)
    {
        var times = new List<double>(runs);
        var hits = new List<int>(runs);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var pauseBefore = GC.GetTotalPauseDuration();
        foreach (var run in Schedule(queryClass, runs))
        {
            var start = Stopwatch.GetTimestamp();
            var count = search(run);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            hits.Add(count);
        }

        return LatencyStats.From(times, hits, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, GC.GetTotalPauseDuration() - pauseBefore);
    }
}
