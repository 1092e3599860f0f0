using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using Halsoportal.Benchmarks.Corpus;
using Halsoportal.Benchmarks.Engines;
using Halsoportal.Benchmarks.Reporting;

// Search benchmark (issue 4): our Lucene engine against PostgreSQL full-text search on the same
// generated Swedish corpus, in the same run. Not a test: it prints numbers and PASS/MISS against
// the targets and exits 0 either way. Run it through bench/search.sh, which provides PostgreSQL.
const string ConnectionVariable = "HALSOPORTAL_BENCH_POSTGRES";

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = Encoding.UTF8;
var output = Console.Out;

// `dialog`: the survey submission engine (issue 6) instead of search; see README "Dialog benchmark".
if (args.Length > 0 && args[0] == "dialog")
{
    return await Halsoportal.Benchmarks.Dialog.DialogBenchmark.RunAsync(args[1..], output);
}

var documents = 100_000;
var indexThreads = new Halsoportal.Search.SearchOptions().RebuildThreads;
var runs = 200;
var postgresRuns = 200;
var seed = CorpusGenerator.DefaultSeed;
var usePostgres = true;
int? showDocument = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--docs" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0:
            documents = n;
            i++;
            break;
        case "--quick":
            documents = 10_000;
            break;
        case "--index-threads" when i + 1 < args.Length && int.TryParse(args[i + 1], out var t) && t is >= 1 and <= 64:
            indexThreads = t;
            i++;
            break;
        case "--runs" when i + 1 < args.Length && int.TryParse(args[i + 1], out var r) && r >= 20:
            runs = r;
            i++;
            break;
        case "--pg-runs" when i + 1 < args.Length && int.TryParse(args[i + 1], out var p) && p >= 20:
            postgresRuns = p;
            i++;
            break;
        case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], out var s):
            seed = s;
            i++;
            break;
        case "--no-postgres":
            usePostgres = false;
            break;
        case "--show" when i + 1 < args.Length && int.TryParse(args[i + 1], out var shown) && shown >= 0:
            showDocument = shown;
            i++;
            break;
        default:
            Console.Error.WriteLine($"""
                Unknown or incomplete option: {args[i]}
                Usage: Halsoportal.Benchmarks [--docs N | --quick] [--index-threads N] [--runs N] [--pg-runs N] [--seed N] [--no-postgres] [--show N]
                  --docs N       documents to generate (default 100 000); --quick = 10 000
                  --index-threads N  threads feeding the index writer (default: as a rebuild, one per core)
                  --runs N       timed searches per query class for our engine (default 200, at least 20)
                  --pg-runs N    timed searches per query class for PostgreSQL (default 200)
                  --seed N       corpus seed (default {CorpusGenerator.DefaultSeed})
                  --no-postgres  skip the baseline
                  --show N       print generated document N and exit
                PostgreSQL: connection string in {ConnectionVariable} (bench/search.sh sets it).
                """);
            return 2;
    }
}

if (showDocument is { } number)
{
    var document = new CorpusGenerator(seed).Create(number);
    output.WriteLine($"{document.Id} {document.Url} kommun [{string.Join(", ", document.KommunCodes)}] region {document.RegionCode ?? "–"} " +
        $"topics [{string.Join(", ", document.Topics)}] life [{string.Join(", ", document.LifeSituations)}] updated {document.Updated:yyyy-MM-dd}");
    output.WriteLine($"# {document.Title}\n\n{document.Ingress}\n\n{document.Body}");
    return 0;
}

var connectionString = Environment.GetEnvironmentVariable(ConnectionVariable);
if (usePostgres && string.IsNullOrWhiteSpace(connectionString))
{
    output.WriteLine($"No {ConnectionVariable}: the PostgreSQL baseline is skipped (bench/search.sh starts a private server and sets it).");
    usePostgres = false;
}

var machine = $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC";
var generator = new CorpusGenerator(seed);
output.WriteLine($"Search benchmark: {Halsoportal.Benchmarks.Measuring.Units.Count(documents)} documents (seed {seed}, vocabulary {generator.VocabularySize} words and phrases), {runs} runs per query class; {machine}");

output.WriteLine($"Load average at start: {LoadAverage()} (the machine should be otherwise idle)");

var folder = Path.Combine(Path.GetTempPath(), "halsoportal-bench-" + Guid.NewGuid().ToString("N"));
LuceneResults ours;
try
{
    ours = new LuceneBenchmark(generator, documents, indexThreads, runs, output).Run(folder);
}
finally
{
    if (Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }
}

// The Lucene index is closed and its memory measured before PostgreSQL's turn: the client side of
// the baseline does not count against our memory target.
GC.Collect();
PostgresResults? postgres = null;
if (usePostgres)
{
    postgres = new PostgresBaseline(connectionString!, generator, documents, postgresRuns, output).Run();
}

Report.Write(output, ours, postgres, machine);
output.WriteLine($"Load average at the end: {LoadAverage()}");
return 0;

// 1, 5 and 15 minute load averages: other work on the 2 cores shows up here, and in the numbers.
static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
