using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Halsoportal.Dialog.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without a host.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<SqliteDialogDbContext>
{
    public SqliteDialogDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDialogDbContext>().UseSqlite("Data Source=design-time-dialog.db").Options);
}
