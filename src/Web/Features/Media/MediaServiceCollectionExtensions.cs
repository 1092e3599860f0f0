using Halsoportal.Content.Media;
using Halsoportal.Media;
using Halsoportal.Web.Features.Editor.Media;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.Media;

/// <summary>Composition of the editors' image library (Content must not know Media, nor Media Content).</summary>
internal static class MediaServiceCollectionExtensions
{
    /// <summary>Room for the other form fields, the antiforgery token and the multipart boundaries.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>The largest request body the upload page accepts: one byte more is answered 413 (security.md item 9).</summary>
    public static long UploadRequestLimit(MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.MaxBytes + FormOverheadBytes;
    }

    /// <summary>
    /// Adds <see cref="MediaLibraryService"/> and puts the body limit on the upload page. The limit
    /// follows <c>Media:MaxBytes</c>, so it is a filter made from options rather than an attribute
    /// constant (see <see cref="UploadLimitFilter"/>).
    /// </summary>
    public static IServiceCollection AddHalsoportalMediaLibrary(this IServiceCollection services)
    {
        services.AddScoped<MediaLibraryService>();
        services.AddOptions<RazorPagesOptions>().Configure<IOptions<MediaOptions>>((pages, media) =>
            pages.Conventions.AddPageApplicationModelConvention(UploadModel.PageName, model =>
                model.Filters.Add(new UploadLimitFilter(UploadRequestLimit(media.Value)))));
        return services;
    }
}
