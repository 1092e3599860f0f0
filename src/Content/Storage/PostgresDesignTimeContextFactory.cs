using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Halsoportal.Content.Storage;

/// <summary>Lets <c>dotnet ef migrations add --context PostgresContentDbContext</c> build the context without a server.</summary>
internal sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<PostgresContentDbContext>
{
    public PostgresContentDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresContentDbContext>().UseNpgsql("Host=localhost;Database=halsoportal_design").Options);
}
