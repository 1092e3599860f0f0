using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Halsoportal.Content.Storage;

/// <summary>Which database engine holds the stores.</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite files in the data folder (the default: one machine).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by every node.</summary>
    Postgres,
}

/// <summary>
/// <c>Database:Provider</c> (<c>Sqlite</c> by default, or <c>Postgres</c>) and, for PostgreSQL,
/// <c>ConnectionStrings:Content</c> (Npgsql syntax). Read once when services are registered.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string? ContentConnectionString)
{
    public const string ProviderKey = "Database:Provider";

    public const string ContentConnectionKey = "ConnectionStrings:Content";

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>Reads the settings; throws <see cref="DataFolderException"/> with one operator line when they are wrong.</summary>
    public static DatabaseSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(name) || name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseSettings(DatabaseProvider.Sqlite, null);
        }

        if (!name.Equals("Postgres", StringComparison.OrdinalIgnoreCase) && !name.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            throw new DataFolderException($"{ProviderKey} är '{name}'; ange Sqlite eller Postgres.");
        }

        var content = configuration[ContentConnectionKey];
        if (string.IsNullOrWhiteSpace(content))
        {
            throw new DataFolderException($"{ProviderKey}=Postgres kräver en anslutningssträng i {ContentConnectionKey} (ConnectionStrings__Content).");
        }

        return new DatabaseSettings(DatabaseProvider.Postgres, Durable(content));
    }

    /// <summary>
    /// The connection string with <c>synchronous_commit=on</c> set when each physical connection
    /// starts (no round trip per use): a commit is on disk before anyone is told (security.md 10),
    /// whatever the server's default.
    /// </summary>
    public static string Durable(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c synchronous_commit=on" : builder.Options + " -c synchronous_commit=on";
        return builder.ConnectionString;
    }
}
