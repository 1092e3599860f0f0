using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Pages;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Rendering;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Halsoportal.Content;

/// <summary>Registers the content store and its services.</summary>
public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Adds the content store and the services that read it: SQLite in the prepared
    /// <paramref name="dataFolder"/> (WAL + synchronous=FULL), or PostgreSQL when
    /// <c>Database:Provider=Postgres</c> (<see cref="DatabaseSettings"/>).
    /// </summary>
    public static IServiceCollection AddHalsoportalContent(this IServiceCollection services, IConfiguration configuration, DataFolder dataFolder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(dataFolder);
        services.AddOptions<HalsoportalOptions>()
            .BindConfiguration(HalsoportalOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(dataFolder);
        services.TryAddTimeProvider();
        var database = DatabaseSettings.From(configuration);
        services.AddSingleton(database);
        if (database.IsPostgres)
        {
            services.AddDbContext<ContentDbContext, PostgresContentDbContext>(options => options.UseNpgsql(database.ContentConnectionString));
        }
        else
        {
            services.AddDbContext<ContentDbContext, SqliteContentDbContext>(options => options
                .UseSqlite(SqliteDurabilityInterceptor.ConnectionString(dataFolder.DatabasePath))
                .AddInterceptors(new SqliteDurabilityInterceptor()));
        }

        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<KommunService>();
        services.AddScoped<ArticleService>();
        services.AddScoped<EasyReadIndex>();
        services.AddScoped<TranslationIndex>();
        services.AddScoped<PublishedArticleService>();
        services.AddScoped<ArticleDraftReader>();
        services.AddScoped<PageService>();
        services.AddScoped<ContactPoints.ContactPointFinder>();
        services.AddSingleton(_ => ContactPoints.Places.Gazetteer.Default);
        services.AddScoped<ContentStoreInitializer>();
        services.AddScoped<ChangeFeed>();
        services.AddScoped<PublishedContentReader>();
        services.AddScoped<PublishingService>();
        services.AddScoped<ArticleEditingService>();
        services.AddScoped<ArticleWorkflowService>();
        services.AddScoped<Editing.Checks.PublishCheckService>();
        services.AddScoped<PreviewLinkService>();
        services.AddScoped<LocalAdditionService>();
        services.AddScoped<AuditLogService>();
        services.AddScoped<PageEditingService>();
        services.AddScoped<ParkedFormService>();
        services.AddScoped<KommunSettingsService>();
        services.AddScoped<KeyPages.KeyPageService>();
        services.AddScoped<ApiKeys.ApiKeyService>();
        services.AddScoped<Taxonomy.TaxonomyAdminService>();
        services.AddScoped<Synonyms.SynonymListService>();
        services.AddScoped<Accessibility.AccessibilityStatementService>();
        services.AddScoped<EditorDashboardService>();
        services.AddScoped<ContactPoints.Editing.ContactPointEditingService>();
        services.AddScoped<ContactPoints.Editing.ContactPointWorkflowService>();
        services.AddScoped<Transfer.ContentTransferService>();
        services.TryAddSingleton<IContentChangeSignal, NoContentChangeSignal>();
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
