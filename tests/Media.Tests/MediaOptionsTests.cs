using Halsoportal.Media.Processing;
using Halsoportal.Media.Storage;
using Halsoportal.Media.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Halsoportal.Media.Tests;

public sealed class MediaOptionsTests
{
    // The same binding and validators AddHalsoportalMedia registers, without a container (this
    // project has none; the web tests resolve the real registration).
    private static MediaOptions Create(Dictionary<string, string?> settings)
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(MediaOptions.SectionName);
        var factory = new OptionsFactory<MediaOptions>(
            [new ConfigureFromConfigurationOptions<MediaOptions>(section)],
            [],
            [new DataAnnotationValidateOptions<MediaOptions>(Options.DefaultName), new MediaOptionsValidator()]);
        return factory.Create(Options.DefaultName);
    }

    [Fact]
    public void Create_NoSettings_Defaults()
    {
        var options = Create([]);

        Assert.Equal(15L * 1024 * 1024, options.MaxBytes);
        Assert.Equal(40, options.MaxMegapixels);
        Assert.Equal([320, 640, 960, 1280, 1920], options.EffectiveWidths);
    }

    [Fact]
    public void Create_WidthsConfigured_ReplaceDefaults()
    {
        var options = Create(new() { ["Media:Widths:0"] = "800", ["Media:Widths:1"] = "400" });

        Assert.Equal([400, 800], options.EffectiveWidths);
    }

    [Theory]
    [InlineData("Media:Widths:0", "10", "between 16 and 8192")]
    [InlineData("Media:MaxMegapixels", "0", "MaxMegapixels")]
    [InlineData("Media:MaxBytes", "10", "MaxBytes")]
    [InlineData("Media:JpegQuality", "101", "JpegQuality")]
    public void Create_BadSetting_FailsWithOperatorMessage(string key, string value, string expected)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Create(new() { [key] = value }));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateWidths_Fails()
    {
        var result = new MediaOptionsValidator().Validate(null, new MediaOptions { Widths = [320, 320] });

        Assert.True(result.Failed);
        Assert.Contains("twice", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AddHalsoportalMedia_Services_RegistersEngineStorageProcessorAndValidator()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();

        services.AddHalsoportalMedia(configuration, "/tmp/media");

        Assert.Contains(services, d => d.ServiceType == typeof(IImageEngine) && d.ImplementationType == typeof(NetVipsImageEngine));
        Assert.Contains(services, d => d.ServiceType == typeof(IMediaStorage) && d.Lifetime == ServiceLifetime.Singleton);
        Assert.Contains(services, d => d.ServiceType == typeof(MediaUploadProcessor));
        Assert.Contains(services, d => d.ServiceType == typeof(IValidateOptions<MediaOptions>) && d.ImplementationType == typeof(MediaOptionsValidator));
    }
}
