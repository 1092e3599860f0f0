using System.Collections.Concurrent;
using System.Data.Common;
using Halsoportal.Testing;
using Microsoft.EntityFrameworkCore;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Halsoportal.Web.Tests;

/// <summary>
/// The real app over a real SQLite file in its own temporary data folder — or, on the PostgreSQL
/// pass (<see cref="TestPostgres"/>), over two fresh PostgreSQL databases (content and dialog)
/// that belong to that data folder. Server logs at Warning or above are collected so tests can
/// prove a clean run.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public SiteFactory()
        : this(seedDemoContent: true)
    {
    }

    private SiteFactory(bool seedDemoContent, string? dataPath = null)
    {
        DataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "halsoportal-tests", Guid.NewGuid().ToString("N"));
        _settings = new()
        {
            ["Halsoportal:DataPath"] = DataPath,
            ["Halsoportal:SeedDemoContent"] = seedDemoContent ? "true" : "false",

            // The demo dialogs take a second or two to generate; the tests make their own surveys (Dialog/DialogSite).
            ["Halsoportal:SeedDemoDialogs"] = "false",

            // Tests sign in many times a minute from one address; the rate-limit test sets its own limit with WithSetting.
            ["Halsoportal:Editors:LoginAttemptsPerMinute"] = "10000",

            // Likewise the other per-address limits; their own tests set small ones (Security/RateLimitTests).
            ["Halsoportal:Accessibility:ReportsPerAddress"] = "10000",
            ["Halsoportal:RateLimits:SearchPerMinute"] = "100000",
            ["Halsoportal:RateLimits:ApiPerMinute"] = "100000",
            ["Halsoportal:RateLimits:PublicPostsPerMinute"] = "100000",
        };
        if (TestPostgres.Enabled)
        {
            var (content, dialog) = DatabasesOf(DataPath);
            _settings["Database:Provider"] = "Postgres";
            _settings["ConnectionStrings:Content"] = content;
            _settings["ConnectionStrings:Dialog"] = dialog;
        }
    }

    /// <summary>PostgreSQL pass: the two databases that stand for a data folder; a restart on the folder finds the same ones.</summary>
    private static readonly ConcurrentDictionary<string, (string Content, string Dialog)> Databases = new();

    private static (string Content, string Dialog) DatabasesOf(string dataPath) =>
        Databases.GetOrAdd(Path.GetFullPath(dataPath), _ => (TestPostgres.CreateDatabase(), TestPostgres.CreateDatabase()));

    /// <summary>The content database's connection string on the PostgreSQL pass (null on the SQLite pass).</summary>
    public string? PostgresContentConnectionString => TestPostgres.Enabled ? DatabasesOf(DataPath).Content : null;

    /// <summary>A read-only look at the dialog store (dialog.db, or the dialog database on the PostgreSQL pass).</summary>
    public DbConnection OpenDialogStore()
    {
        DbConnection connection = TestPostgres.Enabled
            ? new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(DatabasesOf(DataPath).Dialog) { Pooling = false, Options = "-c default_transaction_read_only=on" }.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(DataPath, "dialog.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>A content context on a site's store, as another node (or an operator) would open it; the site need not run.</summary>
    public static Halsoportal.Content.Storage.ContentDbContext OpenContentStore(string dataPath) => TestPostgres.Enabled
        ? new Halsoportal.Content.Storage.PostgresContentDbContext(new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<Halsoportal.Content.Storage.PostgresContentDbContext>()
            .UseNpgsql(DatabasesOf(dataPath).Content).Options)
        : new Halsoportal.Content.Storage.SqliteContentDbContext(new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<Halsoportal.Content.Storage.SqliteContentDbContext>()
            .UseSqlite($"Data Source={Path.Combine(dataPath, "halsoportal.db")}").Options);

    /// <summary>Test SQL with PascalCase names quoted on the PostgreSQL pass (<see cref="TestPostgres.Quote"/>).</summary>
    public static string Sql(string sql) => TestPostgres.Enabled ? TestPostgres.Quote(sql) : sql;

    public string DataPath { get; }

    /// <summary>A site whose database gets no demo articles (Halsoportal:SeedDemoContent=false).</summary>
    public static SiteFactory WithoutDemoContent() => new(seedDemoContent: false);

    /// <summary>A restart: a new site over an existing data folder (the first site kept it with <see cref="KeepData"/>).</summary>
    public static SiteFactory RestartOn(string dataPath) => new(seedDemoContent: true, dataPath);

    /// <summary>Leave the data folder when disposed (a later <see cref="RestartOn"/> uses it).</summary>
    public bool KeepData { get; init; }

    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>Every line the app logs at <see cref="LogLevel.Information"/> and above, when <see cref="CaptureLogs"/> is set.</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    /// <summary>Keep every log line in <see cref="Logs"/> (the privacy tests read what the app writes).</summary>
    public bool CaptureLogs { get; init; }

    /// <summary>A clock for the whole app (scheduling, review dates); the system clock when null.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>More services for this site (the fault tests add a database interceptor), registered after the app's own.</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>Sets a configuration value for this site; call it before the first client or <c>Services</c>.</summary>
    public SiteFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>A client that does not follow redirects, so tests see them.</summary>
    public HttpClient CreateSiteClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new ProblemLogger(Problems, LogLevel.Warning)));
        if (CaptureLogs)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(new ProblemLogger(Logs, LogLevel.Information)));
        }

        // The app keeps its cookie keys unencrypted in the data folder and warns, rightly, when it makes
        // the first one. Every test site has a new data folder, so its keys go through a no-op "encryptor".
        builder.ConfigureServices(services => services.Configure<KeyManagementOptions>(options => options.XmlEncryptor = new TestKeyEncryptor()));
        if (Clock is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(Clock));
        }

        if (ExtraServices is not null)
        {
            builder.ConfigureServices(ExtraServices);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!KeepData && Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }

        if (!KeepData && TestPostgres.Enabled && Databases.TryRemove(Path.GetFullPath(DataPath), out var databases))
        {
            TestPostgres.DropDatabase(databases.Content);
            TestPostgres.DropDatabase(databases.Dialog);
        }
    }

    /// <summary>Wraps test keys as they are, with no warning: they live and die with the test's data folder.</summary>
    private sealed class TestKeyEncryptor : IXmlEncryptor
    {
        public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
            new(new XElement("testKey", plaintextElement), typeof(TestKeyDecryptor));
    }

    /// <summary>Unwraps what <see cref="TestKeyEncryptor"/> wrapped; made by the key manager through its parameterless constructor.</summary>
    public sealed class TestKeyDecryptor : IXmlDecryptor
    {
        public XElement Decrypt(XElement encryptedElement) => encryptedElement.Elements().Single();
    }

    private sealed class ProblemLogger(ConcurrentQueue<string> lines, LogLevel minimum) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
            }
        }

        public void Dispose()
        {
        }
    }
}

/// <summary>One seeded site shared by the read-only tests.</summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<SiteFactory>
{
    public const string Name = "site";
}
