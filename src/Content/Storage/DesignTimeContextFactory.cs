using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Halsoportal.Content.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without the web host.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<SqliteContentDbContext>
{
    public SqliteContentDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteContentDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
