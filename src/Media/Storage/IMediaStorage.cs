namespace Halsoportal.Media.Storage;

/// <summary>
/// Where rendition files live: a local folder on one machine, a shared volume or an object store
/// when there are several (architecture.md). Every name is a <see cref="MediaFileName"/>.
/// </summary>
public interface IMediaStorage
{
    /// <summary>
    /// Stores all <paramref name="files"/> of one upload, or none: when any write fails, whatever
    /// was written is removed before the exception propagates.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not a rendition name of <paramref name="key"/>.</exception>
    /// <exception cref="IOException">The storage failed (disk full, …); nothing is left behind.</exception>
    Task SaveAsync(string key, IReadOnlyList<MediaFile> files, CancellationToken cancellationToken);

    /// <summary>Removes every rendition of <paramref name="key"/>. No error when there are none.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Opens a rendition for reading, or null when the name is not a valid rendition name or no such file exists.</summary>
    Task<Stream?> OpenReadAsync(string fileName, CancellationToken cancellationToken);
}

/// <summary>One file to store.</summary>
public sealed record MediaFile(string FileName, ReadOnlyMemory<byte> Content);
