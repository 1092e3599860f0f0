using Halsoportal.Media.Uploads;

namespace Halsoportal.Web.Features.Media;

/// <summary>Upload events for the operator. No image content, alt text or names: only outcome, size and the technical reason.</summary>
internal static partial class MediaLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Image stored as {FileKey}: {Width}×{Height}, renditions {Renditions}")]
    public static partial void Stored(ILogger logger, string fileKey, int width, int height, string renditions);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Image upload refused: {Status} ({Detail})")]
    public static partial void Refused(ILogger logger, MediaUploadStatus status, string? detail);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Image storage failed: {Detail}")]
    public static partial void StorageFailed(ILogger logger, string? detail);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Image {FileKey} stored but not recorded; its files were removed")]
    public static partial void NotRecorded(ILogger logger, Exception? exception, string fileKey);
}
