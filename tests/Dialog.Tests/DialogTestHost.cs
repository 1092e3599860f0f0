using System.Collections.Concurrent;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Submissions;
using Halsoportal.Dialog.Surveys;
using System.Data.Common;
using Halsoportal.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Halsoportal.Dialog.Tests;

/// <summary>
/// The dialog services over a real SQLite file in a temp folder — or, on the PostgreSQL pass
/// (<see cref="TestPostgres"/>), a fresh PostgreSQL database tied to that folder — a fake clock,
/// and every log line captured (the privacy test reads them).
/// </summary>
internal sealed class DialogTestHost : IAsyncDisposable
{
    /// <summary>Noon, Swedish winter time, on a Wednesday.</summary>
    public static readonly DateTimeOffset Start = new(2027, 3, 10, 11, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly bool _ownsFolder;

    private DialogTestHost(ServiceProvider services, string folder, bool ownsFolder, FakeTimeProvider time, LogSink logs)
    {
        _services = services;
        Folder = folder;
        _ownsFolder = ownsFolder;
        Time = time;
        Logs = logs;
    }

    public string Folder { get; }

    public FakeTimeProvider Time { get; }

    public LogSink Logs { get; }

    public IServiceProvider Services => _services;

    public SubmissionService Engine => _services.GetRequiredService<SubmissionService>();

    public IdempotencyKeys Keys => _services.GetRequiredService<IdempotencyKeys>();

    public string DatabasePath => Path.Combine(Folder, "dialog.db");

    /// <summary>A migrated store in a new temp folder (or <paramref name="folder"/>, which the caller then owns).</summary>
    public static async Task<DialogTestHost> CreateAsync(Dictionary<string, string?>? settings = null, string? folder = null, DialogStore? store = null, LogSink? logs = null)
    {
        var ownsFolder = folder is null && store is null;
        folder ??= store?.DataFolder ?? Path.Combine(Path.GetTempPath(), "halsoportal-dialog-" + Guid.NewGuid().ToString("N"));
        store ??= TestPostgres.Enabled ? new DialogStore(folder, DatabaseOf(folder)) : new DialogStore(folder);
        var time = new FakeTimeProvider(Start);
        logs ??= new LogSink();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(time)
            // On PostgreSQL, Debug lines of Npgsql and of EF (connections, migrations) name the database
            // server's address ("on server 'tcp://127.0.0.1:5432'": not a resident's); the privacy
            // tests still read everything at Information and above, EF's SQL command lines included.
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace)
                .AddFilter("Npgsql", LogLevel.Information)
                .AddFilter("Microsoft.EntityFrameworkCore", TestPostgres.Enabled ? LogLevel.Information : LogLevel.Trace)
                .AddProvider(logs))
            .AddHalsoportalDialog(configuration, store)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var host = new DialogTestHost(services, folder, ownsFolder, time, logs);
        if (store.ConnectionString.Contains("ReadOnly", StringComparison.OrdinalIgnoreCase) || store.ConnectionString.Contains("read_only", StringComparison.Ordinal))
        {
            return host;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DialogStoreInitializer>().InitializeAsync(CancellationToken.None);
        return host;
    }

    /// <summary>Saves a survey through the service and returns it as read back (ids filled in, questions in order).</summary>
    public async Task<Survey> CreateSurveyAsync(Survey survey)
    {
        await using var scope = _services.CreateAsyncScope();
        var surveys = scope.ServiceProvider.GetRequiredService<SurveyService>();
        var result = await surveys.CreateAsync(survey, CancellationToken.None);
        Assert.True(result.Status == SurveyCommandStatus.Done, string.Join("\n", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return (await surveys.GetAsync(result.SurveyId!.Value, CancellationToken.None))!;
    }

    /// <summary>Runs <paramref name="work"/> with a service from a new scope.</summary>
    public async Task<TResult> WithAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>
    /// A store on the same data (folder or database) on which every write fails: SQLite opened
    /// read-only, PostgreSQL with <c>default_transaction_read_only=on</c> on its connections.
    /// </summary>
    public static DialogStore ReadOnlyStore(string folder)
    {
        if (!TestPostgres.Enabled)
        {
            return new DialogStore(folder, readOnly: true);
        }

        var builder = new NpgsqlConnectionStringBuilder(DatabaseOf(folder)) { Options = "-c default_transaction_read_only=on" };
        return new DialogStore(folder, builder.ConnectionString);
    }

    /// <summary>A plain connection to the store (the file, or the PostgreSQL database), for looking at what is really stored.</summary>
    public DbConnection OpenRaw()
    {
        DbConnection connection = TestPostgres.Enabled
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(DatabaseOf(Folder)) { Pooling = false }.ConnectionString)
            : new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>Runs test SQL on the raw store; on PostgreSQL with its table and column names quoted (<see cref="TestPostgres.Quote"/>).</summary>
    public int Execute(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = TestPostgres.Enabled ? TestPostgres.Quote(sql) : sql;
        return command.ExecuteNonQuery();
    }

    public long Scalar(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = TestPostgres.Enabled ? TestPostgres.Quote(sql) : sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsFolder && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        if (_ownsFolder && TestPostgres.Enabled && Databases.TryRemove(Path.GetFullPath(Folder), out var database))
        {
            TestPostgres.DropDatabase(database);
        }
    }

    /// <summary>PostgreSQL pass: the database that stands for a data folder, made on first use; hosts that share a folder share it.</summary>
    private static readonly ConcurrentDictionary<string, string> Databases = CreateRegistry();

    private static string DatabaseOf(string folder) => Databases.GetOrAdd(Path.GetFullPath(folder), _ => TestPostgres.CreateDatabase());

    /// <summary>Databases of folders the tests own themselves are dropped when the test process ends.</summary>
    private static ConcurrentDictionary<string, string> CreateRegistry()
    {
        var registry = new ConcurrentDictionary<string, string>();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var database in registry.Values)
            {
                try
                {
                    TestPostgres.DropDatabase(database);
                }
                catch (NpgsqlException)
                {
                    // The throw-away cluster goes with test.sh anyway.
                }
            }
        };
        return registry;
    }
}

/// <summary>Keeps every formatted log line, with its exception.</summary>
internal sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}");
        }
    }
}
