using Microsoft.Data.Sqlite;

namespace Halsoportal.Dialog.Storage;

/// <summary>
/// Where the dialog store lives: <c>dialog.db</c> in the data folder, apart from the content
/// database, or (<c>Database:Provider=Postgres</c>) the PostgreSQL database named by
/// <c>ConnectionStrings:Dialog</c>. The data folder still holds the idempotency secret when
/// configuration gives none.
/// </summary>
public sealed class DialogStore
{
    /// <summary>The store in <paramref name="dataFolder"/> (created when missing).</summary>
    public DialogStore(string dataFolder)
        : this(dataFolder, readOnly: false)
    {
    }

    /// <summary>A store opened read-only: every write fails (tests use it to prove failures give Unavailable).</summary>
    internal DialogStore(string dataFolder, bool readOnly)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        DataFolder = Path.GetFullPath(dataFolder);
        Directory.CreateDirectory(DataFolder);
        _mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate;
    }

    /// <summary>A store on PostgreSQL; <paramref name="postgresConnectionString"/> is Npgsql's.</summary>
    public DialogStore(string dataFolder, string postgresConnectionString)
        : this(dataFolder, readOnly: false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(postgresConnectionString);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(postgresConnectionString);
        // A commit is on disk before anyone is told (security.md 10), whatever the server's default; set once per physical connection.
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c synchronous_commit=on" : builder.Options + " -c synchronous_commit=on";
        _postgres = builder.ConnectionString;
    }

    private readonly SqliteOpenMode _mode;
    private readonly string? _postgres;

    /// <summary>True when the store is PostgreSQL, not <see cref="DatabasePath"/>.</summary>
    public bool IsPostgres => _postgres is not null;

    /// <summary>Absolute path of the data folder.</summary>
    public string DataFolder { get; }

    /// <summary>The SQLite file.</summary>
    public string DatabasePath => Path.Combine(DataFolder, "dialog.db");

    /// <summary>Where the idempotency-key secret is kept when configuration gives none.</summary>
    public string KeyFilePath => Path.Combine(DataFolder, "dialog-key.bin");

    /// <summary>Connection string for EF and the submission writer.</summary>
    public string ConnectionString => _postgres ?? new SqliteConnectionStringBuilder
    {
        DataSource = DatabasePath,
        Mode = _mode,
        Pooling = true,

        // Microsoft.Data.Sqlite retries a busy statement for this long (30 s by default) on top of busy_timeout:
        // a participant whose answers meet another writer gets the 503 and its Retry-After in 5 s, not 30.
        DefaultTimeout = SqliteDurability.BusySeconds,
    }.ToString();
}
