using Halsoportal.Media.Processing;
using Halsoportal.Media.Storage;
using Microsoft.Extensions.Options;

namespace Halsoportal.Media.Uploads;

/// <summary>
/// Takes an uploaded file from stream to stored renditions (security.md item 8). In order, each
/// step cheap before the next: size while reading, magic bytes, dimensions from the header and the
/// pixel cap, then — only then — decoding, EXIF rotation, metadata removal and re-encoding, and
/// finally storage under a server-chosen key. Any refusal stores nothing.
/// </summary>
public sealed class MediaUploadProcessor : IDisposable
{
    private const int ReadChunk = 64 * 1024;

    private readonly IImageEngine _engine;
    private readonly IMediaStorage _storage;
    private readonly MediaOptions _options;
    private readonly SemaphoreSlim _gate;

    public MediaUploadProcessor(IImageEngine engine, IMediaStorage storage, IOptions<MediaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _engine = engine;
        _storage = storage;
        _options = options.Value;
        _gate = new SemaphoreSlim(_options.MaxConcurrentJobs);
    }

    /// <summary>
    /// Checks, re-encodes and stores the image in <paramref name="content"/>.
    /// <paramref name="declaredLength"/> (the multipart part's length, when known) lets a file that
    /// is plainly too large be refused without reading it; the real count is what decides.
    /// </summary>
    public async Task<MediaUploadResult> ProcessAsync(Stream content, long? declaredLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (declaredLength > _options.MaxBytes)
        {
            return Refuse(MediaUploadStatus.TooLarge, $"declared {declaredLength} bytes");
        }

        var data = await ReadCappedAsync(content, declaredLength, cancellationToken);
        if (data is null)
        {
            return Refuse(MediaUploadStatus.TooLarge, $"more than {_options.MaxBytes} bytes");
        }

        if (data.Length == 0)
        {
            return Refuse(MediaUploadStatus.Empty);
        }

        switch (ImageHeaderReader.TryRead(data, out var header))
        {
            case HeaderOutcome.NotAnImage:
                return Refuse(MediaUploadStatus.UnsupportedFormat, $"first bytes {Convert.ToHexString(data.AsSpan(0, Math.Min(8, data.Length)))}");
            case HeaderOutcome.Malformed:
                return Refuse(MediaUploadStatus.Corrupt, "unreadable header");
        }

        // JPEG cannot exceed 65 535 on a side; a longer side is a decompression bomb, not a photo.
        if (header.Pixels > _options.MaxPixels || header.Width > ushort.MaxValue || header.Height > ushort.MaxValue)
        {
            return MediaUploadResult.Refused(MediaUploadStatus.TooManyPixels, _options, $"{header.Format} {header.Width}×{header.Height}", header);
        }

        EncodedImage image;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            image = _engine.Encode(data, header, new EncodeSettings(_options.EffectiveWidths, _options.WebpQuality, _options.JpegQuality));
        }
        catch (ImageDecodeException ex)
        {
            return Refuse(MediaUploadStatus.Corrupt, ex.Message);
        }
        finally
        {
            _gate.Release();
        }

        var key = MediaFileName.NewKey();
        var files = image.Renditions.Select(r => new MediaFile(MediaFileName.For(key, r.Width, r.Format), r.Data)).ToList();
        try
        {
            await _storage.SaveAsync(key, files, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Refuse(MediaUploadStatus.StorageFailed, ex.Message);
        }

        return MediaUploadResult.Stored(key, image);
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private MediaUploadResult Refuse(MediaUploadStatus status, string? detail = null) => MediaUploadResult.Refused(status, _options, detail);

    /// <summary>Reads at most MaxBytes + 1 bytes; null when there are more (the rest is never read).</summary>
    private async Task<byte[]?> ReadCappedAsync(Stream content, long? declaredLength, CancellationToken cancellationToken)
    {
        var cap = _options.MaxBytes;
        var initial = (int)Math.Min(declaredLength is > 0 ? declaredLength.Value + 1 : ReadChunk, cap + 1);
        using var buffer = new MemoryStream(initial);
        var chunk = new byte[ReadChunk];
        while (true)
        {
            var wanted = (int)Math.Min(chunk.Length, cap + 1 - buffer.Length);
            var read = await content.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > cap)
            {
                return null;
            }
        }
    }
}
