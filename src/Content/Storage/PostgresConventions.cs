using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Halsoportal.Content.Storage;

/// <summary>
/// Time columns on PostgreSQL. The model's DateTime values are UTC by contract, but many are
/// built with Kind=Unspecified (from DateOnly, from SQLite reads, from tests), and Npgsql refuses
/// anything but Kind=Utc for <c>timestamp with time zone</c>. So every DateTime is stored as
/// timestamptz and marked UTC on the way in (a Local value is converted, not relabelled), and
/// every DateTimeOffset (Identity's LockoutEnd) is normalised to offset zero, the only offset
/// Npgsql writes: the same instant, so nothing is lost. No global legacy switch.
/// </summary>
public static class PostgresConventions
{
    public static void Apply(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    /// <summary>Marks a DateTime as UTC for timestamptz; a Local one is converted.</summary>
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(v => ToUtc(v), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
