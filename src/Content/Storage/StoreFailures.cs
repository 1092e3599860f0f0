using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Halsoportal.Content.Storage;

/// <summary>
/// The one place that tells "the store cannot take this right now" (disk full, read-only, locked,
/// unreachable) from a failure that means something about the data (a unique or foreign-key
/// violation, a concurrency conflict). The web host answers the first kind with a Swedish 503 and
/// <c>Retry-After</c> (security.md item 13); services that catch <c>DbUpdateException</c> to report
/// a conflict must let this kind through (<c>catch (DbUpdateException ex) when (!StoreFailures.IsUnavailable(ex))</c>).
/// Provider-neutral: SQLite by its result codes, any other provider by SQLSTATE (PostgreSQL's
/// classes are listed; add a provider's codes here, nowhere else).
/// </summary>
public static class StoreFailures
{
    // SQLite primary result codes: BUSY, LOCKED, READONLY, IOERR, FULL, CANTOPEN, PROTOCOL.
    private static readonly HashSet<int> SqliteUnavailable = [5, 6, 8, 10, 13, 14, 15];

    /// <summary>True when <paramref name="exception"/> (or one it wraps) says the store is unavailable.</summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case SqliteException sqlite:
                    return SqliteUnavailable.Contains(sqlite.SqliteErrorCode);
                case DbException db when db.SqlState is { Length: 5 } state:
                    return IsUnavailableSqlState(state) || db.IsTransient;
                case DbException db:
                    return db.IsTransient;
            }
        }

        return false;
    }

    /// <summary>
    /// SQLSTATE classes that mean "not now": 08 connection, 53 insufficient resources (53100 disk
    /// full), 57 operator intervention (server shutting down), 58 system error; 25006 read-only
    /// transaction; 40001/40P01 serialization failure and deadlock; 55P03 lock not available.
    /// </summary>
    private static bool IsUnavailableSqlState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal)
        || state.StartsWith("53", StringComparison.Ordinal)
        || state.StartsWith("57", StringComparison.Ordinal)
        || state.StartsWith("58", StringComparison.Ordinal)
        || state is "25006" or "40001" or "40P01" or "55P03";
}
