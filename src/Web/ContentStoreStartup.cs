using Halsoportal.Content.Storage;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Halsoportal.Web;

/// <summary>
/// Migrates and seeds the content store before the server accepts requests; on PostgreSQL also
/// makes sure the shared data-protection key exists before anything would make one.
/// </summary>
internal sealed class ContentStoreStartup(IServiceScopeFactory scopes, IKeyManager keys, IOptions<KeyManagementOptions> keyOptions, TimeProvider time) : IHostedService
{
    /// <summary>The advisory lock key held while a node looks for, and perhaps makes, the first data-protection key.</summary>
    public const long KeyLock = 7304;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContentStoreInitializer>().InitializeAsync(cancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        if (db.Database.IsNpgsql())
        {
            await EnsureDataProtectionKeyAsync(db, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Data protection makes a key, active at once, when it finds none. Nodes starting together on
    /// an empty database would each make one and encrypt with their own, and a node reloads keys it
    /// does not know only in its first two minutes (then once a day): a cookie from one node would
    /// later be refused by the other. So nodes take turns here, and only the first makes the key.
    /// Later keys are made days before they become active, so every node has them in time.
    /// </summary>
    private async Task EnsureDataProtectionKeyAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock({0})", [KeyLock], cancellationToken);
            try
            {
                var now = time.GetUtcNow();
                if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
                {
                    keys.CreateNewKey(now, now + keyOptions.Value.NewKeyLifetime);
                }
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock({0})", [KeyLock], CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
