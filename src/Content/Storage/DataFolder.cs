namespace Halsoportal.Content.Storage;

/// <summary>The data folder and what lives in it. Checked before anything opens it.</summary>
public sealed class DataFolder
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    private DataFolder(string root) => Root = root;

    /// <summary>Absolute path of the folder.</summary>
    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, "halsoportal.db");

    public string IndexPath => Path.Combine(Root, "index");

    public string MediaPath => Path.Combine(Root, "media");

    /// <summary>
    /// Creates the folder when missing and proves it is usable: writable, and any existing
    /// database file is a readable, writable SQLite file. Throws <see cref="DataFolderException"/>
    /// with one line that says what is wrong and where.
    /// </summary>
    public static DataFolder Prepare(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var root = Path.GetFullPath(path);
        if (File.Exists(root))
        {
            throw new DataFolderException($"Datamappen {root} är en fil, inte en mapp. Ange en mapp i Halsoportal:DataPath.");
        }

        try
        {
            Directory.CreateDirectory(root);
            var probe = Path.Combine(root, $".skrivtest-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataFolderException($"Datamappen {root} går inte att skriva till: {ex.Message}");
        }

        var folder = new DataFolder(root);
        folder.CheckDatabaseFile();
        return folder;
    }

    private void CheckDatabaseFile()
    {
        if (!File.Exists(DatabasePath))
        {
            return;
        }

        var header = new byte[SqliteHeader.Length];
        int read;
        try
        {
            using var stream = new FileStream(DatabasePath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataFolderException($"Databasfilen {DatabasePath} går inte att öppna för skrivning: {ex.Message}");
        }

        // An empty file is what SQLite itself creates before the first write; anything else must carry the header.
        if (read > 0 && !header.AsSpan(0, read).SequenceEqual(SqliteHeader))
        {
            throw new DataFolderException($"Databasfilen {DatabasePath} är skadad: den är inte en SQLite-databas. Återställ den från säkerhetskopia eller flytta undan den.");
        }
    }
}

/// <summary>The data folder cannot be used; the message is one line for the operator.</summary>
public sealed class DataFolderException(string message) : Exception(message);
