using Halsoportal.Web.Features.Api;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Halsoportal.Web.Features.OpenData;

/// <summary>
/// The open-data services and the files at stable URLs (<c>/oppna-data/kontaktpunkter.csv</c>, …): the file's
/// generation time as <c>Last-Modified</c>, an ETag, conditional GET, and readable from any origin like the API.
/// </summary>
internal static class OpenDataEndpoints
{
    /// <summary>How long a caller waits for the very first files after start-up before getting 503.</summary>
    private static readonly TimeSpan FirstRunWait = TimeSpan.FromSeconds(15);

    public static IServiceCollection AddHalsoportalOpenData(this IServiceCollection services)
    {
        services.AddOptions<OpenDataOptions>().BindConfiguration(OpenDataOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OpenDataOptions>, OpenDataOptionsValidator>();
        services.AddSingleton<OpenDataFiles>();
        services.AddScoped<OpenDataExporter>();
        services.AddSingleton<OpenDataService>();
        services.AddHostedService(sp => sp.GetRequiredService<OpenDataService>());
        return services;
    }

    public static IEndpointRouteBuilder MapOpenDataFiles(this IEndpointRouteBuilder app)
    {
        foreach (var file in OpenDataFiles.All)
        {
            app.MapMethods(file.Url, [HttpMethods.Get, HttpMethods.Head], (HttpContext context, OpenDataFiles files, OpenDataService service) =>
                    ServeAsync(file, context, files, service))
                .RequireCors(ApiEndpoints.CorsPolicy)
                .ExcludeFromDescription();
        }

        return app;
    }

    private static async Task<IResult> ServeAsync(OpenDataFile file, HttpContext context, OpenDataFiles files, OpenDataService service)
    {
        var path = files.PathOf(file);
        if (!File.Exists(path))
        {
            try
            {
                await service.WhenGeneratedAsync(1, context.RequestAborted).WaitAsync(FirstRunWait, context.RequestAborted);
            }
            catch (TimeoutException)
            {
                // Answered below as 503.
            }
        }

        FileStream stream;
        try
        {
            // Opened once: the size, time and bytes served all belong to the same version, even if a new one is renamed in meanwhile.
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            context.Response.Headers.RetryAfter = "60";
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Filen skapas / The file is being generated",
                detail: "Filen finns inte än. Försök igen om en minut. / The file does not exist yet; try again in a minute.");
        }

        var modified = new DateTimeOffset(File.GetLastWriteTimeUtc(stream.SafeFileHandle), TimeSpan.Zero);
        var tag = new EntityTagHeaderValue($"\"{modified.UtcTicks:x}-{stream.Length:x}\"");
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Stream(stream, file.ContentType, lastModified: modified, entityTag: tag);
    }
}
