using System.Text.RegularExpressions;
using Npgsql;

namespace Halsoportal.Testing;

/// <summary>
/// The PostgreSQL pass of the suites. When <c>HALSOPORTAL_TEST_POSTGRES</c> holds a base
/// connection string (host, port, user, password; no database), every test store gets a fresh
/// database of its own with a random name, dropped when the test is done: isolated and safe to
/// run in parallel. test.sh starts a private server and sets the variable for the second pass.
/// </summary>
public static partial class TestPostgres
{
    public const string Variable = "HALSOPORTAL_TEST_POSTGRES";

    /// <summary>The base connection string, or null on the SQLite pass.</summary>
    public static string? Base { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool Enabled => Base is not null;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = "hp_test_" + Guid.NewGuid().ToString("N");
        Admin($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(Base) { Database = name }.ConnectionString;
    }

    /// <summary>Drops the database of <paramref name="connectionString"/>, whoever is still connected.</summary>
    public static void DropDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        // FORCE ends the app's own pooled connections (their connection strings differ) as well.
        Admin($"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)");
    }

    /// <summary>
    /// The suites' SQL for PostgreSQL: PascalCase names (tables, columns) double-quoted, since
    /// PostgreSQL folds unquoted names to lower case; keywords are upper case and string literals
    /// are left alone. SQLite takes the quoted form too.
    /// </summary>
    public static string Quote(string sql) =>
        LiteralsOrNames().Replace(sql, m => m.Value.StartsWith('\'') ? m.Value : $"\"{m.Value}\"");

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Base) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [GeneratedRegex(@"'[^']*'|(?<![""\w])[A-Z][a-z]\w*(?![""\w])")]
    private static partial Regex LiteralsOrNames();
}
