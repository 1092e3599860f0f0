using Halsoportal.Content.Storage;
using Halsoportal.Search.Indexing;
using Halsoportal.Search.Querying;
using Halsoportal.Search.Synonyms;
using Halsoportal.Search.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Halsoportal.Search;

/// <summary>Registers the search engine.</summary>
public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Adds search: <see cref="SearchOptions"/> (section <c>Search</c>, validated at start), the
    /// bundled synonym list (register another <see cref="ISynonymSource"/> first to let region
    /// administrators edit it), the index in <see cref="DataFolder.IndexPath"/> behind a
    /// <see cref="SwappableSearchIndex"/> (register one first to use another directory), and
    /// <see cref="ISearchService"/>, and the <see cref="SearchIndexSynchronizer"/> that the host drives
    /// from the change feed.
    /// </summary>
    public static IServiceCollection AddHalsoportalSearch(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SearchOptions>, SearchOptionsValidator>());
        services.TryAddSingleton<ISynonymSource, DefaultSynonymSource>();
        services.TryAddSingleton(sp => new IndexGenerations(sp.GetRequiredService<DataFolder>().IndexPath));

        // The live generation, or an empty stand-in until the synchronizer has rebuilt from the database.
        services.TryAddSingleton(sp => new SwappableSearchIndex(
            sp.GetRequiredService<IndexGenerations>().TryOpenCurrent() ?? LuceneSearchIndex.CreateInMemory()));
        services.TryAddSingleton<SearchIndexSynchronizer>();
        services.TryAddSingleton<ISearchIndex>(sp => sp.GetRequiredService<SwappableSearchIndex>());
        services.TryAddSingleton<ISearcherSource>(sp => sp.GetRequiredService<SwappableSearchIndex>());
        services.TryAddSingleton<ISearchService>(sp => new LuceneSearchService(
            sp.GetRequiredService<ISearcherSource>(),
            sp.GetRequiredService<ISynonymSource>(),
            sp.GetRequiredService<IOptions<SearchOptions>>().Value));
        return services;
    }
}
