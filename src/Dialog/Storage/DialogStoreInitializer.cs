using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Halsoportal.Dialog.Storage;

/// <summary>
/// Brings the dialog store up to date at start-up: migrations, then WAL + synchronous=FULL
/// asserted on a live connection. Idempotent, so every node may run it.
/// </summary>
public sealed partial class DialogStoreInitializer(DialogDbContext db, ILogger<DialogStoreInitializer> logger)
{
    /// <summary>Migrates and checks durability; throws when the store cannot be made durable.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            // EF reads the history table to learn what is applied and logs an Error when it is not
            // there yet (a new database; dotnet/efcore#37328): make it first, as Migrate would.
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await SqliteDurability.EnsureAsync(db.Database.GetDbConnection(), cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        else if (db.Database.IsNpgsql())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "SHOW synchronous_commit";
                var value = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
                // Every value but off waits for the local WAL flush before a commit returns (security.md 10).
                if (value is not ("on" or "local" or "remote_write" or "remote_apply"))
                {
                    throw new InvalidOperationException($"PostgreSQL synchronous_commit of the dialog store is '{value}', expected 'on'.");
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        if (pending > 0)
        {
            LogMigrated(pending);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dialog store: applied {Count} migrations")]
    private partial void LogMigrated(int count);
}
