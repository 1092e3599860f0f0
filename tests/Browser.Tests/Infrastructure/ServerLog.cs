using Microsoft.Extensions.Logging;

namespace Halsoportal.Browser.Tests.Infrastructure;

/// <summary>One log entry the server wrote.</summary>
public sealed record ServerLogEntry(DateTimeOffset Time, LogLevel Level, string Category, EventId EventId, string Message, Exception? Exception)
{
    public override string ToString() =>
        $"{Time:HH:mm:ss.fff} [{Level}] {Category} ({EventId.Id}{(EventId.Name is null ? "" : $" {EventId.Name}")}): {Message}"
        + (Exception is null ? "" : $"{Environment.NewLine}    {Exception}");
}

/// <summary>
/// Collects everything the server logs, in order, so each test can see what it caused.
/// Added as a logger provider to the app under test; the app's own log level filters still apply.
/// </summary>
public sealed class ServerLog : ILoggerProvider
{
    private readonly Lock _gate = new();
    private readonly List<ServerLogEntry> _entries = [];

    /// <summary>A position in the log; pass it to <see cref="Since"/> to get what was logged after it.</summary>
    public int Mark()
    {
        lock (_gate)
        {
            return _entries.Count;
        }
    }

    /// <summary>Everything logged after <paramref name="mark"/>.</summary>
    public IReadOnlyList<ServerLogEntry> Since(int mark)
    {
        lock (_gate)
        {
            return _entries.Skip(mark).ToList();
        }
    }

    /// <summary>
    /// Warnings that are the deployment's business, not a fault of the page under test; each with its reason.
    /// Keep this list short: anything on it can never fail a test.
    /// </summary>
    public static IReadOnlyList<(string Category, int EventId, string Reason)> Accepted { get; } =
    [
        // Every run starts on an empty data folder, so the app makes its first data-protection key at
        // start-up, and the key file is not encrypted: architecture.md keeps the keys in the data folder,
        // whose protection is the host's (file permissions, disk encryption). Not something a page causes.
        ("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", 35, "first key of a new data folder, stored unencrypted by design"),
    ];

    /// <summary>A failure message listing every entry at Warning or above, or null when there is none.</summary>
    public static string? DescribeProblems(IEnumerable<ServerLogEntry> entries)
    {
        var problems = entries
            .Where(e => e.Level >= LogLevel.Warning)
            .Where(e => !Accepted.Any(a => a.Category == e.Category && a.EventId == e.EventId.Id))
            .ToList();
        return problems.Count == 0
            ? null
            : $"The server logged {problems.Count} entr{(problems.Count == 1 ? "y" : "ies")} at Warning or above:{Environment.NewLine}"
              + string.Join(Environment.NewLine, problems.Select(p => $"  {p}"));
    }

    public ILogger CreateLogger(string categoryName) => new CollectingLogger(this, categoryName);

    public void Dispose()
    {
        // Nothing to release: the entries live as long as the fixture.
    }

    private void Add(ServerLogEntry entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }

    private sealed class CollectingLogger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Add(new ServerLogEntry(DateTimeOffset.Now, logLevel, category, eventId, formatter(state, exception), exception));
            }
        }
    }
}
