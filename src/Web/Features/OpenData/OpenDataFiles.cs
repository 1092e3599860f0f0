using Halsoportal.Content.Storage;

namespace Halsoportal.Web.Features.OpenData;

/// <summary>One downloadable file: its name in the URL and on disk, its format and what it holds.</summary>
public sealed record OpenDataFile(string Name, string Format, string ContentType, string Title, string Description)
{
    public string Url => $"/oppna-data/{Name}";
}

/// <summary>
/// The open-data files in the data folder's <c>oppna-data/</c>. Each is written to a temporary file beside it and
/// renamed over the old one, so a reader gets the old file or the new one, never half of one; the file's
/// modification time is the moment it was generated, by the app's clock.
/// </summary>
public sealed class OpenDataFiles(DataFolder dataFolder)
{
    public static OpenDataFile ContactPointsCsv { get; } = new("kontaktpunkter.csv", "CSV", "text/csv; charset=utf-8; header=present",
        "Kontaktpunkter", "En rad per publicerad kontaktpunkt, med besökstider per veckodag och alla öppettider som JSON i sista kolumnen.");

    public static OpenDataFile ContactPointsJson { get; } = new("kontaktpunkter.json", "JSON", "application/json; charset=utf-8",
        "Kontaktpunkter", "Alla publicerade kontaktpunkter med strukturerade öppettider, tillgänglighet, tjänster och språk.");

    public static OpenDataFile DialogResultsJson { get; } = new("dialogresultat.json", "JSON", "application/json; charset=utf-8",
        "Resultat av medborgardialoger", "Publicerade resultat i sammanställd form. Grupper med för få svarande visas inte.");

    public static IReadOnlyList<OpenDataFile> All { get; } = [ContactPointsCsv, ContactPointsJson, DialogResultsJson];

    public string Folder { get; } = Path.Combine(dataFolder.Root, "oppna-data");

    /// <summary>True when every file has been generated at least once.</summary>
    public bool AllExist => All.All(f => File.Exists(PathOf(f)));

    public string PathOf(OpenDataFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Path.Combine(Folder, file.Name);
    }

    /// <summary>Writes <paramref name="file"/> through <paramref name="write"/> and puts it in place in one rename.</summary>
    public async Task WriteAsync(OpenDataFile file, Func<Stream, CancellationToken, Task> write, DateTimeOffset generatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(write);
        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, $".{file.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await write(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);

                // On disk before the rename: after a crash the name points at a whole file.
                stream.Flush(flushToDisk: true);
            }

            File.SetLastWriteTimeUtc(temporary, generatedAt.UtcDateTime);
            File.Move(temporary, PathOf(file), overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
