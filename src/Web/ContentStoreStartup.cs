using Halsoportal.Content.Storage;

namespace Halsoportal.Web;

/// <summary>Migrates and seeds the content store before the server accepts requests.</summary>
internal sealed class ContentStoreStartup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContentStoreInitializer>().InitializeAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
