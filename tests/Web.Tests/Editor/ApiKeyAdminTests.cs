using System.Net;
using System.Text.RegularExpressions;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.ApiKeys;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>/redaktor/api-nycklar: administrators issue a kommun's preview keys, see them only once, and revoke them.</summary>
public sealed partial class ApiKeyAdminTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Page = "/redaktor/api-nycklar";

    [Fact]
    public async Task RegionAdmin_IssuesAKey_ItWorksUntilRevoked_AndIsShownOnlyOnce()
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22", displayName: "Åsa Admin");

        var issued = await admin.PostFormAsync($"{Page}?handler=issue", [new("Input.Kommun", "2281"), new("Input.Label", "Sundsvalls webbplats, test")]);
        var html = await issued.Content.ReadAsStringAsync();
        var key = Key().Match(html).Value;

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.StartsWith("hp_", key, StringComparison.Ordinal);
        Assert.Contains("no-store", issued.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(new ApiKeyGrant((await ValidateAsync(key))!.KeyId, "2281", "Sundsvalls webbplats, test"), await ValidateAsync(key));

        // The list names the key by its hint; the key itself is nowhere, not even in the database.
        var (_, list) = await admin.GetDocumentAsync(Page);
        Assert.Contains("Sundsvalls webbplats, test", list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(key[..9], list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(key, list.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(await WithDatabaseAsync(db => db.ApiKeys.Select(k => k.KeyHash + k.Hint + k.Label).ToListAsync()), v => v.Contains(key, StringComparison.Ordinal));

        var id = (await ValidateAsync(key))!.KeyId;
        var revoked = await admin.PostFormAsync($"{Page}?handler=revoke", [new("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Null(await ValidateAsync(key));
        var (_, after) = await admin.GetDocumentAsync(Page);
        Assert.Contains("Återkallad", after.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["apikey.issue", "apikey.revoke"], await WithDatabaseAsync(db => db.AuditEntries.Where(a => a.ItemType == "apikey" && a.ItemId == id.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task RegionAdmin_CannotIssueOrRevokeOutsideTheirLän()
    {
        using var vasternorrland = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22");
        using var jonkoping = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "06");
        var before = await WithDatabaseAsync(db => db.ApiKeys.CountAsync());

        var refused = await vasternorrland.PostFormAsync($"{Page}?handler=issue", [new("Input.Kommun", "0680"), new("Input.Label", "Jönköpings webbplats")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Välj en kommun i ditt län", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await WithDatabaseAsync(db => db.ApiKeys.CountAsync()));

        var issued = await jonkoping.PostFormAsync($"{Page}?handler=issue", [new("Input.Kommun", "0680"), new("Input.Label", "Jönköpings webbplats")]);
        var key = Key().Match(await issued.Content.ReadAsStringAsync()).Value;
        var id = (await ValidateAsync(key))!.KeyId;

        var revoke = await vasternorrland.PostFormAsync($"{Page}?handler=revoke", [new("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var (_, list) = await vasternorrland.GetDocumentAsync(Page);

        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.NotNull(await ValidateAsync(key));
        Assert.DoesNotContain("Jönköpings webbplats", list.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Skriv vem eller vad nyckeln är till")]
    [InlineData("rad ett\nrad två", "utan radbrytningar")]
    public async Task BadLabel_IsAFieldErrorAndNoKeyIsMade(string label, string message)
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.SystemAdmin);
        var before = await WithDatabaseAsync(db => db.ApiKeys.CountAsync());

        var answer = await admin.PostFormAsync($"{Page}?handler=issue", [new("Input.Kommun", "2281"), new("Input.Label", label)]);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await answer.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.StartsWith("Fel:", document.Title, StringComparison.Ordinal);
        Assert.Contains(message, document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotMatch(Key(), document.DocumentElement.OuterHtml);
        Assert.Equal(before, await WithDatabaseAsync(db => db.ApiKeys.CountAsync()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hp_")]
    [InlineData("hp_inte-en-riktig-nyckel")]
    [InlineData("Bearer hp_x")]
    public async Task Validate_RefusesAnythingButAnIssuedKey(string? presented)
    {
        Assert.Null(await ValidateAsync(presented));
    }

    private async Task<ApiKeyGrant?> ValidateAsync(string? key)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiKeyService>().ValidateAsync(key, CancellationToken.None);
    }

    private async Task<T> WithDatabaseAsync<T>(Func<ContentDbContext, Task<T>> read)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ContentDbContext>());
    }

    [GeneratedRegex("hp_[A-Za-z0-9_-]{43}")]
    private static partial Regex Key();
}
