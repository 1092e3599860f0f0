using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Halsoportal.Content.Storage;

/// <summary>
/// WAL with synchronous=FULL: a committed transaction survives power loss and kill -9.
/// journal_mode is stored in the file; synchronous is per connection, so every opened
/// connection sets it.
/// </summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    /// <summary>
    /// How long a write waits for another writer before the store reports itself busy (a Swedish 503
    /// with Retry-After). Both SQLite's busy handler and Microsoft.Data.Sqlite's own retry loop, whose
    /// default of 30 s would keep a resident waiting half a minute for the same answer, use it.
    /// </summary>
    public const int BusySeconds = 5;

    private static readonly string Pragmas = $"PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout={BusySeconds * 1000};";

    /// <summary>The store's connection string: <paramref name="path"/>, with <see cref="BusySeconds"/> for the retry loop.</summary>
    public static string ConnectionString(string path) =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = BusySeconds }.ToString();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>Turns WAL on and proves the durability settings hold.</summary>
internal static class SqliteDurability
{
    /// <summary>Sets WAL and asserts WAL + synchronous=FULL on a live connection; throws when either is off.</summary>
    public static async Task EnsureAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var connection = database.GetDbConnection();
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            var journal = await ScalarAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
            var synchronous = await ScalarAsync(connection, "PRAGMA synchronous;", cancellationToken);
            if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"SQLite journal_mode is '{journal}', expected 'wal'. The data folder's file system may not support WAL.");
            }

            // 2 = FULL
            if (synchronous != "2")
            {
                throw new InvalidOperationException($"SQLite synchronous is {synchronous}, expected 2 (FULL).");
            }
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }

    private static async Task<string?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
