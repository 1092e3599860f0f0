namespace Halsoportal.Web.Tests.Dialog;

/// <summary>The web host seeds the demo dialogs at start-up, and the kommun's pages show them.</summary>
public sealed class DemoDialogSiteTests
{
    [Fact]
    public async Task DemoSite_ListsSundsvallsDialogs_OnTheKommunPageAndTheDialogList_WithPublishedResults()
    {
        await using var site = new SiteFactory().WithSetting("Halsoportal:SeedDemoDialogs", "true");
        using var client = site.CreateSiteClient();

        var list = await Html.GetOkAsync(client, "/sundsvall/dialog");
        var kommun = await Html.GetOkAsync(client, "/sundsvall");

        var open = Html.Links(list, "#oppna ~ .dialog-list a");
        Assert.NotEmpty(open);
        var decided = Html.Links(list, "#beslutade ~ .dialog-list a");
        Assert.NotEmpty(decided);
        Assert.Contains(Html.Links(kommun, ".dialog-list a"), l => open.Contains(l));
        var dialog = await Html.GetOkAsync(client, decided[0]);
        Assert.NotEmpty(dialog.QuerySelectorAll(".timeline__entry"));
        var results = await Html.GetOkAsync(client, decided[0] + "/resultat");
        Assert.NotEmpty(results.QuerySelectorAll("section.result table"));
        Assert.Empty(site.Problems);
    }
}
