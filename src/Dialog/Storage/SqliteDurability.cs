using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Halsoportal.Dialog.Storage;

/// <summary>
/// Durability of the dialog store: WAL (kept in the file) and synchronous=FULL (per connection),
/// so a commit is on disk before anyone is told it happened, and survives kill -9 and power loss.
/// </summary>
internal static class SqliteDurability
{
    /// <summary>
    /// Per-connection settings: every connection that may write runs them when it opens.
    /// secure_delete zeroes content wherever SQLite frees it — on delete, and when a page split
    /// moves rows — so answers deleted by retention leave no stale copies in the file.
    /// </summary>
    public static readonly string ConnectionPragmas =
        $"PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout={BusySeconds * 1000}; PRAGMA secure_delete=ON;";

    /// <summary>How long a write waits for another writer: busy_timeout, and the connection's DefaultTimeout (<see cref="DialogStore.ConnectionString"/>).</summary>
    public const int BusySeconds = 5;

    /// <summary>Applies <see cref="ConnectionPragmas"/> to an open connection.</summary>
    public static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = ConnectionPragmas;
        command.ExecuteNonQuery();
    }

    /// <summary>Turns WAL on and proves WAL + synchronous=FULL hold on <paramref name="connection"/>; throws when not.</summary>
    public static async Task EnsureAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var journal = await ScalarAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
        if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite journal_mode of the dialog store is '{journal}', expected 'wal'. The data folder's file system may not support WAL.");
        }

        var synchronous = await ScalarAsync(connection, "PRAGMA synchronous;", cancellationToken);
        if (synchronous != "2")
        {
            throw new InvalidOperationException($"SQLite synchronous of the dialog store is {synchronous}, expected 2 (FULL).");
        }
    }

    private static async Task<string?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}

/// <summary>Runs <see cref="SqliteDurability.ConnectionPragmas"/> on every connection EF opens.</summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        SqliteDurability.Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteDurability.ConnectionPragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
