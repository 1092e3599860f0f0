using Halsoportal.Media.Processing;
using Halsoportal.Media.Storage;

namespace Halsoportal.Media.Tests;

public sealed class LocalMediaStorageTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "halsoportal-media-tests", Guid.NewGuid().ToString("N"));
    private readonly LocalMediaStorage _storage;
    private readonly string _key = MediaFileName.NewKey();

    public LocalMediaStorageTests()
    {
        _storage = new LocalMediaStorage(Path.Combine(_parent, "media"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_parent))
        {
            Directory.Delete(_parent, recursive: true);
        }
    }

    private MediaFile File(int width, RenditionFormat format, byte fill = 1) =>
        new(MediaFileName.For(_key, width, format), Enumerable.Repeat(fill, width).ToArray());

    [Fact]
    public async Task SaveAsync_ThenOpenRead_ReturnsTheBytes()
    {
        await _storage.SaveAsync(_key, [File(320, RenditionFormat.Webp, 7), File(320, RenditionFormat.Jpeg, 8)], CancellationToken.None);

        await using var stream = await _storage.OpenReadAsync($"{_key}-320.webp", CancellationToken.None);
        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(Enumerable.Repeat((byte)7, 320), copy.ToArray());
        Assert.Equal(2, Directory.GetFiles(_storage.Root).Length);
    }

    [Fact]
    public async Task SaveAsync_NameOfAnotherKey_ThrowsAndWritesNothing()
    {
        var other = new MediaFile(MediaFileName.For(MediaFileName.NewKey(), 320, RenditionFormat.Jpeg), new byte[3]);

        await Assert.ThrowsAsync<ArgumentException>(() => _storage.SaveAsync(_key, [File(320, RenditionFormat.Jpeg), other], CancellationToken.None));

        Assert.False(Directory.Exists(_storage.Root) && Directory.EnumerateFileSystemEntries(_storage.Root).Any());
    }

    [Fact]
    public async Task SaveAsync_FailsHalfway_LeavesNothing()
    {
        // The second file's final name is taken, so its move fails after the first has moved.
        Directory.CreateDirectory(_storage.Root);
        await System.IO.File.WriteAllBytesAsync(Path.Combine(_storage.Root, $"{_key}-640.jpg"), [9]);

        await Assert.ThrowsAnyAsync<IOException>(() =>
            _storage.SaveAsync(_key, [File(320, RenditionFormat.Jpeg), File(640, RenditionFormat.Jpeg), File(960, RenditionFormat.Jpeg)], CancellationToken.None));

        Assert.Equal([$"{_key}-640.jpg"], Directory.GetFiles(_storage.Root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task DeleteAsync_Key_RemovesOnlyItsRenditions()
    {
        var otherKey = MediaFileName.NewKey();
        await _storage.SaveAsync(_key, [File(320, RenditionFormat.Webp), File(320, RenditionFormat.Jpeg)], CancellationToken.None);
        await _storage.SaveAsync(otherKey, [new MediaFile(MediaFileName.For(otherKey, 320, RenditionFormat.Jpeg), new byte[1])], CancellationToken.None);

        await _storage.DeleteAsync(_key, CancellationToken.None);

        Assert.Equal([$"{otherKey}-320.jpg"], Directory.GetFiles(_storage.Root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task DeleteAsync_InvalidKey_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _storage.DeleteAsync("*", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => _storage.DeleteAsync("../media", CancellationToken.None));
    }

    [Fact]
    public async Task OpenReadAsync_Missing_Null()
    {
        Assert.Null(await _storage.OpenReadAsync($"{_key}-320.jpg", CancellationToken.None));
    }

    public static TheoryData<string> Traversal => new()
    {
        "../secret.db",
        "../media/../secret.db",
        "..\\secret.db",
        "/etc/passwd",
        "secret.db",
        "%2e%2e%2fsecret.db",
    };

    [Theory]
    [MemberData(nameof(Traversal))]
    public async Task OpenReadAsync_PathTraversal_Null(string name)
    {
        // A real file beside the media folder that a traversal would reach.
        Directory.CreateDirectory(_storage.Root);
        await System.IO.File.WriteAllTextAsync(Path.Combine(_parent, "secret.db"), "hemligt");

        Assert.Null(await _storage.OpenReadAsync(name, CancellationToken.None));
    }
}
