using System.CommandLine;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Halsoportal.Search.Indexing;
using Halsoportal.Search.Sync;

namespace Halsoportal.Web.Features.Operations;

/// <summary>
/// Verbs of the web binary for operators (<c>dotnet run --project src/Web -- search rebuild</c>).
/// They use the same configuration and data folder as the site.
/// </summary>
internal static class OperatorCommands
{
    /// <summary>True when the arguments name a verb rather than host options such as <c>--urls</c>.</summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (!args[0].StartsWith('-') || args[0] is "--help" or "-h" or "-?");

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var rebuild = new Command("rebuild", "Bygger om sökindexet från databasen, bredvid det gamla, och byter sedan.");
        rebuild.SetAction((_, cancellationToken) => RebuildSearchAsync(services, Console.Out, cancellationToken));
        var search = new Command("search", "Sökindexet.") { rebuild };
        var root = new RootCommand("Hälsoportal – kommandon för drift.") { search };
        return await root.Parse(args).InvokeAsync();
    }

    private static async Task<int> RebuildSearchAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        // Ask before anything here opens the index: once this process holds the lock, it would see itself.
        var generations = services.GetRequiredService<IndexGenerations>();
        var nodeIsRunning = generations.IsLockedByAnotherProcess();

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContentStoreInitializer>().InitializeAsync(cancellationToken);
        if (nodeIsRunning)
        {
            // A running node owns the index: ask every node to rebuild through the change feed.
            await scope.ServiceProvider.GetRequiredService<PublishingService>().RequestSearchRebuildAsync(cancellationToken);
            await output.WriteLineAsync("En körande nod använder sökindexet. Alla noder har ombetts bygga om sitt index via ändringsflödet; sökningen fungerar under tiden.");
            return 0;
        }

        var started = TimeProvider.System.GetTimestamp();
        await services.GetRequiredService<SearchIndexSynchronizer>().RebuildAsync(new ConsoleProgress(output), cancellationToken);

        var index = services.GetRequiredService<SwappableSearchIndex>();
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        await output.WriteLineAsync($"\rSökindexet är ombyggt: {index.DocumentCount} dokument på {elapsed.TotalSeconds:F1} s, i {generations.CurrentName()}.");
        index.Dispose();
        generations.DeleteAllBut(generations.CurrentName());
        return 0;
    }

    /// <summary>Writes on the calling thread, so the last count comes before the summary line.</summary>
    private sealed class ConsoleProgress(TextWriter output) : IProgress<RebuildProgress>
    {
        public void Report(RebuildProgress value) => output.Write($"\rBygger om sökindexet: {value.Items} objekt");
    }
}
