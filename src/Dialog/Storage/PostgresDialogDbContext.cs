using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Halsoportal.Dialog.Storage;

/// <summary>
/// The PostgreSQL flavour of the dialog store (<c>Database:Provider=Postgres</c>); owns the
/// migrations in <c>Storage/Migrations/Postgres</c>. Same model; every DateTime is stored as
/// timestamptz and marked UTC on the way in (the model's DateTimes are UTC by contract, and
/// Npgsql refuses Kind=Unspecified for timestamptz), a Local one converted, not relabelled.
/// </summary>
public sealed class PostgresDialogDbContext(DbContextOptions<PostgresDialogDbContext> options) : DialogDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(v => ToUtc(v), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>Lets <c>dotnet ef migrations add --context PostgresDialogDbContext</c> build the context without a server.</summary>
internal sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<PostgresDialogDbContext>
{
    public PostgresDialogDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDialogDbContext>().UseNpgsql("Host=localhost;Database=halsoportal_dialog_design").Options);
}
