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

    public static Task<int> RunAsync(IServiceProvider services, string[] args) =>
        RunAsync(services, args, OperatorConsole.System(), CancellationToken.None);

    /// <summary>Runs a verb against <paramref name="console"/> (tests pass strings; the binary passes the terminal).</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, OperatorConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var rebuild = new Command("rebuild", "Bygger om sökindexet från databasen, bredvid det gamla, och byter sedan.");
        rebuild.SetAction((_, ct) => RebuildSearchAsync(services, console.Out, ct));
        var search = new Command("search", "Sökindexet.") { rebuild };
        var migrate = new Command("migrate", "Uppdaterar databaserna (innehåll och dialoger) till den senaste migreringen, på SQLite eller PostgreSQL efter Database:Provider.");
        migrate.SetAction((_, ct) => MigrateAsync(services, console.Out, ct));
        var root = new RootCommand("Hälsoportal – kommandon för drift.") { search, migrate, UserCommands.Create(services, console), ContentCommands.Create(services, console) };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // The parser's own wording (not translated into Swedish by System.CommandLine), led by ours.
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync($"Fel: kommandot gick inte att tolka: {error.Message}");
            }

            await console.Error.WriteLineAsync("Lägg till --help för att se kommandon och flaggor, till exempel: users grant --help");
            return 1;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, cancellationToken);
    }

    /// <summary>Applies pending migrations to both stores (and seeds reference data), as a node's start-up would; safe beside running nodes.</summary>
    private static async Task<int> MigrateAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContentStoreInitializer>().InitializeAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<Halsoportal.Dialog.Storage.DialogStoreInitializer>().InitializeAsync(cancellationToken);
        var provider = scope.ServiceProvider.GetRequiredService<DatabaseSettings>().Provider;
        await output.WriteLineAsync($"Databaserna är uppdaterade ({provider}).");
        return 0;
    }

    private static async Task<int> RebuildSearchAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        // Ask before anything here opens the index: once this process holds the lock, it would see itself.
        var generations = services.GetRequiredService<IndexGenerations>();
        var nodeIsRunning = generations.IsLockedByAnotherProcess();

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContentStoreInitializer>().InitializeAsync(cancellationToken);

        // Dialogs are indexed too (a search source): their store must exist before the rebuild reads it.
        await scope.ServiceProvider.GetRequiredService<Halsoportal.Dialog.Storage.DialogStoreInitializer>().InitializeAsync(cancellationToken);
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
