using Halsoportal.Content.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Halsoportal.Testing;

namespace Halsoportal.Browser.Tests.Editors;

/// <summary>A backoffice account made for a test, with what its owner would know: address, password and authenticator key.</summary>
public sealed record EditorAccount(string UserId, string Email, string Password, string DisplayName, string? AuthenticatorKey);

/// <summary>
/// Creates backoffice accounts in the running server through the app's own <see cref="AccountService"/>,
/// as the operator's <c>users add</c> / <c>users grant</c> verbs do. Accounts with a second factor get
/// an authenticator key confirmed with a computed code (<see cref="Totp"/>).
/// </summary>
public sealed class EditorAccounts(IServiceProvider services)
{
    public const string Sundsvall = "2281";
    public const string Timra = "2262";

    private static readonly AccountActor Fixture = new(null, "Webbläsartester");

    /// <summary>A new account with the given grants (kommun code for editors and publishers, region code for region administrators).</summary>
    public async Task<EditorAccount> CreateAsync(string displayName, EditorRole role, string? place, bool twoFactor = false)
    {
        var email = $"redaktor-{Guid.NewGuid():N}@example.se";
        var password = $"Prov-{Guid.NewGuid():N}-A1";
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();

        var added = await accounts.AddUserAsync(new NewEditorUser(email, displayName, password), Fixture, CancellationToken.None);
        Assert.True(added.Status == AccountStatus.Done, $"Could not add {displayName}: {string.Join("; ", added.FieldErrors.Select(e => e.Message))}");
        var change = role switch
        {
            EditorRole.Editor or EditorRole.Publisher => new RoleChange(email, role, Kommun: place),
            EditorRole.RegionAdmin => new RoleChange(email, role, Region: place),
            _ => new RoleChange(email, role),
        };
        var granted = await accounts.GrantAsync(change, Fixture, CancellationToken.None);
        Assert.True(granted.Succeeded, $"Could not grant {role} to {displayName}: {string.Join("; ", granted.FieldErrors.Select(e => e.Message))}");

        string? key = null;
        if (twoFactor)
        {
            await accounts.CreateAuthenticatorKeyAsync(added.UserId!, Fixture, CancellationToken.None);
            key = (await accounts.GetAuthenticatorSetupAsync(added.UserId!, CancellationToken.None))!.SharedKey!;
            var enabled = await accounts.EnableTwoFactorAsync(added.UserId!, await Totp.NextAsync(key), Fixture, CancellationToken.None);
            Assert.Equal(AccountStatus.Done, enabled.Status);
        }

        return new EditorAccount(added.UserId!, email, password, displayName, key);
    }

    /// <summary>The account's rights as the app works them out on each request, for calling the editing services directly.</summary>
    public async Task<EditorAccess> AccessAsync(EditorAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var scope = services.CreateAsyncScope();
        var access = await scope.ServiceProvider.GetRequiredService<EditorAccessService>().GetAsync(account.UserId, CancellationToken.None);
        return access ?? throw new InvalidOperationException($"{account.DisplayName} has no access.");
    }
}
