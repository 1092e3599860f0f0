using System.Data;
using System.Data.Common;

namespace Halsoportal.Content.Storage;

/// <summary>PostgreSQL's half of security.md item 10: <c>synchronous_commit=on</c>, asserted at start-up.</summary>
public static class PostgresDurability
{
    /// <summary>Throws when a live connection of the store does not commit synchronously.</summary>
    public static async Task EnsureAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SHOW synchronous_commit";
            var value = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            // on, local, remote_write and remote_apply all wait for the local WAL flush; only off does not.
            if (value is not ("on" or "local" or "remote_write" or "remote_apply"))
            {
                throw new InvalidOperationException($"PostgreSQL synchronous_commit is '{value}', expected 'on'.");
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
