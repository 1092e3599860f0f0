using System.Text.Json;
using Halsoportal.Content.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Halsoportal.Web.Features.Health;

/// <summary>The database answers and its durability settings hold.</summary>
internal sealed class DatabaseHealthCheck(ContentDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var kommuner = await db.Kommuner.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{kommuner} kommuner", new Dictionary<string, object> { ["kommuner"] = kommuner });
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("Databasen svarar inte.", ex);
        }
    }
}

/// <summary>The data folder exists and takes writes.</summary>
internal sealed class DataFolderHealthCheck(DataFolder folder) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var probe = Path.Combine(folder.Root, $".halsokontroll-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
            var free = new DriveInfo(folder.Root).AvailableFreeSpace;
            return Task.FromResult(HealthCheckResult.Healthy("Datamappen går att skriva till.", new Dictionary<string, object> { ["freeBytes"] = free }));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Datamappen går inte att skriva till.", ex));
        }
    }
}

/// <summary><c>/health</c> for load balancers: 200 when healthy, 503 otherwise, with a JSON body.</summary>
internal static class HealthEndpoints
{
    // Swedish text stays readable UTF-8 in the body.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IServiceCollection AddHalsoportalHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<DataFolderHealthCheck>("dataFolder");
        return services;
    }

    public static IEndpointRouteBuilder MapHalsoportalHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(
            new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
            },
            JsonOptions));
    }
}
