using System.Collections.Concurrent;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Submissions;
using Halsoportal.Dialog.Surveys;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Halsoportal.Dialog.Tests;

/// <summary>
/// The dialog services over a real SQLite file in a temp folder, a fake clock, and every log
/// line captured (the privacy test reads them).
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
        store ??= new DialogStore(folder);
        var time = new FakeTimeProvider(Start);
        logs ??= new LogSink();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(time)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddHalsoportalDialog(configuration, store)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var host = new DialogTestHost(services, folder, ownsFolder, time, logs);
        if (store.ConnectionString.Contains("ReadOnly", StringComparison.OrdinalIgnoreCase))
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

    /// <summary>A plain connection to the file, for looking at what is really stored.</summary>
    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    public long Scalar(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
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
