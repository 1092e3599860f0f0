using Halsoportal.Dialog.Demo;
using Halsoportal.Dialog.Invitations;
using Halsoportal.Dialog.Results;
using Halsoportal.Dialog.Retention;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Submissions;
using Halsoportal.Dialog.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Halsoportal.Dialog;

/// <summary>Registers the dialog store, the submission engine and the survey services.</summary>
public static class DialogServiceCollectionExtensions
{
    /// <summary>
    /// Adds dialog surveys on <c>dialog.db</c> in <paramref name="dataFolder"/> (SQLite, WAL +
    /// synchronous=FULL). The host must run <see cref="DialogStoreInitializer"/> at start-up and
    /// call <see cref="SubmissionService.StopAsync"/> at shutdown so queued answers are committed.
    /// </summary>
    public static IServiceCollection AddHalsoportalDialog(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var store = IsPostgres(configuration)
            ? new DialogStore(dataFolder, configuration["ConnectionStrings:Dialog"] is { Length: > 0 } dialog ? dialog
                : throw new InvalidOperationException("Database:Provider=Postgres kräver en anslutningssträng i ConnectionStrings:Dialog (ConnectionStrings__Dialog)."))
            : new DialogStore(dataFolder);
        return services.AddHalsoportalDialog(configuration, store);
    }

    internal static IServiceCollection AddHalsoportalDialog(this IServiceCollection services, IConfiguration configuration, DialogStore store)
    {
        services.AddOptions<DialogOptions>()
            .BindConfiguration(DialogOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DialogOptions>, DialogOptionsValidator>();
        services.AddSingleton(store);
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }

        if (store.IsPostgres)
        {
            services.AddDbContextFactory<PostgresDialogDbContext>(options => options.UseNpgsql(store.ConnectionString));
            services.AddSingleton<IDbContextFactory<DialogDbContext>, DialogContextFactory<PostgresDialogDbContext>>();
        }
        else
        {
            services.AddDbContextFactory<SqliteDialogDbContext>(options => options
                .UseSqlite(store.ConnectionString)
                .AddInterceptors(new SqliteDurabilityInterceptor()));
            services.AddSingleton<IDbContextFactory<DialogDbContext>, DialogContextFactory<SqliteDialogDbContext>>();
        }

        services.AddScoped<DialogDbContext>(sp => sp.GetRequiredService<IDbContextFactory<DialogDbContext>>().CreateDbContext());
        services.AddSingleton(sp => new IdempotencyKeys(LoadSecret(sp.GetRequiredService<IOptions<DialogOptions>>().Value, store)));
        services.AddSingleton<SurveyCatalog>();
        services.AddSingleton<SubmissionService>();
        services.AddScoped<DialogStoreInitializer>();
        services.AddScoped<SurveyService>();
        services.AddScoped<SurveyEditingService>();
        services.AddScoped<InvitationCodeService>();
        services.AddScoped<ResultsService>();
        services.AddScoped<RetentionService>();
        services.AddScoped<DemoDialogSeeder>();
        return services;
    }

    /// <summary>The configured secret, or the one kept in the data folder (made on first use, readable by the owner only).</summary>
    /// <summary>The provider's context factory as the provider-neutral one the services use.</summary>
    private sealed class DialogContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<DialogDbContext>
        where TContext : DialogDbContext
    {
        public DialogDbContext CreateDbContext() => inner.CreateDbContext();
    }

    /// <summary><c>Database:Provider</c> is Postgres (the content store reads the same key).</summary>
    private static bool IsPostgres(IConfiguration configuration) =>
        configuration["Database:Provider"] is { } provider
        && (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase));

    private static byte[] LoadSecret(DialogOptions options, DialogStore store)
    {
        if (!string.IsNullOrWhiteSpace(options.IdempotencySecret))
        {
            return Convert.FromBase64String(options.IdempotencySecret);
        }

        var path = store.KeyFilePath;
        if (!File.Exists(path))
        {
            var temporary = path + $".{Environment.ProcessId}.tmp";
            var secret = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
            var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, file))
            {
                stream.Write(secret);
                stream.Flush(flushToDisk: true);
            }

            // Two processes starting at once: the first file in place wins, both then read it.
            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException($"The idempotency secret in {path} is shorter than 32 bytes. Delete it to make a new one (forms rendered before then will be refused).");
        }

        return bytes;
    }
}
