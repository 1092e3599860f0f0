using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Storage;

/// <summary>The SQLite flavour of the content store; owns the migrations in <c>Storage/Migrations/Sqlite</c>.</summary>
public sealed class SqliteContentDbContext(DbContextOptions<SqliteContentDbContext> options) : ContentDbContext(options);
