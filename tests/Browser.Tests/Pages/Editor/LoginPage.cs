using Halsoportal.Browser.Tests.Editors;
using Halsoportal.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Halsoportal.Testing;

namespace Halsoportal.Browser.Tests.Pages.Editor;

/// <summary><c>/redaktor/logga-in</c> and, for accounts with two-step verification, <c>/redaktor/logga-in/kod</c>.</summary>
public sealed class LoginPage(IPage page)
{
    public const string Path = "/redaktor/logga-in";
    public const string CodePath = "/redaktor/logga-in/kod";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator EmailField => page.GetByLabel("E-postadress", new() { Exact = true });

    public ILocator PasswordField => page.GetByLabel("Lösenord", new() { Exact = true });

    public ILocator CodeField => page.GetByLabel("Kod från autentiseringsappen", new() { Exact = true });

    public ILocator LogInButton => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true });

    public async Task<LoginPage> GotoAsync()
    {
        var response = await page.GotoAsync(Path);
        Assert.Equal(200, response?.Status);
        return this;
    }

    /// <summary>
    /// Signs in with the keyboard only: Tab to each field, type, Tab to "Logga in", Enter; then the
    /// code step when the account has an authenticator key. Ends on the dashboard (or <paramref name="expectedPath"/>).
    /// </summary>
    public async Task<DashboardPage> SignInByKeyboardAsync(EditorAccount account, string expectedPath = DashboardPage.Path)
    {
        ArgumentNullException.ThrowIfNull(account);
        var keyboard = new KeyboardUser(page);
        await keyboard.FillAsync(EmailField, account.Email);
        await keyboard.FillAsync(PasswordField, account.Password);
        await keyboard.ActivateAsync(LogInButton);
        if (account.AuthenticatorKey is { } key)
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == CodePath);
            await keyboard.FillAsync(CodeField, await Totp.NextAsync(key));
            await keyboard.ActivateAsync(LogInButton);
        }

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == expectedPath);
        return new DashboardPage(page);
    }
}
