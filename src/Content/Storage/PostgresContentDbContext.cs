using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Storage;

/// <summary>
/// The PostgreSQL flavour of the content store (<c>Database:Provider=Postgres</c>); owns the
/// migrations in <c>Storage/Migrations/Postgres</c>. Same model as SQLite; only the column
/// conventions in <see cref="PostgresConventions"/> differ.
/// </summary>
public sealed class PostgresContentDbContext(DbContextOptions<PostgresContentDbContext> options) : ContentDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        PostgresConventions.Apply(configurationBuilder);
    }
}
