using Halsoportal.Browser.Tests.Infrastructure;
using Halsoportal.Browser.Tests.Pages.Editor;

namespace Halsoportal.Browser.Tests.Editors;

/// <summary>
/// Signed-in browser states (the session cookies) per account: each account signs in once, through
/// the real login form by keyboard, and tests that only need "an editor's page" start from that state
/// instead of signing in again. The session lives on the server, so every context shares it.
/// </summary>
public sealed class EditorSignIns
{
    // Tests run one at a time (BrowserSuite), so the cache needs no lock.
    private readonly Dictionary<string, string> _states = [];

    /// <summary>Playwright storage state of <paramref name="account"/> signed in; signs in the first time.</summary>
    public async Task<string> StateAsync(BrowserFixture browser, Uri baseAddress, EditorAccount account)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(account);
        if (_states.TryGetValue(account.UserId, out var cached))
        {
            return cached;
        }

        await using var session = await browser.NewSessionAsync(baseAddress, BrowserSessionOptions.Default, $"sign-in-{account.UserId}");
        var login = await new LoginPage(session.Page).GotoAsync();
        await login.SignInByKeyboardAsync(account);
        await session.StopTracingAsync(path: null);
        var state = await session.Context.StorageStateAsync();
        _states[account.UserId] = state;
        return state;
    }
}
