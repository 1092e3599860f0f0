using System.Diagnostics;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Halsoportal.Search.Querying;
using Halsoportal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Halsoportal.Web.Tests.Search;

/// <summary>The index follows the change feed: publish → found, unpublish → gone, rebuilds never empty.</summary>
public sealed class SearchSyncTests(ITestOutputHelper output)
{
    /// <summary>Generous for a loaded 2-core CI machine; the measured time is printed.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task PublishThenUnpublish_ArticleAppearsAndDisappearsInSearch()
    {
        await using var site = new SiteFactory();
        var client = site.CreateSiteClient();
        var id = await AddDraftAsync(site, "Xyloklunkar och hälsa", "Om xyloklunkarna i Ånge.");
        Assert.Equal(0, Hits(site, "xyloklunkar"));

        await PublishingAsync(site, p => p.PublishArticleAsync(id, CancellationToken.None));
        var found = await WaitUntilAsync(() => Hits(site, "xyloklunkar") == 1);
        output.WriteLine($"Published → found after {found.TotalMilliseconds:F0} ms");
        var page = await Html.GetOkAsync(client, "/sok?q=xyloklunkar&kommun=ange");
        Assert.Contains("/ange/xyloklunkar-och-halsa", Html.Links(page, ".hit__title a"));

        await PublishingAsync(site, p => p.UnpublishArticleAsync(id, CancellationToken.None));
        var gone = await WaitUntilAsync(() => Hits(site, "xyloklunkar") == 0);
        output.WriteLine($"Unpublished → gone after {gone.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task RebuildRequested_WhileResidentsSearch_NeverReturnsEmpty()
    {
        await using var site = new SiteFactory();
        site.CreateSiteClient();
        var pointer = Path.Combine(site.DataPath, "index", "CURRENT");
        var before = await File.ReadAllTextAsync(pointer);
        var counts = new List<int>();
        using var stop = new CancellationTokenSource();
        var searching = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                counts.Add(Hits(site, "fysisk aktivitet"));
                await Task.Yield();
            }
        });

        await PublishingAsync(site, p => p.RequestSearchRebuildAsync(CancellationToken.None));
        await WaitUntilAsync(() => File.ReadAllText(pointer) != before);
        await Task.Delay(200);
        await stop.CancelAsync();
        await searching;

        output.WriteLine($"{counts.Count} searches during the rebuild");
        Assert.True(counts.Count > 10);
        Assert.All(counts, c => Assert.True(c > 0, "A search during the rebuild came back empty."));
    }

    [Fact]
    public async Task Restart_CorruptIndex_IsRebuiltFromTheDatabase()
    {
        string dataPath;
        int hitsBefore;
        await using (var first = new SiteFactory { KeepData = true })
        {
            first.CreateSiteClient();
            dataPath = first.DataPath;
            hitsBefore = Hits(first, "sömn");
        }

        try
        {
            var indexRoot = Path.Combine(dataPath, "index");
            var generation = Path.Combine(indexRoot, (await File.ReadAllTextAsync(Path.Combine(indexRoot, "CURRENT"))).Trim());
            foreach (var file in Directory.GetFiles(generation, "segments*"))
            {
                await File.WriteAllTextAsync(file, "trasig");
            }

            await using var restarted = SiteFactory.RestartOn(dataPath);
            restarted.CreateSiteClient();
            Assert.True(hitsBefore > 0);
            Assert.Equal(hitsBefore, Hits(restarted, "sömn"));
            Assert.NotEqual(generation, Path.Combine(indexRoot, (await File.ReadAllTextAsync(Path.Combine(indexRoot, "CURRENT"))).Trim()));
        }
        finally
        {
            DeleteIfLeft(dataPath);
        }
    }

    [Fact]
    public async Task Restart_ChangesWhileDown_AreCaughtUpFromTheCursor()
    {
        string dataPath;
        int id;
        await using (var first = new SiteFactory { KeepData = true })
        {
            first.CreateSiteClient();
            dataPath = first.DataPath;
            id = await AddDraftAsync(first, "Kaffekalas för grannar", "Grannkaffe i Timrå varje vecka.");
        }

        try
        {
            // Published by "another node" while this one was down: only the feed knows.
            await using (var db = SiteFactory.OpenContentStore(dataPath))
            {
                var article = await db.Articles.SingleAsync(a => a.Id == id);
                article.PublishedAt = DateTime.UtcNow.AddMinutes(-1);
                db.ContentChanges.Add(new ContentChange { ItemType = ContentItemType.Article, ItemId = id, Kind = ContentChangeKind.Published, OccurredAt = DateTime.UtcNow });
                await db.SaveChangesAsync();
            }

            await using var restarted = SiteFactory.RestartOn(dataPath);
            restarted.CreateSiteClient();
            Assert.Equal(1, Hits(restarted, "grannkaffe"));
        }
        finally
        {
            DeleteIfLeft(dataPath);
        }
    }

    /// <summary>The restarted site removes the folder when disposed; this covers a failure before it started.</summary>
    private static void DeleteIfLeft(string dataPath)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataPath))
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    private static int Hits(SiteFactory site, string query) =>
        site.Services.GetRequiredService<ISearchService>().Search(new SearchRequest { Query = query, EasyRead = false, IncludeFacets = false }).TotalHits;

    private static async Task<int> AddDraftAsync(SiteFactory site, string title, string ingress)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var ange = await db.Kommuner.SingleAsync(k => k.Code == "2260");
        var timra = await db.Kommuner.SingleAsync(k => k.Code == "2262");
        var article = new ArticleBuilder().WithTitle(title).WithIngress(ingress).ForKommuner(ange, timra).Draft().Build();
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }

    private static async Task PublishingAsync(SiteFactory site, Func<PublishingService, Task> action)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<PublishingService>());
    }

    private static async Task<TimeSpan> WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Deadline, $"Not reached within {Deadline.TotalSeconds} s.");
            await Task.Delay(10);
        }

        return clock.Elapsed;
    }
}
