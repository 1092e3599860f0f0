using System.Text;
using Halsoportal.Media.Processing;
using Halsoportal.Media.Storage;
using Halsoportal.Media.Uploads;
using Microsoft.Extensions.Options;
using NetVips;

namespace Halsoportal.Media.Tests;

public sealed class MediaUploadProcessorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "halsoportal-media-tests", Guid.NewGuid().ToString("N"));
    private readonly CountingEngine _engine = new(new NetVipsImageEngine());

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private MediaUploadProcessor Processor(MediaOptions? options = null, IMediaStorage? storage = null) =>
        new(_engine, storage ?? new LocalMediaStorage(_root), Options.Create(options ?? new MediaOptions()));

    private async Task<MediaUploadResult> UploadAsync(byte[] data, MediaOptions? options = null)
    {
        using var processor = Processor(options);
        return await processor.ProcessAsync(new MemoryStream(data), data.Length, CancellationToken.None);
    }

    private string[] StoredFiles() => Directory.Exists(_root) ? Directory.GetFiles(_root) : [];

    [Theory]
    [InlineData("jpg")]
    [InlineData("png")]
    [InlineData("webp")]
    public async Task ProcessAsync_AcceptedFormat_StoresWebpAndJpegPerWidth(string format)
    {
        var result = await UploadAsync(TestImages.Encode(format, 1000, 500));

        Assert.Equal(MediaUploadStatus.Stored, result.Status);
        Assert.Equal("", result.Message);
        Assert.True(MediaFileName.IsValidKey(result.FileKey));
        Assert.Equal((1000, 500), (result.Width, result.Height));
        Assert.Equal([320, 640, 960], result.Renditions);
        Assert.Equal("320,640,960", result.RenditionWidthsText);
        var expected = result.Renditions!.SelectMany(w => new[] { $"{result.FileKey}-{w}.webp", $"{result.FileKey}-{w}.jpg" }).Order();
        Assert.Equal(expected, StoredFiles().Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task ProcessAsync_JpegWithGps_StoredFilesHaveNoExif()
    {
        var result = await UploadAsync(TestImages.Encode("jpg", 400, 300, orientation: 6, gps: true));

        Assert.Equal(MediaUploadStatus.Stored, result.Status);
        Assert.Equal((300, 400), (result.Width, result.Height));
        Assert.All(StoredFiles(), path => Assert.Empty(TestImages.MetadataFields(File.ReadAllBytes(path))));
    }

    public static TheoryData<string> HostileNames => [.. Hostile.Keys];

    private static readonly Dictionary<string, Func<byte[]>> Hostile = new()
    {
        ["svg"] = () => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
        ["svg named .jpg with BOM"] = () => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")],
        ["gif"] = TestImages.Gif,
        ["heic"] = () => [0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8],
        ["html renamed .jpg"] = () => Encoding.UTF8.GetBytes("<!DOCTYPE html><script>alert(1)</script>"),
        ["pdf"] = () => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n"),
        ["zip"] = () => [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0],
        ["truncated jpeg"] = () => TestImages.Jpeg(800, 600)[..2000],
        ["truncated png"] = () => TestImages.Png(800, 600)[..200],
        ["truncated webp"] = () => TestImages.Webp(800, 600)[..200],
        ["jpeg header then garbage"] = () => [.. TestImages.Jpeg(64, 64)[..400], .. Enumerable.Repeat((byte)0x5A, 4000)],
        ["png header only"] = () => TestImages.PngHeader(100, 100),
        ["jpeg magic then html"] = () => [0xFF, 0xD8, 0xFF, .. Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")],
        ["gif inside a jpeg frame"] = () => [.. TestImages.Jpeg(20, 10)[..300], .. TestImages.Gif()],
    };

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task ProcessAsync_HostileFile_RefusedInSwedishAndNothingStored(string name)
    {
        var result = await UploadAsync(Hostile[name]());

        Assert.True(result.Status is MediaUploadStatus.UnsupportedFormat or MediaUploadStatus.Corrupt, $"{name}: {result.Status}");
        Assert.False(result.IsStored);
        Assert.Null(result.FileKey);
        Assert.Contains(result.Message, new[]
        {
            "Filen är ingen bild i formatet JPEG, PNG eller WebP. Välj en sådan bild (SVG, GIF och HEIC går inte).",
            "Bilden går inte att läsa – filen är skadad eller ofullständig. Spara om bilden i ett bildprogram och försök igen.",
        });
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task ProcessAsync_SvgGifHtml_UnsupportedFormatNeverDecoded()
    {
        foreach (var name in new[] { "svg", "gif", "heic", "html renamed .jpg" })
        {
            Assert.Equal(MediaUploadStatus.UnsupportedFormat, (await UploadAsync(Hostile[name]())).Status);
        }

        Assert.Equal(0, _engine.Calls);
    }

    [Fact]
    public async Task ProcessAsync_PngClaiming20000x20000_TooManyPixelsBeforeDecoding()
    {
        var result = await UploadAsync(TestImages.PngHeader(20_000, 20_000));

        Assert.Equal(MediaUploadStatus.TooManyPixels, result.Status);
        Assert.Equal("Bilden är 20 000 × 20 000 pixlar, men får vara högst 40 megapixel. Förminska bilden och försök igen.", result.Message.Replace('\u00A0', ' '));
        Assert.Equal(0, _engine.Calls);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task ProcessAsync_RealImageOverPixelCap_TooManyPixelsBeforeDecoding()
    {
        var result = await UploadAsync(TestImages.Png(1200, 1000), new MediaOptions { MaxMegapixels = 1 });

        Assert.Equal(MediaUploadStatus.TooManyPixels, result.Status);
        Assert.Equal(0, _engine.Calls);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task ProcessAsync_OneSideOver65535_TooManyPixels()
    {
        var result = await UploadAsync(TestImages.PngHeader(70_000, 1));

        Assert.Equal(MediaUploadStatus.TooManyPixels, result.Status);
        Assert.Equal(0, _engine.Calls);
    }

    [Fact]
    public async Task ProcessAsync_OneByteOverMaxBytes_TooLargeAndNothingStored()
    {
        var options = new MediaOptions { MaxBytes = 2048 };
        var data = TestImages.Jpeg(64, 64);
        var padded = data.Concat(new byte[options.MaxBytes + 1 - data.Length]).ToArray();
        using var processor = Processor(options);

        // Declared length unknown: only the count while reading can catch it.
        var result = await processor.ProcessAsync(new MemoryStream(padded), declaredLength: null, CancellationToken.None);

        Assert.Equal(MediaUploadStatus.TooLarge, result.Status);
        Assert.Empty(StoredFiles());
        Assert.Equal(0, _engine.Calls);
    }

    [Fact]
    public async Task ProcessAsync_ExactlyMaxBytes_NotTooLarge()
    {
        var data = TestImages.Jpeg(64, 64);

        var result = await UploadAsync(data, new MediaOptions { MaxBytes = data.Length });

        Assert.Equal(MediaUploadStatus.Stored, result.Status);
    }

    [Fact]
    public async Task ProcessAsync_EndlessStream_ReadsNoMoreThanCapPlusOne()
    {
        var options = new MediaOptions { MaxBytes = 100_000 };
        using var processor = Processor(options);
        var stream = new EndlessStream();

        var result = await processor.ProcessAsync(stream, declaredLength: null, CancellationToken.None);

        Assert.Equal(MediaUploadStatus.TooLarge, result.Status);
        Assert.Equal(options.MaxBytes + 1, stream.BytesRead);
    }

    [Fact]
    public async Task ProcessAsync_DeclaredLengthOverCap_RefusedWithoutReading()
    {
        using var processor = Processor();
        var stream = new EndlessStream();

        var result = await processor.ProcessAsync(stream, declaredLength: 15L * 1024 * 1024 + 1, CancellationToken.None);

        Assert.Equal(MediaUploadStatus.TooLarge, result.Status);
        Assert.Equal("Filen är större än 15 MB. Välj en mindre bild.", result.Message);
        Assert.Equal(0, stream.BytesRead);
    }

    [Theory]
    [InlineData(15L * 1024 * 1024, "Filen är större än 15 MB. Välj en mindre bild.")]
    [InlineData(1536L * 1024, "Filen är större än 1,5 MB. Välj en mindre bild.")]
    public void MessageFor_TooLarge_NamesTheLimitInSwedish(long maxBytes, string expected)
    {
        Assert.Equal(expected, MediaUploadMessages.For(MediaUploadStatus.TooLarge, new MediaOptions { MaxBytes = maxBytes }));
    }

    [Fact]
    public async Task ProcessAsync_Empty_EmptyWithMessage()
    {
        var result = await UploadAsync([]);

        Assert.Equal(MediaUploadStatus.Empty, result.Status);
        Assert.Equal("Filen är tom. Välj en bild i formatet JPEG, PNG eller WebP.", result.Message);
    }

    [Fact]
    public async Task ProcessAsync_StorageFails_StorageFailedAndNothingLeft()
    {
        var storage = new FailingStorage(new LocalMediaStorage(_root));
        using var processor = Processor(storage: storage);
        var data = TestImages.Jpeg(700, 300);

        var result = await processor.ProcessAsync(new MemoryStream(data), data.Length, CancellationToken.None);

        Assert.Equal(MediaUploadStatus.StorageFailed, result.Status);
        Assert.Equal("Bilden kunde inte sparas just nu. Försök igen om en stund.", result.Message);
        Assert.Empty(StoredFiles());
    }

    /// <summary>The real engine, counted: proves refusals happen before any decoding.</summary>
    private sealed class CountingEngine(IImageEngine inner) : IImageEngine
    {
        public int Calls { get; private set; }

        public EncodedImage Encode(byte[] data, ImageHeader header, EncodeSettings settings)
        {
            Calls++;
            return inner.Encode(data, header, settings);
        }
    }

    /// <summary>Writes half the files through the real storage, then fails like a full disk would.</summary>
    private sealed class FailingStorage(LocalMediaStorage inner) : IMediaStorage
    {
        public async Task SaveAsync(string key, IReadOnlyList<MediaFile> files, CancellationToken cancellationToken) =>
            await inner.SaveAsync(key, [.. files, files[0]], cancellationToken); // the duplicate name collides on move

        public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

        public Task<Stream?> OpenReadAsync(string fileName, CancellationToken cancellationToken) => inner.OpenReadAsync(fileName, cancellationToken);
    }

    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)0xFF, offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
