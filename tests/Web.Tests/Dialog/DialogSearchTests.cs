using Halsoportal.Search.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Dialog;

/// <summary>Dialogs in the site search: found by what they ask and what came of them, in their own kommun only.</summary>
public sealed class DialogSearchTests(DialogSite site) : IClassFixture<DialogSite>
{
    private SearchIndexSynchronizer Sync => site.Site.Services.GetRequiredService<SearchIndexSynchronizer>();

    [Fact]
    public async Task OpenDialog_IsFoundByItsQuestionsInItsKommun_AndAfterARebuild_ButNotElsewhereOrBeforeItOpens()
    {
        var survey = await site.CreateAsync(s => s.Title = "Belysning längs Selångersån");
        var upcoming = await site.CreateAsync(s =>
        {
            s.Title = "Snöröjning av cykelbanor i Selånger";
            (s.OpensAt, s.ClosesAt) = (DialogSite.Now.UtcDateTime.AddDays(3), DialogSite.Now.UtcDateTime.AddDays(9));
        });
        await Sync.RefreshSourcesAsync(CancellationToken.None);
        var url = $"/sundsvall/dialog/{survey.Slug}";

        var byTitle = await Html.GetOkAsync(site.Client, "/sok?q=belysning%20selångersån&kommun=sundsvall");
        var byQuestion = await Html.GetOkAsync(site.Client, "/sok?q=trygg%20gångvägarna&kommun=sundsvall&typ=dialog");
        var elsewhere = await Html.GetOkAsync(site.Client, "/sok?q=belysning%20selångersån&kommun=jonkoping");

        Assert.Equal(url, Html.Links(byTitle, ".hit__title a")[0]);
        Assert.StartsWith("Dialog", byTitle.QuerySelector(".hit__meta")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(url, Html.Links(byQuestion, ".hit__title a"));
        Assert.DoesNotContain(url, Html.Links(elsewhere, ".hit__title a"));
        Assert.DoesNotContain(Html.Links(byQuestion, ".hit__title a"), l => l.EndsWith("/" + upcoming.Slug, StringComparison.Ordinal));

        await Sync.RebuildAsync(progress: null, CancellationToken.None);
        var afterRebuild = await Html.GetOkAsync(site.Client, "/sok?q=belysning%20selångersån&kommun=sundsvall");
        Assert.Equal(url, Html.Links(afterRebuild, ".hit__title a")[0]);
    }
}
