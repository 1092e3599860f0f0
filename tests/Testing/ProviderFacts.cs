using Xunit;

namespace Halsoportal.Testing;

/// <summary>
/// A test of SQLite itself (its file, WAL, pragmas, rowids, a held write lock): it runs on the
/// SQLite pass and is reported skipped, with its reason, on the PostgreSQL pass (<see cref="TestPostgres"/>).
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

/// <summary>A test of a PostgreSQL server's behaviour: it runs on the PostgreSQL pass and is reported skipped, with its reason, on the SQLite pass.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresOnlyFactAttribute : FactAttribute
{
    public PostgresOnlyFactAttribute(string reason)
    {
        Reason = reason;
        if (!TestPostgres.Enabled)
        {
            Skip = "PostgreSQL only: " + reason;
        }
    }

    public string Reason { get; }
}
