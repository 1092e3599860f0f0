using Halsoportal.Content.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Storage;

/// <summary>
/// The PostgreSQL flavour of the content store (<c>Database:Provider=Postgres</c>); owns the
/// migrations in <c>Storage/Migrations/Postgres</c>. Same model as SQLite; only the column
/// conventions in <see cref="PostgresConventions"/> differ, and the change feed's order.
/// </summary>
/// <remarks>
/// Followers read the change feed by id and keep a cursor, so ids must become visible in
/// order. SQLite's single writer guarantees that. On PostgreSQL two transactions can take ids
/// 10 and 11 and commit 11 first: a follower would move its cursor past 10 for ever. So a save
/// that adds feed rows first takes a transaction-scoped advisory lock (in its own transaction,
/// or the caller's), held until commit: feed writers take their ids one after the other.
/// </remarks>
public sealed class PostgresContentDbContext(DbContextOptions<PostgresContentDbContext> options) : ContentDbContext(options)
{
    /// <summary>The advisory lock key of the change feed's writers.</summary>
    public const long ChangeFeedLock = 7302;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        PostgresConventions.Apply(configurationBuilder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RecordSiteChange();
        if (!AddsFeedRows())
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        Database.ExecuteSqlRaw("SELECT pg_advisory_xact_lock({0})", ChangeFeedLock);
        var rows = base.SaveChanges(acceptAllChangesOnSuccess);
        own?.Commit();
        return rows;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RecordSiteChange();
        if (!AddsFeedRows())
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [ChangeFeedLock], cancellationToken);
        var rows = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }

        return rows;
    }

    private bool AddsFeedRows() => ChangeTracker.Entries<ContentChange>().Any(e => e.State == EntityState.Added);
}
