using Halsoportal.Media.Storage;

namespace Halsoportal.Web.Features.Media;

/// <summary>Serves image renditions to everyone: <c>GET /media/{key}-{width}.webp|jpg</c>.</summary>
internal static class MediaEndpoints
{
    /// <summary>A rendition never changes under its name (a new upload gets a new key), so caches may keep it for a year.</summary>
    public const string CacheControl = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapHalsoportalMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/{file}", ServeAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ServeAsync(string file, IMediaStorage storage, HttpContext context, CancellationToken cancellationToken)
    {
        // Anything that is not exactly a rendition name is a 404 before storage is asked.
        if (!MediaFileName.TryParse(file, out var name))
        {
            return Results.NotFound();
        }

        var stream = await storage.OpenReadAsync(file, cancellationToken);
        if (stream is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = CacheControl;
        return Results.Stream(stream, name.ContentType);
    }
}
