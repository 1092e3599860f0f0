using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Halsoportal.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests;

/// <summary>The content store on a real SQLite file: durability, migrations, seeding.</summary>
public sealed class StoreTests
{
    [SqliteOnlyFact("SQLite's pragmas; Startup_Postgres_CommitsSynchronously is the PostgreSQL pass's check")]
    public async Task Startup_SqliteFile_RunsWalWithSynchronousFull()
    {
        await using var site = new SiteFactory();
        site.CreateSiteClient();

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal("2", await ScalarAsync(connection, "PRAGMA synchronous;"));
        Assert.Equal(Path.Combine(site.DataPath, "halsoportal.db"), connection.DataSource);
    }

    [Fact]
    public async Task Startup_Postgres_CommitsSynchronously()
    {
        await using var site = new SiteFactory();
        site.CreateSiteClient();

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        Assert.Equal(Halsoportal.Testing.TestPostgres.Enabled, db.Database.IsNpgsql());
        if (db.Database.IsNpgsql())
        {
            await db.Database.OpenConnectionAsync();
            Assert.Equal("on", await ScalarAsync(db.Database.GetDbConnection(), "SHOW synchronous_commit"));

            // Even against a server whose default is off: the app's connections set it themselves.
            var relaxed = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseSettings.Durable(db.Database.GetConnectionString()!));
            Assert.Contains("synchronous_commit=on", relaxed.Options, StringComparison.Ordinal);
        }
    }

    [PostgresOnlyFact("two transactions writing the change feed at once, which SQLite's single writer never has")]
    public async Task ChangeFeed_TwoWritersAtOnce_IdsBecomeVisibleInOrder()
    {
        await using var site = SiteFactory.WithoutDemoContent();
        site.CreateSiteClient();
        await using var first = SiteFactory.OpenContentStore(site.DataPath);
        await using var second = SiteFactory.OpenContentStore(site.DataPath);
        var before = await first.ContentChanges.MaxAsync(c => (long?)c.Id) ?? 0;

        // The first writer takes an id and holds its transaction open; the second must wait for it,
        // or it would commit a later id first and a follower's cursor would pass the earlier one.
        await using var open = await first.Database.BeginTransactionAsync();
        first.ContentChanges.Add(new ContentChange { ItemType = ContentItemType.Page, ItemId = 1, Kind = ContentChangeKind.Published, OccurredAt = DateTime.UtcNow });
        await first.SaveChangesAsync();
        second.ContentChanges.Add(new ContentChange { ItemType = ContentItemType.Page, ItemId = 2, Kind = ContentChangeKind.Published, OccurredAt = DateTime.UtcNow });
        var waiting = second.SaveChangesAsync();
        await Task.Delay(500);
        Assert.False(waiting.IsCompleted);
        await open.CommitAsync();
        await waiting;

        var ids = await first.ContentChanges.Where(c => c.Id > before).OrderBy(c => c.Id).Select(c => c.ItemId).ToListAsync();
        Assert.Equal(new[] { 1, 2 }, ids);
    }

    [Fact]
    public async Task Model_ComparedWithMigrations_HasNoPendingChanges()
    {
        await using var site = new SiteFactory();
        site.CreateSiteClient();

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        Assert.False(db.Database.HasPendingModelChanges(), "The EF model has changes without a migration: run dotnet ef migrations add.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Startup_SeedingTurnedOff_HasKommunerButNoArticles()
    {
        await using var site = SiteFactory.WithoutDemoContent();
        var client = site.CreateSiteClient();

        var document = await Html.GetOkAsync(client, "/sundsvall");
        Assert.Empty(document.QuerySelectorAll(".card"));
        Assert.Contains("Det finns inget innehåll", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(290, (await Html.GetOkAsync(client, "/")).QuerySelectorAll(".kommun-links a").Length);
        Assert.NotNull((await Html.GetOkAsync(client, "/tillganglighetsredogorelse")).QuerySelector("h1"));
    }

    [Fact]
    public async Task Startup_SecondStartOnSameData_SeedsNothingTwice()
    {
        await using var first = new SiteFactory();
        first.CreateSiteClient();
        int articles;
        await using (var scope = first.Services.CreateAsyncScope())
        {
            articles = await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Articles.CountAsync();
        }

        // A second initialisation over the same database is what a restart or a second node does.
        await using (var scope = first.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ContentStoreInitializer>().InitializeAsync(CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            Assert.Equal(articles, await db.Articles.CountAsync());
            Assert.Equal(290, await db.Kommuner.CountAsync());
            Assert.Equal(21, await db.Regions.CountAsync());
        }
    }

    [Fact]
    public async Task Startup_Seeding_WritesOnePublishedFeedEntryPerItem()
    {
        await using var site = new SiteFactory();
        site.CreateSiteClient();

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var feed = await scope.ServiceProvider.GetRequiredService<ChangeFeed>().ReadAfterAsync(0, 1000, CancellationToken.None);
        var articleIds = await db.Articles.Select(a => a.Id).ToListAsync();
        var pageIds = await db.Pages.Select(p => p.Id).ToListAsync();
        var contactPointIds = await db.ContactPoints.Select(c => c.Id).ToListAsync();

        Assert.All(feed, c => Assert.Equal(ContentChangeKind.Published, c.Kind));
        Assert.Equal(articleIds.Order(), feed.Where(c => c.ItemType == ContentItemType.Article).Select(c => c.ItemId).Order());
        Assert.Equal(pageIds.Order(), feed.Where(c => c.ItemType == ContentItemType.Page).Select(c => c.ItemId).Order());
        Assert.Equal(contactPointIds.Order(), feed.Where(c => c.ItemType == ContentItemType.ContactPoint).Select(c => c.ItemId).Order());
        Assert.Equal(feed.Max(c => c.Id), await scope.ServiceProvider.GetRequiredService<ChangeFeed>().LatestIdAsync(CancellationToken.None));

        var reader = scope.ServiceProvider.GetRequiredService<PublishedContentReader>();
        var all = new List<PublishedItem>();
        await foreach (var batch in reader.ReadAllAsync(7, CancellationToken.None))
        {
            all.AddRange(batch);
        }

        Assert.Equal(articleIds.Count + pageIds.Count + contactPointIds.Count, all.Count);
        var item = await reader.FindAsync(ContentItemType.Article, articleIds[0], CancellationToken.None);
        Assert.NotNull(item);
        Assert.DoesNotContain("##", item.Texts[0].BodyText, StringComparison.Ordinal);
    }

    private static async Task<string?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>The data folder check that runs before the host is built.</summary>
public sealed class DataFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "halsoportal-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Prepare_MissingFolder_CreatesIt()
    {
        var folder = DataFolder.Prepare(Path.Combine(_root, "ny", "mapp"));

        Assert.True(Directory.Exists(folder.Root));
        Assert.Equal(Path.Combine(folder.Root, "halsoportal.db"), folder.DatabasePath);
    }

    [Fact]
    public void Prepare_PathIsAFile_SaysSoWithThePath()
    {
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "fil");
        File.WriteAllText(file, "x");

        var ex = Assert.Throws<DataFolderException>(() => DataFolder.Prepare(file));
        Assert.Equal($"Datamappen {file} är en fil, inte en mapp. Ange en mapp i Halsoportal:DataPath.", ex.Message);
    }

    [Fact]
    public void Prepare_CorruptDatabase_SaysSoWithThePath()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "halsoportal.db"), "det här är ingen databas, bara text som råkat hamna här");

        var ex = Assert.Throws<DataFolderException>(() => DataFolder.Prepare(_root));
        Assert.Contains(Path.Combine(_root, "halsoportal.db"), ex.Message, StringComparison.Ordinal);
        Assert.Contains("skadad", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Prepare_UnwritableFolder_SaysSoWithThePath()
    {
        // /proc refuses new files even for root, so this holds in CI containers too.
        var ex = Assert.Throws<DataFolderException>(() => DataFolder.Prepare("/proc/halsoportal-data"));
        Assert.StartsWith("Datamappen /proc/halsoportal-data går inte att skriva till", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_EmptyDatabaseFile_IsAccepted()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllBytes(Path.Combine(_root, "halsoportal.db"), []);

        Assert.Equal(_root, DataFolder.Prepare(_root).Root);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
