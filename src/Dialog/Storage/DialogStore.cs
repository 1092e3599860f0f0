using Microsoft.Data.Sqlite;

namespace Halsoportal.Dialog.Storage;

/// <summary>Where the dialog store lives: <c>dialog.db</c> in the data folder, apart from the content database.</summary>
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

    private readonly SqliteOpenMode _mode;

    /// <summary>Absolute path of the data folder.</summary>
    public string DataFolder { get; }

    /// <summary>The SQLite file.</summary>
    public string DatabasePath => Path.Combine(DataFolder, "dialog.db");

    /// <summary>Where the idempotency-key secret is kept when configuration gives none.</summary>
    public string KeyFilePath => Path.Combine(DataFolder, "dialog-key.bin");

    /// <summary>Connection string for EF and the submission writer.</summary>
    public string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = DatabasePath,
        Mode = _mode,
        Pooling = true,
    }.ToString();
}
