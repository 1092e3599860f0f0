using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Dialog.Storage;

/// <summary>The SQLite flavour of the dialog store; owns the migrations in <c>Storage/Migrations/Sqlite</c>.</summary>
public sealed class SqliteDialogDbContext(DbContextOptions<SqliteDialogDbContext> options) : DialogDbContext(options);
