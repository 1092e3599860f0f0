using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Halsoportal.Testing;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>
/// Editor sign-in, server-side sessions, two-step verification and the account page, through
/// the real HTTP pipeline (security.md items 4, 6 and 9).
/// </summary>
public sealed class AccountTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string WrongCredentials = "E-postadressen eller lösenordet stämmer inte.";
    private const string Locked = "Inloggningen är spärrad en stund efter för många misslyckade försök. Försök igen om 15 minuter.";

    // The site is shared by the class's tests, which run one at a time: each looks only at the server logs of its own run.
    private readonly int _problemsBefore = site.Problems.Count;

    [Fact]
    public async Task Login_RightPassword_StartsServerSessionAndShowsAccount()
    {
        var account = await EditorClient.CreateAccountAsync(
            site, [new(EditorRole.Editor, "2281"), new(EditorRole.Publisher, "2262")], displayName: "Anna Andersson");
        using var client = EditorClient.Anonymous(site);

        var form = await Html.GetOkAsync(client.Http, "/redaktor/logga-in");
        Assert.Equal("username", form.QuerySelector("#Email")!.GetAttribute("autocomplete"));
        Assert.Equal("current-password", form.QuerySelector("#Password")!.GetAttribute("autocomplete"));
        Assert.Equal("Logga in – Hälsoportal redaktör", form.Title);

        var response = await client.LogInAsync(account);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/redaktor", response.Headers.Location?.OriginalString);
        Assert.Equal(1, await SessionCountAsync(account.UserId));
        var page = await Html.GetOkAsync(client.Http, "/redaktor/konto");
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Anna Andersson", main, StringComparison.Ordinal);
        Assert.Contains(account.Email, main, StringComparison.Ordinal);
        Assert.Equal(["Redaktör i Sundsvall", "Publicerare i Timrå"], page.QuerySelectorAll("main ul li").Select(li => li.TextContent.Trim()));
        Assert.Contains("user.login", await AuditActionsAsync(account.UserId));
        Assert.Empty(NewProblems());
    }

    [Fact]
    public async Task Login_WrongPasswordUnknownOrDisabledAccount_SameAnswer()
    {
        var account = await EditorClient.CreateAccountAsync(site, [new(EditorRole.Editor)]);
        var disabled = await EditorClient.CreateAccountAsync(site, [new(EditorRole.Editor)]);
        await WithAccountsAsync(accounts => accounts.DisableAsync(disabled.Email, AccountActor.Operator, CancellationToken.None));
        using var client = EditorClient.Anonymous(site);

        var wrong = await PostLoginAsync(client, account.Email, "Fel-lösenord-123");
        var unknown = await PostLoginAsync(client, $"ingen-{Guid.NewGuid():N}@example.se", "Fel-lösenord-123");
        var off = await PostLoginAsync(client, disabled.Email, disabled.Password);

        foreach (var document in new[] { wrong, unknown, off })
        {
            Assert.Equal("Fel: Logga in – Hälsoportal redaktör", document.Title);
            Assert.Equal(WrongCredentials, document.QuerySelector(".error-summary a")!.TextContent);
            Assert.Equal("#Email", document.QuerySelector(".error-summary a")!.GetAttribute("href"));
            Assert.Equal("true", document.QuerySelector("#Email")!.GetAttribute("aria-invalid"));
            Assert.Null(document.QuerySelector("#Password")!.GetAttribute("value"));
        }

        Assert.Equal(Normalise(wrong), Normalise(unknown));
        Assert.Equal(Normalise(wrong), Normalise(off));
        Assert.Empty(NewProblems());
    }

    [Fact]
    public async Task Login_UnknownAccount_TakesAboutAsLongAsWrongPassword()
    {
        var account = await EditorClient.CreateAccountAsync(site, [new(EditorRole.Editor)]);
        using var client = EditorClient.Anonymous(site);
        var token = await client.GetAntiforgeryTokenAsync("/redaktor/logga-in");
        await TimeLoginAsync(client, token, "uppvarmning@example.se");

        // Three of each, interleaved (four failures would still leave the account unlocked).
        var known = new List<TimeSpan>();
        var unknown = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            known.Add(await TimeLoginAsync(client, token, account.Email));
            unknown.Add(await TimeLoginAsync(client, token, $"ingen-{i}-{Guid.NewGuid():N}@example.se"));
        }

        // The dummy hash makes an unknown address cost a full password check; without it the answer came many times faster.
        var knownMedian = known.Order().ElementAt(1);
        var unknownMedian = unknown.Order().ElementAt(1);
        Assert.True(unknownMedian >= knownMedian * 0.3, $"unknown {unknownMedian.TotalMilliseconds} ms, known {knownMedian.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Login_FiveFailures_LocksAccountAndSaysSoAlsoForUnknownAddress()
    {
        var account = await EditorClient.CreateAccountAsync(site, [new(EditorRole.Editor)]);
        var nobody = $"ingen-{Guid.NewGuid():N}@example.se";
        using var client = EditorClient.Anonymous(site);

        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal(WrongCredentials, ErrorOf(await PostLoginAsync(client, account.Email, $"Fel-lösenord-{i}")));
            Assert.Equal(WrongCredentials, ErrorOf(await PostLoginAsync(client, nobody, $"Fel-lösenord-{i}")));
        }

        Assert.Equal(Locked, ErrorOf(await PostLoginAsync(client, account.Email, "Fel-lösenord-5")));
        Assert.Equal(Locked, ErrorOf(await PostLoginAsync(client, nobody, "Fel-lösenord-5")));

        // Locked means locked: the right password does not open it either, and no session starts.
        Assert.Equal(Locked, ErrorOf(await PostLoginAsync(client, account.Email, account.Password)));
        Assert.Equal(0, await SessionCountAsync(account.UserId));
        Assert.Empty(NewProblems());
    }

    [Theory]
    [InlineData("/redaktor/konto", "/redaktor/konto")]
    [InlineData("https://example.com/redaktor", "/redaktor")]
    [InlineData("//example.com/redaktor", "/redaktor")]
    [InlineData("/\\example.com", "/redaktor")]
    [InlineData("/sundsvall", "/redaktor")]
    [InlineData("/redaktor/../sundsvall", "/redaktor")]
    [InlineData("/redaktor/%2E%2E/sundsvall", "/redaktor")]
    [InlineData("/redaktorn", "/redaktor")]
    public async Task Login_ReturnUrl_FollowsOnlyBackofficePaths(string returnUrl, string expected)
    {
        var account = await EditorClient.CreateAccountAsync(site, [new(EditorRole.Editor)]);
        using var client = EditorClient.Anonymous(site);
        var url = $"/redaktor/logga-in?returnUrl={Uri.EscapeDataString(returnUrl)}";

        var response = await client.PostFormAsync(url, [new("Email", account.Email), new("Password", account.Password)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task BackofficePage_Anonymous_RedirectsToLoginWithReturnUrl()
    {
        using var client = EditorClient.Anonymous(site);

        var response = await client.GetAsync("/redaktor/konto");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/redaktor/logga-in?ReturnUrl=%2Fredaktor%2Fkonto", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoFactor_TurnedOnFromAccountPage_LoginThenAsksForCode()
    {
        using var client = await EditorClient.SignInAsync(site, EditorRole.Editor);

        var start = await client.PostFormAsync("/redaktor/konto/tvastegsverifiering?handler=Key", []);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var setup = await Html.GetOkAsync(client.Http, "/redaktor/konto/tvastegsverifiering");
        Assert.Contains("Skriv in nyckeln i din autentiseringsapp", setup.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var formatted = setup.QuerySelector(".shared-key")!.TextContent;
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", formatted);
        var key = formatted.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var uri = setup.QuerySelector(".otpauth-uri")!.TextContent;
        Assert.StartsWith($"otpauth://totp/H%C3%A4lsoportal:{Uri.EscapeDataString(client.Account!.Email)}?secret={key}&issuer=", uri, StringComparison.Ordinal);
        Assert.Equal("one-time-code", setup.QuerySelector("#Code")!.GetAttribute("autocomplete"));
        Assert.Equal("numeric", setup.QuerySelector("#Code")!.GetAttribute("inputmode"));

        var wrong = await client.PostFormAsync("/redaktor/konto/tvastegsverifiering?handler=Confirm", [new("Code", OtherThan(Totp.Now(key)))]);
        var wrongPage = await ParseAsync(wrong);
        Assert.StartsWith("Fel: Tvåstegsverifiering", wrongPage.Title, StringComparison.Ordinal);
        Assert.Equal("#Code", wrongPage.QuerySelector(".error-summary a")!.GetAttribute("href"));

        var confirmed = await client.PostFormAsync("/redaktor/konto/tvastegsverifiering?handler=Confirm", [new("Code", await Totp.NextAsync(key))]);
        var codes = (await ParseAsync(confirmed)).QuerySelectorAll(".recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(AccountService.RecoveryCodeCount, codes.Count);
        Assert.All(codes, c => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", c));

        // The session goes on after the security stamp changed; the next sign-in needs the code.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/redaktor/konto")).StatusCode);
        using var again = EditorClient.Anonymous(site);
        var password = await again.PostFormAsync("/redaktor/logga-in", [new("Email", client.Account.Email), new("Password", client.Account.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal("/redaktor/logga-in/kod", password.Headers.Location?.OriginalString);
        Assert.Null(again.CookieValue("__Host-redaktor"));
        var codePage = await Html.GetOkAsync(again.Http, "/redaktor/logga-in/kod");
        Assert.Equal("one-time-code", codePage.QuerySelector("#Code")!.GetAttribute("autocomplete"));
        Assert.Equal("numeric", codePage.QuerySelector("#Code")!.GetAttribute("inputmode"));

        var bad = await again.PostFormAsync("/redaktor/logga-in/kod", [new("Code", OtherThan(Totp.Now(key)))]);
        Assert.StartsWith("Koden stämmer inte.", ErrorOf(await ParseAsync(bad)), StringComparison.Ordinal);
        var good = await again.PostFormAsync("/redaktor/logga-in/kod", [new("Code", await Totp.NextAsync(key))]);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("/redaktor", good.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/redaktor/konto")).StatusCode);
        Assert.Contains("user.2fa.enable", await AuditActionsAsync(client.Account.UserId));
        Assert.Empty(NewProblems());
    }

    [Fact]
    public async Task TwoFactor_CodeThatSignedSomeoneIn_IsRefusedTheSecondTime()
    {
        var account = await EditorClient.CreateAccountAsync(site, [new(EditorRole.Editor)], twoFactor: true);
        var code = await Totp.NextAsync(account.AuthenticatorKey!);

        using var first = EditorClient.Anonymous(site);
        await first.PostFormAsync("/redaktor/logga-in", [new("Email", account.Email), new("Password", account.Password)]);
        var accepted = await first.PostFormAsync("/redaktor/logga-in/kod", [new("Code", code)]);
        Assert.Equal("/redaktor", accepted.Headers.Location?.OriginalString);

        // Someone who saw the code (or captured the request) tries it again within its 30 seconds.
        using var second = EditorClient.Anonymous(site);
        await second.PostFormAsync("/redaktor/logga-in", [new("Email", account.Email), new("Password", account.Password)]);
        var replayed = await second.PostFormAsync("/redaktor/logga-in/kod", [new("Code", code)]);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.StartsWith("Koden stämmer inte.", ErrorOf(await ParseAsync(replayed)), StringComparison.Ordinal);
        Assert.Null(second.CookieValue("__Host-redaktor"));

        // The next code the app shows works.
        var next = await second.PostFormAsync("/redaktor/logga-in/kod", [new("Code", await Totp.NextAsync(account.AuthenticatorKey!))]);
        Assert.Equal("/redaktor", next.Headers.Location?.OriginalString);
        Assert.Empty(NewProblems());
    }

    [Fact]
    public async Task TwoFactor_RecoveryCode_WorksOnceHoweverTyped()
    {
        var account = await EditorClient.CreateAccountAsync(site, [new(EditorRole.Editor)], twoFactor: true);
        var typed = account.RecoveryCodes[0].Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant();

        using var first = EditorClient.Anonymous(site);
        await first.PostFormAsync("/redaktor/logga-in", [new("Email", account.Email), new("Password", account.Password)]);
        var used = await first.PostFormAsync("/redaktor/logga-in/kod?reservkod=true", [new("Code", typed)]);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal("/redaktor", used.Headers.Location?.OriginalString);

        using var second = EditorClient.Anonymous(site);
        await second.PostFormAsync("/redaktor/logga-in", [new("Email", account.Email), new("Password", account.Password)]);
        var reused = await second.PostFormAsync("/redaktor/logga-in/kod?reservkod=true", [new("Code", typed)]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.StartsWith("Koden stämmer inte.", ErrorOf(await ParseAsync(reused)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginCode_WithoutPasswordStep_SendsBackToLogin()
    {
        using var client = EditorClient.Anonymous(site);

        var response = await client.GetAsync("/redaktor/logga-in/kod");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/redaktor/logga-in", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Administrator_WithoutTwoFactor_IsSentToSetUpBeforeAnythingElse()
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, twoFactor: false);

        var dashboard = await admin.GetAsync("/redaktor");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Equal("/redaktor/konto/tvastegsverifiering", dashboard.Headers.Location?.OriginalString);
        var account = await Html.GetOkAsync(admin.Http, "/redaktor/konto");
        Assert.Contains("Som administratör måste du använda tvåstegsverifiering", account.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        await admin.PostFormAsync("/redaktor/konto/tvastegsverifiering?handler=Key", []);
        var setup = await Html.GetOkAsync(admin.Http, "/redaktor/konto/tvastegsverifiering");
        var key = setup.QuerySelector(".shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var confirmed = await admin.PostFormAsync("/redaktor/konto/tvastegsverifiering?handler=Confirm", [new("Code", await Totp.NextAsync(key))]);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        // Now the dashboard is no longer held back (what it renders is the dashboard's own business).
        var after = await admin.GetAsync("/redaktor");
        Assert.NotEqual("/redaktor/konto/tvastegsverifiering", after.Headers.Location?.OriginalString);
        var enabled = await Html.GetOkAsync(admin.Http, "/redaktor/konto/tvastegsverifiering");
        Assert.Null(enabled.QuerySelector("form[action*=Disable]"));
        var refused = await admin.PostFormAsync("/redaktor/konto/tvastegsverifiering?handler=Disable", []);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Den går inte att stänga av.", ErrorOf(await ParseAsync(refused)), StringComparison.Ordinal);
        Assert.True(await WithAccountsAsync(accounts => accounts.IsTwoFactorEnabledAsync(admin.Account!.UserId, CancellationToken.None)));
    }

    [Fact]
    public async Task TwoFactor_Editor_CanTurnItOff()
    {
        using var client = await EditorClient.SignInAsync(site, EditorRole.Editor, twoFactor: true);

        var off = await client.PostFormAsync("/redaktor/konto/tvastegsverifiering?handler=Disable", []);

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Equal("/redaktor/konto", off.Headers.Location?.OriginalString);
        var account = await Html.GetOkAsync(client.Http, "/redaktor/konto");
        Assert.Equal("Tvåstegsverifiering är avstängd.", account.QuerySelector(".notice")!.TextContent.Trim());
        Assert.False(await WithAccountsAsync(accounts => accounts.IsTwoFactorEnabledAsync(client.Account!.UserId, CancellationToken.None)));
    }

    [Fact]
    public async Task Logout_EndsSessionOnServer_CopiedCookieNoLongerWorks()
    {
        using var client = await EditorClient.SignInAsync(site, EditorRole.Editor);
        var copied = client.CookieValue("__Host-redaktor");
        Assert.NotNull(copied);

        var logout = await client.PostFormAsync("/redaktor/logga-ut", [], formPage: "/redaktor/logga-ut");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/redaktor/logga-in", logout.Headers.Location?.OriginalString);
        Assert.Equal(0, await SessionCountAsync(client.Account!.UserId));
        var login = await Html.GetOkAsync(client.Http, "/redaktor/logga-in");
        Assert.Equal("Du är utloggad.", login.QuerySelector(".notice")!.TextContent.Trim());
        Assert.Contains("user.logout", await AuditActionsAsync(client.Account.UserId));

        using var thief = EditorClient.Anonymous(site);
        thief.Cookies.Add(EditorClient.BaseAddress, new Cookie("__Host-redaktor", copied));
        var replay = await thief.GetAsync("/redaktor/konto");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Contains("/redaktor/logga-in", replay.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Empty(NewProblems());
    }

    [Fact]
    public async Task Logout_Get_ShowsButtonAndChangesNothing()
    {
        using var client = await EditorClient.SignInAsync(site, EditorRole.Editor);

        var page = await Html.GetOkAsync(client.Http, "/redaktor/logga-ut");

        Assert.NotNull(page.QuerySelector("form[method=post] button"));
        Assert.Equal(1, await SessionCountAsync(client.Account!.UserId));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/redaktor/konto")).StatusCode);
    }

    [Fact]
    public async Task Login_EverySignIn_GetsANewSessionKey()
    {
        var account = await EditorClient.CreateAccountAsync(site, [new(EditorRole.Editor)]);
        using var first = await EditorClient.SignInAsync(site, account);
        var firstKeys = await SessionKeysAsync(account.UserId);
        await first.PostFormAsync("/redaktor/logga-ut", [], formPage: "/redaktor/logga-ut");

        using var second = await EditorClient.SignInAsync(site, account);
        using var third = await EditorClient.SignInAsync(site, account);
        var keys = await SessionKeysAsync(account.UserId);

        Assert.Single(firstKeys);
        Assert.Equal(2, keys.Count);
        Assert.DoesNotContain(firstKeys[0], keys);
        Assert.All(keys, k => Assert.Equal(43, k.Length));

        // The cookie carries only the key: no e-mail address or user id in it, however it is read.
        Assert.DoesNotContain(account.UserId, second.CookieValue("__Host-redaktor")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_AlreadySignedIn_KeepsTheSession()
    {
        using var client = await EditorClient.SignInAsync(site, EditorRole.Editor);

        var response = await client.GetAsync("/redaktor/logga-in?returnUrl=%2Fredaktor%2Fkonto");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/redaktor/konto", response.Headers.Location?.OriginalString);
        Assert.Equal(1, await SessionCountAsync(client.Account!.UserId));
    }

    [Fact]
    public async Task Disable_LiveSession_EndsAtNextRequest()
    {
        using var client = await EditorClient.SignInAsync(site, EditorRole.Editor);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/redaktor/konto")).StatusCode);

        var result = await WithAccountsAsync(accounts => accounts.DisableAsync(client.Account!.Email, AccountActor.Operator, CancellationToken.None));

        Assert.Equal(AccountStatus.Done, result.Status);
        Assert.Equal(0, await SessionCountAsync(client.Account!.UserId));
        var next = await client.GetAsync("/redaktor/konto");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("/redaktor/logga-in", next.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(WrongCredentials, ErrorOf(await PostLoginAsync(client, client.Account.Email, client.Account.Password)));
        Assert.Empty(NewProblems());
    }

    [Fact]
    public async Task Cookies_EveryEditorCookie_IsHostOnlySecureHttpOnlyStrict()
    {
        var account = await EditorClient.CreateAccountAsync(site, [new(EditorRole.Editor)], twoFactor: true);
        using var client = EditorClient.Anonymous(site);
        var setCookies = new List<string>();

        setCookies.AddRange(SetCookies(await client.GetAsync("/redaktor/logga-in")));
        var password = await client.PostFormAsync("/redaktor/logga-in", [new("Email", account.Email), new("Password", account.Password)]);
        setCookies.AddRange(SetCookies(password));
        var code = await client.PostFormAsync("/redaktor/logga-in/kod", [new("Code", await Totp.NextAsync(account.AuthenticatorKey!))]);
        setCookies.AddRange(SetCookies(code));
        setCookies.AddRange(SetCookies(await client.PostFormAsync("/redaktor/logga-ut", [], formPage: "/redaktor/logga-ut")));

        var names = setCookies.Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)]).Distinct().ToList();
        Assert.Contains("__Host-redaktor-csrf", names);
        Assert.Contains("__Host-redaktor-2fa", names);
        Assert.Contains("__Host-redaktor", names);
        Assert.Contains("__Host-redaktor-besked", names);
        Assert.All(setCookies, cookie =>
        {
            var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
            Assert.StartsWith("__Host-", cookie, StringComparison.Ordinal);
            Assert.Contains("path=/", attributes);
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            Assert.Contains("samesite=strict", attributes);
            Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
        });

        // The session cookie lives as long as the browser window: no Expires, no Max-Age.
        var session = SetCookies(code).Single(c => c.StartsWith("__Host-redaktor=", StringComparison.Ordinal));
        Assert.DoesNotContain("expires=", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("max-age=", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ResidentPage_AfterEditorVisitedLogin_SetsNoCookie()
    {
        using var client = EditorClient.Anonymous(site);
        await client.GetAsync("/redaktor/logga-in");

        var home = await client.GetAsync("/sundsvall");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Empty(SetCookies(home));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Is400AndChangesNothing()
    {
        var account = await EditorClient.CreateAccountAsync(site, [new(EditorRole.Editor)]);
        using var anonymous = EditorClient.Anonymous(site);
        await anonymous.GetAsync("/redaktor/logga-in");
        using var client = await EditorClient.SignInAsync(site, EditorRole.Editor);

        var login = await anonymous.PostWithoutTokenAsync("/redaktor/logga-in", [new("Email", account.Email), new("Password", account.Password)]);
        var logout = await client.PostWithoutTokenAsync("/redaktor/logga-ut", []);
        var key = await client.PostWithoutTokenAsync("/redaktor/konto/tvastegsverifiering?handler=Key", []);

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, key.StatusCode);
        Assert.Equal(0, await SessionCountAsync(account.UserId));
        Assert.Equal(1, await SessionCountAsync(client.Account!.UserId));
        Assert.Null((await WithAccountsAsync(accounts => accounts.GetAuthenticatorSetupAsync(client.Account.UserId, CancellationToken.None)))!.SharedKey);
    }

    [Fact]
    public async Task Login_TooManyPostsFromOneAddress_Gets429WithRetryAfter()
    {
        await using var limited = SiteFactory.WithoutDemoContent().WithSetting("Halsoportal:Editors:LoginAttemptsPerMinute", "3");
        using var client = EditorClient.Anonymous(limited);
        var token = await client.GetAntiforgeryTokenAsync("/redaktor/logga-in");

        for (var i = 0; i < 3; i++)
        {
            var allowed = await PostLoginWithTokenAsync(client, token, $"forsok-{i}@example.se", forwardedFor: $"203.0.113.{i}");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        // Another X-Forwarded-For does not make another client: no proxy is configured.
        var refused = await PostLoginWithTokenAsync(client, token, "forsok-4@example.se", forwardedFor: "198.51.100.7");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.TryParse(refused.Headers.GetValues("Retry-After").Single(), out var seconds) && seconds is >= 1 and <= 60);
        var page = await ParseAsync(refused);
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("För många förfrågningar", page.Title, StringComparison.Ordinal);
        Assert.NotNull(refused.Headers.GetValues("Content-Security-Policy").Single());

        // Reading the form is never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/redaktor/logga-in")).StatusCode);
        Assert.Empty(limited.Problems);
    }

    private static async Task<IDocument> PostLoginAsync(EditorClient client, string email, string password)
    {
        var response = await client.PostFormAsync("/redaktor/logga-in", [new("Email", email), new("Password", password)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    private static async Task<HttpResponseMessage> PostLoginWithTokenAsync(EditorClient client, string token, string email, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/redaktor/logga-in", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("Email", email), new("Password", "Fel-lösenord-123"), new("__RequestVerificationToken", token)]),
        };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await client.Http.SendAsync(request);
    }

    private static async Task<TimeSpan> TimeLoginAsync(EditorClient client, string token, string email)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await PostLoginWithTokenAsync(client, token, email);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Stopwatch.GetElapsedTime(started);
    }

    private static string ErrorOf(IDocument document) => document.QuerySelector(".error-summary a")?.TextContent ?? "";

    /// <summary>The page as a visitor can compare it: without the typed address and the per-request token.</summary>
    private static string Normalise(IDocument document)
    {
        foreach (var token in document.QuerySelectorAll("input[name=__RequestVerificationToken]").ToList())
        {
            token.Remove();
        }

        document.QuerySelector("#Email")!.RemoveAttribute("value");
        return document.QuerySelector("main")!.OuterHtml;
    }

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    private static string OtherThan(string code) => code == "000000" ? "111111" : "000000";

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private async Task<T> WithAccountsAsync<T>(Func<AccountService, Task<T>> action)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AccountService>());
    }

    private async Task<int> SessionCountAsync(string userId) => (await SessionKeysAsync(userId)).Count;

    private async Task<List<string>> SessionKeysAsync(string userId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        return await db.EditorSessions.Where(s => s.UserId == userId).Select(s => s.Id).ToListAsync();
    }

    private async Task<List<string>> AuditActionsAsync(string userId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        return await db.AuditEntries.Where(a => a.ItemId == userId).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }

    private List<string> NewProblems() => [.. site.Problems.Skip(_problemsBefore)];
}
