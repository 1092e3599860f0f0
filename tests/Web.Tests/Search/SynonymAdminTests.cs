using System.Net;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Synonyms;
using Halsoportal.Web.Tests.Editor;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Search;

/// <summary>Administrators keep the search's synonym list at /redaktor/synonymer; a save changes what residents find.</summary>
public sealed class SynonymAdminTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string NewWord = "qwzyxv";

    private async Task<SynonymListView?> StoredAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SynonymListService>().GetAsync(CancellationToken.None);
    }

    private async Task<int> HitsAsync(string query)
    {
        using var client = site.CreateSiteClient();
        var page = await Html.GetOkAsync(client, $"/sok?q={Uri.EscapeDataString(query)}&kommun=sundsvall");
        return page.QuerySelectorAll(".hit").Length;
    }

    [Fact]
    public async Task RegionAdmin_AddsAGroup_ResidentsFindContentByTheNewWordAtOnce()
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.RegionAdmin, regionCode: "22");
        var (_, page) = await admin.GetDocumentAsync("/redaktor/synonymer");
        var text = page.QuerySelector("#Input_Text")!.TextContent;
        Assert.Contains("umo, ungdomsmottagning", text, StringComparison.Ordinal);
        Assert.Equal(0, await HitsAsync(NewWord));

        var saved = await admin.PostFormAsync("/redaktor/synonymer", [new("Input.Text", text + $"\n{NewWord}, ungdomsmottagning"), new("Input.BaseVersion", "0")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await HitsAsync(NewWord) > 0, "The new synonym did not reach the search.");
        Assert.Equal(1, (await StoredAsync())!.Version);

        // A second administrator working on the old version gets a conflict, and the list stays.
        var stale = await admin.PostFormAsync("/redaktor/synonymer", [new("Input.Text", "a, b"), new("Input.BaseVersion", "0")]);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Någon annan har sparat listan", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(NewWord, (await StoredAsync())!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadLines_AreNamedByNumberAndNothingIsSaved()
    {
        using var admin = await EditorClient.SignInAsync(site, EditorRole.SystemAdmin);
        var before = await StoredAsync();

        var answer = await admin.PostFormAsync("/redaktor/synonymer", [new("Input.Text", "bvc, barnavårdscentral\nbara ett ord\nett två tre fyra fem sex sju, x"), new("Input.BaseVersion", (before?.Version ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        var html = await answer.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Rad 2: skriv minst två uttryck", html, StringComparison.Ordinal);
        Assert.Contains("Rad 3:", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(before?.Version, (await StoredAsync())?.Version);
    }

    [Fact]
    public async Task Editor_IsRefused()
    {
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/redaktor/synonymer")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostFormAsync("/redaktor/synonymer", [new("Input.Text", "a, b"), new("Input.BaseVersion", "0")], formPage: "/redaktor")).StatusCode);
    }
}
