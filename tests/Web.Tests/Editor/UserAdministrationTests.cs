using System.Net;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Editor;

/// <summary>Region administrators manage roles in their own län only; administrator roles are the system administrator's.</summary>
public sealed class UserAdministrationTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private async Task<int> GrantCountAsync(string userId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().RoleGrants.CountAsync(g => g.UserId == userId);
    }

    [Fact]
    public async Task RegionAdmin_GrantsInOwnLan_IsRefusedElsewhereAndForAdminRoles()
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22", displayName: "Rut Region");
        var person = await EditorClient.CreateAccountAsync(site, [], displayName: "Nils Ny");

        var own = await admin.PostFormAsync("/redaktor/anvandare?handler=grant", [new("Email", person.Email), new("Role", "Publisher"), new("Kommun", "2262")]);
        var otherLan = await admin.PostFormAsync("/redaktor/anvandare?handler=grant", [new("Email", person.Email), new("Role", "Editor"), new("Kommun", "0680")]);
        var adminRole = await admin.PostFormAsync("/redaktor/anvandare?handler=grant", [new("Email", person.Email), new("Role", "RegionAdmin"), new("Kommun", "2262")]);

        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherLan.StatusCode);
        Assert.Contains("Välj en kommun i ditt län.", await otherLan.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Bara en systemadministratör", await adminRole.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await GrantCountAsync(person.UserId));
        var (_, page) = await admin.GetDocumentAsync("/redaktor/anvandare");
        Assert.Contains("publicerare i Timrå", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Användare", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegionAdmin_GrantsWithoutEmail_GetsTheFieldErrorTiedToTheField()
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22");

        var empty = await admin.PostFormAsync("/redaktor/anvandare?handler=grant", [new("Email", ""), new("Role", "Editor"), new("Kommun", "2262")]);

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await empty.Content.ReadAsStringAsync());
        Assert.StartsWith("Fel:", page.Title, StringComparison.Ordinal);
        Assert.Equal("#Email", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        var field = page.QuerySelector("#Email")!;
        Assert.Equal("Email-fel", field.GetAttribute("aria-describedby"));
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Contains("Skriv e-postadressen", page.QuerySelector("#Email-fel")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegionAdmin_CannotSeeOrDisableAccountsOfAnotherLan()
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22");
        var jonkoping = await EditorClient.CreateAccountAsync(site, [new EditorGrant(EditorRole.Editor, "0680")], displayName: "Jonna i Jönköping");

        var (_, page) = await admin.GetDocumentAsync("/redaktor/anvandare");
        var disable = await admin.PostFormAsync("/redaktor/anvandare?handler=disable", [new("userId", jonkoping.UserId), new("disabled", "true")]);

        Assert.DoesNotContain("Jonna i Jönköping", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, disable.StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Null((await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Users.FirstAsync(u => u.Id == jonkoping.UserId)).DisabledAt);
    }

    [Fact]
    public async Task RegionAdmin_DisablesEditorInOwnLan_EndsTheirSession()
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22");
        var editor = await EditorClient.CreateAccountAsync(site, [new EditorGrant(EditorRole.Editor, "2281")], displayName: "Eva");
        using var editorClient = await EditorClient.SignInAsync(site, editor);

        var disable = await admin.PostFormAsync("/redaktor/anvandare?handler=disable", [new("userId", editor.UserId), new("disabled", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        var after = await editorClient.GetAsync("/redaktor");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/redaktor/logga-in", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
