using Halsoportal.Content.Demo;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Halsoportal.Content.Storage;

/// <summary>
/// Brings the store up to date at start-up: migrations, durability settings, reference data
/// (regions, kommuner, taxonomy, the site's own pages) and, on an empty database, demo content.
/// Every step is idempotent, so every node may run it; on PostgreSQL nodes that start at once take
/// turns (a session-level advisory lock), since each step checks what is there and then adds what
/// is missing, and two nodes doing that side by side would both add it.
/// </summary>
public sealed partial class ContentStoreInitializer(
    ContentDbContext db,
    IOptions<HalsoportalOptions> options,
    TimeProvider time,
    IContentChangeSignal signal,
    ILogger<ContentStoreInitializer> logger)
{
    /// <summary>The advisory lock key held by a node while it migrates and seeds a PostgreSQL store.</summary>
    public const long StartupLock = 7303;

    /// <summary>Runs all start-up steps.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            await InitializeLockedAsync(cancellationToken);
            return;
        }

        // One connection for the whole run: the lock belongs to the session, and ends with it if this process dies.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock({0})", [StartupLock], cancellationToken);
            try
            {
                await InitializeLockedAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock({0})", [StartupLock], CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task InitializeLockedAsync(CancellationToken cancellationToken)
    {
        await MigrationHistory.EnsureAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await SqliteDurability.EnsureAsync(db.Database, cancellationToken);
        }
        else if (db.Database.IsNpgsql())
        {
            await PostgresDurability.EnsureAsync(db.Database.GetDbConnection(), cancellationToken);
        }

        await SeedReferenceDataAsync(cancellationToken);
        if (options.Value.SeedDemoContent && !await db.Articles.AnyAsync(cancellationToken))
        {
            await SeedDemoArticlesAsync(cancellationToken);
        }

        if (options.Value.SeedDemoContent && !await db.ContactPoints.AnyAsync(cancellationToken))
        {
            await SeedDemoContactPointsAsync(cancellationToken);
        }
    }

    private async Task SeedReferenceDataAsync(CancellationToken cancellationToken)
    {
        var regionCodes = await db.Regions.Select(r => r.Code).ToHashSetAsync(cancellationToken);
        var kommunCodes = await db.Kommuner.Select(k => k.Code).ToHashSetAsync(cancellationToken);
        foreach (var region in KommunCatalog.Load())
        {
            if (!regionCodes.Contains(region.Code))
            {
                db.Regions.Add(new Region { Code = region.Code, Name = region.Name, OrganisationName = region.OrganisationName });
            }

            db.Kommuner.AddRange(region.Kommuner.Where(k => !kommunCodes.Contains(k.Code)).Select(k => new Kommun
            {
                Code = k.Code,
                Name = k.Name,
                Slug = k.Slug,
                RegionCode = k.RegionCode,
                MinorityLanguageAreas = MinorityLanguages.KnownMemberships.TryGetValue(k.Code, out var known) ? known.Areas : MinorityLanguageAreas.None,
                SamiLanguages = MinorityLanguages.KnownMemberships.TryGetValue(k.Code, out var knownSami) ? knownSami.Sami : SamiLanguages.None,
            }));
        }

        var terms = await db.TaxonomyTerms.Select(t => new { t.Kind, t.Slug }).ToListAsync(cancellationToken);
        db.TaxonomyTerms.AddRange(DefaultTaxonomy.Terms
            .Where(d => !terms.Any(t => t.Kind == d.Kind && t.Slug == d.Slug))
            .Select(d => new TaxonomyTerm { Kind = d.Kind, Slug = d.Slug, Name = d.Name, Description = d.Description, SortOrder = d.SortOrder, Related = [.. d.Related] }));

        if (!await db.AccessibilityAssessments.AnyAsync(cancellationToken))
        {
            // The statement exists from the first start; the demo comes with its assessment and known gaps.
            var today = SwedishText.DateOf(time.GetUtcNow());
            var demo = options.Value.SeedDemoContent;
            db.AccessibilityAssessments.Add(new Accessibility.AccessibilityAssessment
            {
                FirstPublished = demo ? DemoAccessibility.AssessedOn : today,
                AssessedOn = demo ? DemoAccessibility.AssessedOn : null,
                Updated = demo ? DemoAccessibility.AssessedOn : today,
                Version = 1,
            });
            if (demo && !await db.AccessibilityGaps.AnyAsync(cancellationToken))
            {
                db.AccessibilityGaps.AddRange(DemoAccessibility.BuildGaps(time.GetUtcNow().UtcDateTime));
            }
        }

        var pageSlugs = await db.Pages.Select(p => p.Slug).ToHashSetAsync(cancellationToken);
        var builtPages = DemoContent.BuildPages();
        var pages = builtPages.Where(p => !pageSlugs.Contains(p.Slug)).ToList();
        db.Pages.AddRange(pages);

        // A page seeded before pages had variants gets its lättläst text and translations, as long as
        // nobody has edited it since (its Swedish text is still the one they translate).
        var untouched = await db.Pages.Include(p => p.Texts).Where(p => p.DraftVersion == 0 && !p.Texts.Any()).ToListAsync(cancellationToken);
        foreach (var page in untouched)
        {
            if (builtPages.Find(b => b.Slug == page.Slug && b.Body == page.Body) is { Texts.Count: > 0 } built)
            {
                page.Texts.AddRange(built.Texts);
                pages.Add(page);
            }
        }

        var added = await PublishInOneTransactionAsync(() => pages.Select(p => (ContentItemType.Page, p.Id)), cancellationToken);
        if (added > 0)
        {
            LogReferenceDataSeeded(added);
        }
    }

    private async Task SeedDemoArticlesAsync(CancellationToken cancellationToken)
    {
        var kommuner = await db.Kommuner.ToListAsync(cancellationToken);
        var terms = await db.TaxonomyTerms.ToListAsync(cancellationToken);
        var articles = DemoContent.BuildArticles(kommuner, terms, time.GetUtcNow().UtcDateTime);
        db.Articles.AddRange(articles);
        await PublishInOneTransactionAsync(() => articles.Select(a => (ContentItemType.Article, a.Id)), cancellationToken);
        LogDemoContentSeeded(articles.Count);
    }

    private async Task SeedDemoContactPointsAsync(CancellationToken cancellationToken)
    {
        var kommuner = await db.Kommuner.ToListAsync(cancellationToken);
        var terms = await db.TaxonomyTerms.ToListAsync(cancellationToken);
        var points = DemoContactPoints.Build(kommuner, terms, time.GetUtcNow().UtcDateTime);
        db.ContactPoints.AddRange(points);
        await PublishInOneTransactionAsync(() => points.Select(p => (ContentItemType.ContactPoint, p.Id)), cancellationToken);
        LogDemoContactPointsSeeded(points.Count);
    }

    /// <summary>
    /// Saves the pending rows and a change-feed entry for each published item in one transaction:
    /// either all of it is there, feed included, or none. Ids exist only after the first save.
    /// </summary>
    private async Task<int> PublishInOneTransactionAsync(Func<IEnumerable<(ContentItemType Type, int Id)>> published, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await db.SaveChangesAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var changes = published().Select(item => new ContentChange { ItemType = item.Type, ItemId = item.Id, Kind = ContentChangeKind.Published, OccurredAt = now }).ToList();
        db.ContentChanges.AddRange(changes);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (changes.Count > 0)
        {
            await signal.ChangesCommittedAsync(cancellationToken);
        }

        return rows;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Rows} rows of reference data")]
    private partial void LogReferenceDataSeeded(int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo contact points")]
    private partial void LogDemoContactPointsSeeded(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo articles")]
    private partial void LogDemoContentSeeded(int count);
}
