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

        if (pending > 0)
        {
            LogMigrated(pending);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dialog store: applied {Count} migrations")]
    private partial void LogMigrated(int count);
}
