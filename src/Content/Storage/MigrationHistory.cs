using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Halsoportal.Content.Storage;

/// <summary>
/// On PostgreSQL, EF reads the migrations history table to learn what is applied and logs an
/// Error when the table is not there yet — every new database (dotnet/efcore#37328). Making the
/// table first (CREATE TABLE IF NOT EXISTS, as Migrate would) keeps a first start's log clean.
/// </summary>
public static class MigrationHistory
{
    public static async Task EnsureAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsNpgsql())
        {
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
