using Halsoportal.Media.Processing;
using Halsoportal.Media.Storage;
using Halsoportal.Media.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Halsoportal.Media;

/// <summary>Registers image uploads.</summary>
public static class MediaServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="MediaOptions"/> (section <c>Media</c>, validated at start), the NetVips
    /// <see cref="IImageEngine"/>, a <see cref="LocalMediaStorage"/> in <paramref name="mediaRoot"/>
    /// (register another <see cref="IMediaStorage"/> first to use a shared store) and the
    /// <see cref="MediaUploadProcessor"/>.
    /// </summary>
    public static IServiceCollection AddHalsoportalMedia(this IServiceCollection services, IConfiguration configuration, string mediaRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(mediaRoot);
        services.AddOptions<MediaOptions>()
            .BindConfiguration(MediaOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MediaOptions>, MediaOptionsValidator>());
        services.TryAddSingleton<IImageEngine, NetVipsImageEngine>();
        services.TryAddSingleton<IMediaStorage>(_ => new LocalMediaStorage(mediaRoot));
        services.TryAddSingleton<MediaUploadProcessor>();
        return services;
    }
}
