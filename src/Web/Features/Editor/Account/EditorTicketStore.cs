using System.Security.Claims;
using System.Security.Cryptography;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Web.Features.Editor.Account;

/// <summary>
/// Keeps editor sessions in the <see cref="EditorSession"/> table, so the cookie holds only a
/// random key. Deleting the row ends the session on the server: logging out or disabling the
/// account stops a copied cookie at once (security.md item 4). A singleton, as the cookie
/// handler wants; each call opens its own scope for the database.
/// </summary>
internal sealed class EditorTicketStore(IServiceScopeFactory scopes, TimeProvider time) : ITicketStore
{
    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    /// <summary>A new row under a new random key: called at every sign-in, never reusing a key.</summary>
    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var userId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("An editor session needs the user's id.");
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = Now();

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();

        // The user's own stale rows go when they sign in again; nobody else's are touched here.
        await db.EditorSessions.Where(s => s.UserId == userId && s.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        db.EditorSessions.Add(new EditorSession
        {
            Id = key,
            UserId = userId,
            Ticket = TicketSerializer.Default.Serialize(ticket),
            ExpiresAt = ticket.Properties.ExpiresUtc?.UtcDateTime,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    /// <summary>
    /// Updates a live session (sliding expiry, a refreshed principal). A session that has ended
    /// stays ended: a request that was already under way when the user logged out cannot bring it back.
    /// </summary>
    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = ticket.Properties.ExpiresUtc?.UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        await db.EditorSessions.Where(s => s.Id == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresAt, expires), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    /// <summary>
    /// As <see cref="RetrieveAsync(string, CancellationToken)"/>; but on the error page that answers a
    /// store failure, a store that still cannot answer means "not signed in", so the resident or
    /// editor gets the Swedish 503 page instead of a bare 500 (found with PostgreSQL stopped mid-run).
    /// </summary>
    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        try
        {
            return await RetrieveAsync(key, cancellationToken);
        }
        catch (Exception ex) when (StoreFailures.IsUnavailable(ex) && httpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null)
        {
            return null;
        }
    }

    /// <summary>The session's ticket, or null when it has ended. An expired row is deleted as it is found.</summary>
    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var session = await db.EditorSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == key, cancellationToken);
        if (session is null)
        {
            return null;
        }

        if (session.ExpiresAt is { } expires && expires <= Now())
        {
            await db.EditorSessions.Where(s => s.Id == key).ExecuteDeleteAsync(cancellationToken);
            return null;
        }

        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    /// <summary>Ends the session on the server (logout).</summary>
    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        await db.EditorSessions.Where(s => s.Id == key).ExecuteDeleteAsync(cancellationToken);
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
