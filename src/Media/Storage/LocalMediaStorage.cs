namespace Halsoportal.Media.Storage;

/// <summary>
/// <see cref="IMediaStorage"/> in a local folder. Files are written under temporary names and
/// moved into place only when all are complete, so a reader never sees half a file and a failed
/// upload leaves nothing behind.
/// </summary>
public sealed class LocalMediaStorage : IMediaStorage
{
    private const string TempSuffix = ".tmp";

    /// <summary>Uses <paramref name="root"/>, creating it when missing.</summary>
    public LocalMediaStorage(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    /// <summary>Absolute path of the folder.</summary>
    public string Root { get; }

    /// <inheritdoc />
    public async Task SaveAsync(string key, IReadOnlyList<MediaFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (!MediaFileName.IsValidKey(key))
        {
            throw new ArgumentException("Not a media file key.", nameof(key));
        }

        foreach (var file in files)
        {
            if (!MediaFileName.TryParse(file.FileName, out var parsed) || parsed.Key != key)
            {
                throw new ArgumentException($"'{file.FileName}' is not a rendition name of {key}.", nameof(files));
            }
        }

        Directory.CreateDirectory(Root);
        var written = new List<(string Temp, string Final)>(files.Count);
        var moved = new List<string>(files.Count);
        try
        {
            foreach (var file in files)
            {
                // The temporary name does not match the rendition pattern, so it can never be served.
                var temp = Path.Combine(Root, $".{key}-{Guid.NewGuid():N}{TempSuffix}");
                written.Add((temp, Path.Combine(Root, file.FileName)));
                await using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.Asynchronous);
                await stream.WriteAsync(file.Content, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            foreach (var (temp, final) in written)
            {
                File.Move(temp, final, overwrite: false);
                moved.Add(final);
            }
        }
        catch
        {
            foreach (var path in written.Select(w => w.Temp).Concat(moved))
            {
                TryDelete(path);
            }

            throw;
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (!MediaFileName.IsValidKey(key))
        {
            throw new ArgumentException("Not a media file key.", nameof(key));
        }

        if (Directory.Exists(Root))
        {
            foreach (var path in Directory.EnumerateFiles(Root, key + "-*"))
            {
                if (MediaFileName.TryParse(Path.GetFileName(path), out var parsed) && parsed.Key == key)
                {
                    File.Delete(path);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<Stream?> OpenReadAsync(string fileName, CancellationToken cancellationToken)
    {
        // Only an exact rendition name gets near the disk: no separators, no "..", no other folder.
        if (!MediaFileName.IsValid(fileName))
        {
            return Task.FromResult<Stream?>(null);
        }

        try
        {
            Stream stream = new FileStream(Path.Combine(Root, fileName), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete,
                bufferSize: 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort while already failing; the original exception is the one that matters.
        }
    }
}
