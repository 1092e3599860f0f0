using Halsoportal.Testing;

namespace Halsoportal.Dialog.Tests;

/// <summary>
/// A test of SQLite itself (its file, WAL, pragmas, rowids, the crash host's file): it runs on
/// the SQLite pass and is reported skipped, with its reason, on the PostgreSQL pass.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string reason)
    {
        Reason = reason;
        if (TestPostgres.Enabled)
        {
            Skip = "SQLite only: " + reason;
        }
    }

    public string Reason { get; }
}
