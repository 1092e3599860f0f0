using Halsoportal.Search.Indexing;

namespace Halsoportal.Search.Sync;

/// <summary>
/// The index lives in generation folders under the index path, with a <c>CURRENT</c> file naming
/// the live one. A rebuild writes a new generation beside the live one and then moves the pointer,
/// so a crash mid-rebuild leaves the old index in place and search never goes empty.
/// </summary>
public sealed class IndexGenerations(string indexPath)
{
    private const string PointerFile = "CURRENT";

    /// <summary>The folder that holds all generations.</summary>
    public string Root { get; } = indexPath;

    /// <summary>Why the last <see cref="TryOpenCurrent"/> found no usable index, for the log.</summary>
    public string? LastProblem { get; private set; }

    /// <summary>
    /// Opens the live generation. Returns null when there is none, or when it is missing,
    /// unreadable, corrupt or written with an older schema: then the caller rebuilds.
    /// </summary>
    public LuceneSearchIndex? TryOpenCurrent()
    {
        var index = TryOpen(out var problem);
        LastProblem = problem;
        return index;
    }

    private LuceneSearchIndex? TryOpen(out string? problem)
    {
        problem = null;
        var pointer = Path.Combine(Root, PointerFile);
        if (!File.Exists(pointer))
        {
            problem = "no index yet";
            return null;
        }

        var folder = Path.Combine(Root, File.ReadAllText(pointer).Trim());
        if (!System.IO.Directory.Exists(folder))
        {
            problem = $"the index folder {folder} is missing";
            return null;
        }

        LuceneSearchIndex? index = null;
        try
        {
            index = LuceneSearchIndex.OpenFolder(folder);
            if (index.HasCurrentSchema && index.Cursor is not null)
            {
                return index;
            }

            problem = "the index was written by an older version or never completed";
        }
#pragma warning disable CA1031 // Any failure to open means the same thing: rebuild from the database.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            problem = $"the index in {folder} cannot be opened: {ex.GetType().Name}: {ex.Message}";
        }

        index?.Dispose();
        return null;
    }

    /// <summary>The name of the live generation, or "" when there is none.</summary>
    public string CurrentName()
    {
        var pointer = Path.Combine(Root, PointerFile);
        return File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : "";
    }

    /// <summary>True when another process (a running node) holds the live generation's write lock.</summary>
    public bool IsLockedByAnotherProcess()
    {
        var name = CurrentName();
        var folder = Path.Combine(Root, name);
        if (name.Length == 0 || !System.IO.Directory.Exists(folder))
        {
            return false;
        }

        using var directory = Lucene.Net.Store.FSDirectory.Open(folder);
        return Lucene.Net.Index.IndexWriter.IsLocked(directory);
    }

    /// <summary>Creates an empty new generation folder and opens an index in it.</summary>
    public (LuceneSearchIndex Index, string Name) CreateNext()
    {
        System.IO.Directory.CreateDirectory(Root);
        var name = $"gen-{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[..32];
        return (LuceneSearchIndex.OpenFolder(Path.Combine(Root, name)), name);
    }

    /// <summary>Makes <paramref name="name"/> the live generation: an atomic rename of the pointer file.</summary>
    public void Promote(string name)
    {
        var temp = Path.Combine(Root, $"{PointerFile}.tmp");
        File.WriteAllText(temp, name);
        File.Move(temp, Path.Combine(Root, PointerFile), overwrite: true);
    }

    /// <summary>Deletes every generation folder except <paramref name="name"/> (call once they are closed).</summary>
    public void DeleteAllBut(string name)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(Root, "gen-*"))
        {
            if (!string.Equals(Path.GetFileName(folder), name, StringComparison.Ordinal))
            {
                TryDelete(folder);
            }
        }
    }

    /// <summary>
    /// Deletes the generation folders made before <paramref name="name"/> (names sort by creation
    /// time). A newer one is left alone: it may be a rebuild in progress.
    /// </summary>
    public void DeleteOlderThan(string name)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(Root, "gen-*"))
        {
            if (string.CompareOrdinal(Path.GetFileName(folder), name) < 0)
            {
                TryDelete(folder);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Still open somewhere (an old searcher); the next promotion removes it.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: left for the next promotion.
        }
    }
}
