using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Halsoportal.Content.Accounts;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Halsoportal.Testing;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>
/// A signed-in backoffice user for integration tests. It creates the account and its grants
/// through the app's own <see cref="AccountService"/>, signs in through the real login form
/// (and the code step, for accounts with two-step verification) and then behaves like a
/// browser that keeps cookies: base address <c>https://localhost</c> (the <c>__Host-</c> cookies
/// are Secure and only go over https), redirects are NOT followed, and every form post carries
/// the antiforgery token read from the form page.
/// <code>
/// using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor, kommunCode: "2281");
/// var page = await editor.GetDocumentAsync("/redaktor/artiklar");
/// var saved = await editor.PostFormAsync("/redaktor/artiklar/ny", [new("Input.Title", "Promenader")]);
/// var rejected = await editor.PostWithoutTokenAsync("/redaktor/artiklar/ny", []); // 400
/// </code>
/// Administrators (region and system) get two-step verification by default, since the backoffice
/// sends an administrator without it to the set-up page.
/// </summary>
public sealed class EditorClient : IDisposable
{
    private const string TokenField = "__RequestVerificationToken";

    private EditorClient(HttpClient http, CookieContainer cookies, EditorAccount? account)
    {
        Http = http;
        Cookies = cookies;
        Account = account;
    }

    /// <summary>Where the test server is reached; https so the Secure cookies are sent.</summary>
    public static Uri BaseAddress { get; } = new("https://localhost");

    /// <summary>The underlying client: keeps cookies, does not follow redirects.</summary>
    public HttpClient Http { get; }

    /// <summary>The cookies this "browser" holds (for example to copy the session cookie).</summary>
    public CookieContainer Cookies { get; }

    /// <summary>The signed-in account, or null for <see cref="Anonymous"/>.</summary>
    public EditorAccount? Account { get; private set; }

    /// <summary>A cookie-keeping client that has not signed in.</summary>
    public static EditorClient Anonymous(SiteFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var cookies = new CookieContainer();
        return new EditorClient(factory.CreateDefaultClient(BaseAddress, new CookieContainerHandler(cookies)), cookies, null);
    }

    /// <summary>
    /// A new account with one role, signed in. Editor and publisher default to Sundsvall (2281),
    /// region administrator to Västernorrland (22). <paramref name="twoFactor"/> defaults to on for
    /// administrators and off for everyone else.
    /// </summary>
    public static async Task<EditorClient> SignInAsync(
        SiteFactory factory, EditorRole role, string? kommunCode = null, string? regionCode = null, bool? twoFactor = null, string? displayName = null)
    {
        var account = await CreateAccountAsync(factory, [new EditorGrant(role, kommunCode, regionCode)], twoFactor ?? EditorRoles.IsAdministrator(role), displayName);
        return await SignInAsync(factory, account);
    }

    /// <summary>Signs an existing account in, in a new client; fails the test when the login does not succeed.</summary>
    public static async Task<EditorClient> SignInAsync(SiteFactory factory, EditorAccount account)
    {
        var client = Anonymous(factory);
        var response = await client.LogInAsync(account);
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/redaktor",
            $"Sign-in of {account.Email} ended with {(int)response.StatusCode} {response.Headers.Location}");
        return client;
    }

    /// <summary>
    /// Creates an account with the given grants directly through the app's services (each grant's
    /// place defaults as in <see cref="SignInAsync(SiteFactory, EditorRole, string?, string?, bool?, string?)"/>).
    /// With <paramref name="twoFactor"/>, an authenticator key is made and confirmed with a computed code.
    /// </summary>
    public static async Task<EditorAccount> CreateAccountAsync(
        SiteFactory factory, IEnumerable<EditorGrant> grants, bool twoFactor = false, string? displayName = null, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(grants);
        email ??= $"redaktor-{Guid.NewGuid():N}@example.se";
        displayName ??= "Test Testsson";
        var password = $"Prov-{Guid.NewGuid():N}-A1";
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var actor = new AccountActor(null, "Testfixtur");

        var added = await accounts.AddUserAsync(new NewEditorUser(email, displayName, password), actor, CancellationToken.None);
        Assert.True(added.Status == AccountStatus.Done, string.Join("; ", added.FieldErrors.Select(e => e.Message)));
        foreach (var grant in grants)
        {
            var (kommun, region) = grant.Role switch
            {
                EditorRole.Editor or EditorRole.Publisher => (grant.KommunCode ?? "2281", null),
                EditorRole.RegionAdmin => ((string?)null, grant.RegionCode ?? "22"),
                _ => (null, null),
            };
            var granted = await accounts.GrantAsync(new RoleChange(email, grant.Role, kommun, region), actor, CancellationToken.None);
            Assert.True(granted.Succeeded, string.Join("; ", granted.FieldErrors.Select(e => e.Message)));
        }

        string? key = null;
        IReadOnlyList<string> recoveryCodes = [];
        if (twoFactor)
        {
            await accounts.CreateAuthenticatorKeyAsync(added.UserId!, actor, CancellationToken.None);
            key = (await accounts.GetAuthenticatorSetupAsync(added.UserId!, CancellationToken.None))!.SharedKey!;
            var enabled = await accounts.EnableTwoFactorAsync(added.UserId!, await Totp.NextAsync(key), actor, CancellationToken.None);
            Assert.Equal(AccountStatus.Done, enabled.Status);
            recoveryCodes = enabled.RecoveryCodes!;
        }

        return new EditorAccount(added.UserId!, email, password, displayName, key, recoveryCodes);
    }

    /// <summary>
    /// Goes through the login form (and the code step when the account has a key) and returns the
    /// last response: a redirect to <c>/redaktor</c> on success.
    /// </summary>
    public async Task<HttpResponseMessage> LogInAsync(EditorAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var response = await PostFormAsync("/redaktor/logga-in", [new("Email", account.Email), new("Password", account.Password)]);
        if (response.Headers.Location?.OriginalString is { } next && next.StartsWith("/redaktor/logga-in/kod", StringComparison.Ordinal))
        {
            Assert.NotNull(account.AuthenticatorKey);
            response = await PostFormAsync(next, [new("Code", await Totp.NextAsync(account.AuthenticatorKey))]);
        }

        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Account = account;
        }

        return response;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>GETs a page and parses it.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Document)> GetDocumentAsync(string url)
    {
        var response = await GetAsync(url);
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return (response, document);
    }

    /// <summary>
    /// POSTs a form the way a browser would: first GETs <paramref name="formPage"/> (by default
    /// <paramref name="url"/> without its <c>handler</c> parameter) and sends the antiforgery
    /// token found there along with <paramref name="fields"/>.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        var token = await GetAntiforgeryTokenAsync(formPage ?? WithoutHandler(url));
        return await PostAsync(url, fields.Append(new(TokenField, token)));
    }

    /// <summary>POSTs without any antiforgery token (the cookies still go): the app must answer 400.</summary>
    public Task<HttpResponseMessage> PostWithoutTokenAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) => PostAsync(url, fields);

    /// <summary>The antiforgery token of the first form on <paramref name="page"/>; fails the test when there is none.</summary>
    public async Task<string> GetAntiforgeryTokenAsync(string page)
    {
        var (response, document) = await GetDocumentAsync(page);
        var token = document.QuerySelector($"input[name={TokenField}]")?.GetAttribute("value");
        Assert.True(token is not null, $"No antiforgery token on {page} ({(int)response.StatusCode} {response.Headers.Location})");
        return token;
    }

    /// <summary>The value of a cookie this client holds, or null.</summary>
    public string? CookieValue(string name) => Cookies.GetCookies(BaseAddress)[name]?.Value;

    public void Dispose() => Http.Dispose();

    private async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private static string WithoutHandler(string url)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return url;
        }

        var kept = QueryHelpers.ParseQuery(url[question..]).Where(p => !p.Key.Equals("handler", StringComparison.OrdinalIgnoreCase));
        return QueryHelpers.AddQueryString(url[..question], kept.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))));
    }
}

/// <summary>One grant for <see cref="EditorClient.CreateAccountAsync"/>; a null place takes the default.</summary>
public sealed record EditorGrant(EditorRole Role, string? KommunCode = null, string? RegionCode = null);

/// <summary>An account made by <see cref="EditorClient"/>, with what a person would know: address, password, authenticator key, recovery codes.</summary>
public sealed record EditorAccount(string UserId, string Email, string Password, string DisplayName, string? AuthenticatorKey, IReadOnlyList<string> RecoveryCodes);
