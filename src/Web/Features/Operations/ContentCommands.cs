using System.CommandLine;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Storage;
using Halsoportal.Content.Transfer;

namespace Halsoportal.Web.Features.Operations;

/// <summary>
/// <c>content export | import</c>: articles in and out as the documented JSON content file
/// (README, "Content import and export"), so a kommun can move its old site in. The import shows
/// one line per article and a summary; a file with any problem gets every problem as a Swedish
/// line on standard error, exit code 1, and nothing written.
/// </summary>
internal static class ContentCommands
{
    private const int MaxTitleShown = 60;

    public static Command Create(IServiceProvider services, OperatorConsole console)
    {
        var exportFile = FileOption("Filen som skrivs, till exempel innehall.json. En fil som redan finns ersätts.");
        var kommun = new Option<string?>("--kommun") { Description = "Bara artiklar som ägs av en kommun: kommunkod eller namn (2281, Sundsvall)." };
        var export = new Command("export", "Skriver artiklarna till en JSON-fil i Hälsoportals innehållsformat.") { exportFile, kommun };
        export.SetAction((parse, ct) => InScopeAsync(services, sp => ExportAsync(sp, console, parse.GetValue(exportFile), parse.GetValue(kommun), ct), ct));

        var importFile = FileOption("JSON-filen som läses, i Hälsoportals innehållsformat (se README).");
        var dryRun = new Option<bool>("--dry-run") { Description = "Kontrollera filen och visa vad som skulle hända, utan att spara något." };
        var import = new Command("import", "Läser in artiklar från en JSON-fil. Artiklar känns igen på externalId: oförändrade hoppas över, ändrade får en ny version.") { importFile, dryRun };
        import.SetAction((parse, ct) => InScopeAsync(services, sp => ImportAsync(sp, console, parse.GetValue(importFile), parse.GetValue(dryRun), ct), ct));

        return new Command("content", "Import och export av innehåll.") { export, import };
    }

    private static Option<string?> FileOption(string description) => new("--file") { Description = description };

    /// <summary>Brings the store up to date first: on a fresh install the first verb creates the database.</summary>
    private static async Task<int> InScopeAsync(IServiceProvider services, Func<IServiceProvider, Task<int>> action, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContentStoreInitializer>().InitializeAsync(cancellationToken);
        return await action(scope.ServiceProvider);
    }

    private static async Task<int> ExportAsync(IServiceProvider services, OperatorConsole console, string? file, string? kommunText, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return await FailAsync(console, ["Ange filen med --file, till exempel --file innehall.json."]);
        }

        string? kommunCode = null;
        if (!string.IsNullOrWhiteSpace(kommunText))
        {
            var (code, error) = await FindKommunAsync(services.GetRequiredService<KommunService>(), kommunText.Trim(), cancellationToken);
            if (error is not null)
            {
                return await FailAsync(console, [error]);
            }

            kommunCode = code;
        }

        // Written beside the target and moved into place, so a failed export never leaves half a file.
        var path = Path.GetFullPath(file);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        ExportResult result;
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                result = await services.GetRequiredService<ContentTransferService>()
                    .ExportAsync(stream, kommunCode, new CounterProgress(console.Out), cancellationToken);
            }

            if (result.Status == ExportStatus.Done)
            {
                File.Move(temporary, path, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await FailAsync(console, [$"Kan inte skriva {path}: mappen finns inte, eller filen får inte skrivas där."]);
        }
        finally
        {
            // Gone after the move; never there when its folder is missing (and then Delete would throw).
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        if (result.Status == ExportStatus.UnknownKommun)
        {
            return await FailAsync(console, [$"Det finns ingen kommun med kommunkoden {kommunCode}."]);
        }

        var assigned = result.ExternalIdsAssigned == 0 ? "" : $" {result.ExternalIdsAssigned} av dem saknade externalId och fick ett (halsoportal:…), som också sparades.";
        await console.Out.WriteLineAsync($"\r{Articles(result.Count)} exporterade till {path}.{assigned}");
        return 0;
    }

    private static async Task<int> ImportAsync(IServiceProvider services, OperatorConsole console, string? file, bool dryRun, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return await FailAsync(console, ["Ange filen med --file, till exempel --file innehall.json."]);
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return await FailAsync(console, [$"Filen {file} finns inte."]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await FailAsync(console, [$"Filen {file} går inte att läsa."]);
        }

        if (dryRun)
        {
            await console.Out.WriteLineAsync("Torrkörning: filen kontrolleras och ingenting sparas.");
        }

        var result = await services.GetRequiredService<ContentTransferService>()
            .ImportAsync(bytes, dryRun, new LineProgress(console.Out), cancellationToken);
        var counts = $"{result.Created} {(result.Created == 1 ? "ny" : "nya")}, {result.Updated} {(result.Updated == 1 ? "ändrad" : "ändrade")}, {result.Unchanged} {(result.Unchanged == 1 ? "oförändrad" : "oförändrade")}";
        switch (result.Status)
        {
            case ImportStatus.Invalid:
                var articles = result.Problems.Where(p => p.Article is not null).Select(p => p.Article).Distinct().Count();
                var where = articles == 0 ? "i filen" : $"i {articles} av {Articles(result.Total)}";
                return await FailAsync(console, [.. result.Problems.Select(p => p.ToString()), $"Inget importerades: {result.Problems.Count} fel {where}. Rätta filen och kör igen; --dry-run kontrollerar utan att spara."]);
            case ImportStatus.Stopped:
                var done = result.Created + result.Updated + result.Unchanged;
                return await FailAsync(console, [.. result.Problems.Select(p => p.ToString()), $"Importen avbröts efter {done} av {Articles(result.Total)} ({counts}). Kör samma fil igen: det som redan är importerat räknas som oförändrat."]);
        }

        await console.Out.WriteLineAsync(dryRun
            ? $"Torrkörning: {Articles(result.Total)}: {counts}. Inget sparades."
            : $"{Articles(result.Total)}: {counts}.");
        return 0;
    }

    private static string Articles(int count) => count == 1 ? "1 artikel" : $"{count} artiklar";

    private static async Task<(string? Code, string? Error)> FindKommunAsync(KommunService kommuner, string typed, CancellationToken cancellationToken)
    {
        if (typed.All(char.IsAsciiDigit))
        {
            return (typed, null);
        }

        var match = await kommuner.MatchAsync(typed, cancellationToken);
        return match.Status switch
        {
            KommunMatchStatus.Found => (match.Kommun!.Code, null),
            KommunMatchStatus.Ambiguous => (null, $"Flera kommuner börjar på ”{typed}”: {string.Join(", ", match.Candidates.Select(k => $"{k.Name} ({k.Code})"))}. Skriv hela namnet eller kommunkoden."),
            _ => (null, $"Det finns ingen kommun som heter ”{typed}”."),
        };
    }

    private static async Task<int> FailAsync(OperatorConsole console, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            await console.Error.WriteLineAsync($"Fel: {problem}");
        }

        return 1;
    }

    /// <summary>"12/40 Sundsvall: Promenadgrupper – ny, publicerad". Written on the calling thread, so lines come in order.</summary>
    private sealed class LineProgress(TextWriter output) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            var title = value.Title.Length <= MaxTitleShown ? value.Title : string.Concat(value.Title.AsSpan(0, MaxTitleShown - 1), "…");
            var outcome = value.Outcome switch
            {
                ImportOutcome.Created => "ny",
                ImportOutcome.Updated => "ändrad",
                _ => "oförändrad",
            };
            var release = value.Release switch
            {
                ImportRelease.Published => ", publicerad",
                ImportRelease.SentForReview => ", skickad för granskning (kommunen har granskningssteg)",
                _ => "",
            };
            output.WriteLine($"{value.Number}/{value.Total} {value.OwnerName}: {title} – {outcome}{release}");
        }
    }

    /// <summary>One counter that rewrites itself, like <c>search rebuild</c>.</summary>
    private sealed class CounterProgress(TextWriter output) : IProgress<ExportProgress>
    {
        public void Report(ExportProgress value) => output.Write($"\rExporterar: {value.Number}/{value.Total} artiklar");
    }
}
