using System.Globalization;
using Halsoportal.Benchmarks.Engines;
using Halsoportal.Benchmarks.Measuring;
using Halsoportal.Benchmarks.Queries;

namespace Halsoportal.Benchmarks.Reporting;

/// <summary>The closing report: side-by-side table (Markdown, ready for the README) and the issue's targets.</summary>
internal static class Report
{
    private const int TargetDocuments = 100_000;
    private const double TargetP95Ms = 15;
    private const double TargetSpeedUp = 10;
    private const double TargetDocsPerSecond = 1_000;
    private const long TargetMemoryBytes = 400L * 1024 * 1024;

    public static void Write(TextWriter output, LuceneResults ours, PostgresResults? postgres, string machine)
    {
        output.WriteLine();
        output.WriteLine($"## Results: {Units.Count(ours.Documents)} documents, {DateTime.UtcNow:yyyy-MM-dd}, {machine}");
        output.WriteLine();
        output.WriteLine("Latency per search in ms (resident kommun, facets, snippets, 10 hits); hits = median total hits.");
        output.WriteLine();
        output.WriteLine("| query class | hits ours / PG | ours p50 | ours p95 | PG p50 | PG p95 | speed-up p50 | speed-up p95 |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var queryClass in BenchmarkQueries.All)
        {
            var o = ours.Full[queryClass.Name];
            var p = postgres?.Full[queryClass.Name];
            output.WriteLine(
                $"| {queryClass.Name}{(queryClass.IsBroad ? " *" : "")} | {Units.Count(o.MedianHits)} / {(p is null ? "–" : Units.Count(p.MedianHits))} " +
                $"| {Units.Ms(o.P50Ms)} | {Units.Ms(o.P95Ms)} | {(p is null ? "–" : Units.Ms(p.P50Ms))} | {(p is null ? "–" : Units.Ms(p.P95Ms))} " +
                $"| {(p is null ? "–" : SpeedUp(p.P50Ms, o.P50Ms))} | {(p is null ? "–" : SpeedUp(p.P95Ms, o.P95Ms))} |");
        }

        output.WriteLine();
        output.WriteLine("\\* broad classes (the ≥ 10× target). PostgreSQL: `swedish` configuration, GIN, `websearch_to_tsquery`, `ts_rank`, `ts_headline` for the 10 shown, same kommun filter, no facets." +
            (postgres is null ? "" : $" PostgreSQL {postgres.Version}: {postgres.Settings}."));
        output.WriteLine();
        output.WriteLine("| | ours (Lucene) | PostgreSQL |");
        output.WriteLine("|---|---:|---:|");
        output.WriteLine($"| full build, {Threads(ours.IndexThreads)} | {ours.IndexTime.TotalSeconds:0.0} s = {ours.DocsPerSecond:0} docs/s (committed after {ours.CommittedTime.TotalSeconds:0.0} s, then merges settled) | " +
            (postgres is null ? "–" : $"{postgres.LoadTime.TotalSeconds:0.0} s = {postgres.Documents / postgres.LoadTime.TotalSeconds:0} docs/s (COPY {postgres.CopyTime.TotalSeconds:0.0} s + GIN {postgres.IndexTime.TotalSeconds:0.0} s)") + " |");
        output.WriteLine($"| size on disk | {Units.Megabytes(ours.IndexBytes)} ({ours.Segments} segment{(ours.Segments == 1 ? "" : "s")}) | " +
            (postgres is null ? "–" : $"{Units.Megabytes(postgres.TableBytes)} (GIN {Units.Megabytes(postgres.GinBytes)})") + " |");
        output.WriteLine($"| peak working set, build | {Units.Megabytes(ours.AfterBuild.PeakWorkingSet)} | |");
        output.WriteLine($"| peak working set, search{(ours.PeakWasReset ? "" : " (whole run)")} | {Units.Megabytes(ours.AfterQueries.PeakWorkingSet)} | |");
        output.WriteLine($"| after searching: resident anon / file-backed (mmapped index) | {Units.Megabytes(ours.AfterQueries.ResidentAnonymous)} / {Units.Megabytes(ours.AfterQueries.ResidentFile)} | |");
        output.WriteLine($"| GC heap after searching (committed) | {Units.Megabytes(ours.AfterQueries.GcHeap)} ({Units.Megabytes(ours.AfterQueries.GcCommitted)}) | |");
        output.WriteLine();

        output.WriteLine("Where our time goes (p50 / p95 in ms, same schedule):");
        output.WriteLine();
        output.WriteLine("| query class | full | without facets | 1 hit (1 snippet) | allocated per search | GC pauses in the 'full' runs |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var queryClass in BenchmarkQueries.All)
        {
            var full = ours.Full[queryClass.Name];
            var noFacets = ours.WithoutFacets[queryClass.Name];
            var oneHit = ours.OneHit[queryClass.Name];
            output.WriteLine($"| {queryClass.Name} | {Units.Ms(full.P50Ms)} / {Units.Ms(full.P95Ms)} | {Units.Ms(noFacets.P50Ms)} / {Units.Ms(noFacets.P95Ms)} | {Units.Ms(oneHit.P50Ms)} / {Units.Ms(oneHit.P95Ms)} " +
                $"| {full.AllocatedPerRun / 1024} KB | {full.GcPauseMs:0} ms in {full.Runs} searches |");
        }

        output.WriteLine();
        WriteTargets(output, ours, postgres);
    }

    private static void WriteTargets(TextWriter output, LuceneResults ours, PostgresResults? postgres)
    {
        output.WriteLine("Targets (issue 4):");
        if (ours.Documents != TargetDocuments)
        {
            output.WriteLine($"  (measured at {Units.Count(ours.Documents)} documents; the targets are stated for {Units.Count(TargetDocuments)} — indicative only)");
        }

        var worst = BenchmarkQueries.All.MaxBy(c => ours.Full[c.Name].P95Ms)!;
        var worstP95 = ours.Full[worst.Name].P95Ms;
        Line(output, worstP95 <= TargetP95Ms, $"p95 ≤ {TargetP95Ms} ms in every query class: worst is {worst.Name}, p95 {Units.Ms(worstP95)} ms");

        if (postgres is null)
        {
            output.WriteLine("  ----  ≥ 10× faster than PostgreSQL on broad queries: not measured (no PostgreSQL connection)");
        }
        else
        {
            var broad = BenchmarkQueries.All.Where(c => c.IsBroad).ToList();
            var speedUps = broad.Select(c => (c.Name, P50: postgres.Full[c.Name].P50Ms / ours.Full[c.Name].P50Ms, P95: postgres.Full[c.Name].P95Ms / ours.Full[c.Name].P95Ms)).ToList();
            var pass = speedUps.All(s => s.P50 >= TargetSpeedUp && s.P95 >= TargetSpeedUp);
            Line(output, pass, $"≥ {TargetSpeedUp}× faster than PostgreSQL on broad queries (p50 and p95): " +
                string.Join(", ", speedUps.Select(s => $"{s.Name} {s.P50.ToString("0", CultureInfo.InvariantCulture)}× / {s.P95.ToString("0", CultureInfo.InvariantCulture)}×")));
        }

        Line(output, ours.DocsPerSecond >= TargetDocsPerSecond, $"full rebuild ≥ {TargetDocsPerSecond:0} docs/s: {ours.DocsPerSecond:0} docs/s ({ours.IndexTime.TotalSeconds:0.0} s until committed and merged, {Threads(ours.IndexThreads)})");
        var peak = Math.Max(ours.AfterBuild.PeakWorkingSet, ours.AfterQueries.PeakWorkingSet);
        Line(output, peak <= TargetMemoryBytes, $"process memory ≤ 400 MB: peak working set {Units.Megabytes(peak)} (build {Units.Megabytes(ours.AfterBuild.PeakWorkingSet)}, search {Units.Megabytes(ours.AfterQueries.PeakWorkingSet)})");
    }

    private static string Threads(int threads) => threads == 1 ? "one thread" : $"{threads} threads";

    private static void Line(TextWriter output, bool pass, string text) => output.WriteLine($"  {(pass ? "PASS" : "MISS")}  {text}");

    private static string SpeedUp(double theirs, double ours) => (theirs / ours).ToString(theirs / ours < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + "×";
}
