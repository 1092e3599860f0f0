using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Halsoportal.Search.Tests;

public sealed class SearchServiceCollectionExtensionsTests
{
    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        // In memory instead of the data folder: registered first, so AddHalsoportalSearch keeps it.
        services.AddSingleton(new SwappableSearchIndex(LuceneSearchIndex.CreateInMemory()));
        services.AddHalsoportalSearch(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddHalsoportalSearch_Defaults_ResolveAWorkingService()
    {
        using var provider = Provider([]);
        var index = provider.GetRequiredService<ISearchIndex>();
        index.Upsert(SwedishCorpus.Documents[0]);
        index.Commit(1);

        var result = provider.GetRequiredService<ISearchService>().Search(new SearchRequest { Query = "umo" });

        Assert.Single(result.Hits);
        Assert.Same(provider.GetRequiredService<SwappableSearchIndex>(), provider.GetRequiredService<ISearcherSource>());
    }

    [Fact]
    public void AddHalsoportalSearch_Configuration_BindsOptions()
    {
        using var provider = Provider(new() { ["Search:KommunBoost"] = "3.5" });

        Assert.Equal(3.5f, provider.GetRequiredService<IOptions<SearchOptions>>().Value.KommunBoost);
    }

    [Theory]
    [InlineData("Search:BodyBoost", "9", "TitleBoost")]
    [InlineData("Search:RegionBoost", "5", "KommunBoost")]
    [InlineData("Search:MaxPageSize", "0", "MaxPageSize")]
    public void AddHalsoportalSearch_InvalidOptions_FailWithAMessage(string key, string value, string mentioned)
    {
        using var provider = Provider(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SearchOptions>>().Value);
        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
    }
}
