using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Media;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Pages;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Taxonomy;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Storage;

/// <summary>
/// The content store. The model uses only portable types (strings, ints, UTC DateTime, DateOnly)
/// so each provider (SQLite now, PostgreSQL later) gets its own derived context and migration set
/// without a change to the domain. Editor accounts live here too (Identity's user tables, no
/// Identity roles: roles are per kommun, in <see cref="RoleGrant"/>), so an action, its audit
/// entry and the user's rights are all read and written in one transaction.
/// </summary>
public abstract class ContentDbContext(DbContextOptions options) : IdentityUserContext<EditorUser>(options)
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Kommun> Kommuner => Set<Kommun>();

    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ArticleText> ArticleTexts => Set<ArticleText>();

    public DbSet<Page> Pages => Set<Page>();

    public DbSet<PageText> PageTexts => Set<PageText>();

    public DbSet<ContentChange> ContentChanges => Set<ContentChange>();

    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();

    public DbSet<EditorSession> EditorSessions => Set<EditorSession>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PreviewLink> PreviewLinks => Set<PreviewLink>();

    public DbSet<LocalAddition> LocalAdditions => Set<LocalAddition>();

    public DbSet<MediaItem> MediaItems => Set<MediaItem>();

    public DbSet<ParkedForm> ParkedForms => Set<ParkedForm>();

    public DbSet<ContactPoint> ContactPoints => Set<ContactPoint>();

    public DbSet<Synonyms.SynonymList> SynonymLists => Set<Synonyms.SynonymList>();

    public DbSet<ApiKeys.ApiKey> ApiKeys => Set<ApiKeys.ApiKey>();

    public DbSet<KeyPages.KeyPage> KeyPages => Set<KeyPages.KeyPage>();

    public DbSet<Accessibility.AccessibilityGap> AccessibilityGaps => Set<Accessibility.AccessibilityGap>();

    public DbSet<Accessibility.AccessibilityReport> AccessibilityReports => Set<Accessibility.AccessibilityReport>();

    public DbSet<Accessibility.AccessibilityAssessment> AccessibilityAssessments => Set<Accessibility.AccessibilityAssessment>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Entities every public page may show outside an article's, page's or contact point's own
    /// publication: a save that adds, changes or removes one records a <see cref="ContentItemType.Site"/>
    /// change in the same transaction, so every node's page cache learns of it from the feed.
    /// </summary>
    private static readonly HashSet<Type> SiteWideTypes =
    [
        typeof(Region), typeof(Kommun), typeof(TaxonomyTerm), typeof(Synonyms.SynonymList), typeof(MediaItem),
        typeof(KeyPages.KeyPage), typeof(Accessibility.AccessibilityGap), typeof(Accessibility.AccessibilityAssessment),
    ];

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RecordSiteChange();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RecordSiteChange();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Adds one <see cref="ContentItemType.Site"/> feed row when the save touches a site-wide entity (once per save).</summary>
    protected void RecordSiteChange()
    {
        var tracker = ChangeTracker;
        var touched = tracker.Entries().Any(e => (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) && SiteWideTypes.Contains(e.Metadata.ClrType));
        if (touched && !tracker.Entries<ContentChange>().Any(e => e.State == EntityState.Added && e.Entity.ItemType == ContentItemType.Site))
        {
            ContentChanges.Add(new ContentChange { ItemType = ContentItemType.Site, Kind = ContentChangeKind.Published, OccurredAt = DateTime.UtcNow });
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        var modelBuilder = builder;

        modelBuilder.Entity<Region>(e =>
        {
            e.HasKey(r => r.Code);
            e.Property(r => r.Code).HasMaxLength(2);
            e.Property(r => r.Name).HasMaxLength(100);
            e.Property(r => r.OrganisationName).HasMaxLength(100);
            e.HasMany(r => r.Kommuner).WithOne(k => k.Region).HasForeignKey(k => k.RegionCode);
        });

        modelBuilder.Entity<Kommun>(e =>
        {
            e.HasKey(k => k.Code);
            e.Property(k => k.Code).HasMaxLength(4);
            e.Property(k => k.Name).HasMaxLength(100);
            e.Property(k => k.Slug).HasMaxLength(100);
            e.HasIndex(k => k.Slug).IsUnique();
        });

        modelBuilder.Entity<KeyPages.KeyPage>(e =>
        {
            e.HasKey(k => new { k.KommunCode, k.ArticleId });
            e.Property(k => k.KommunCode).HasMaxLength(4);
            e.HasOne<Kommun>().WithMany().HasForeignKey(k => k.KommunCode).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Article>().WithMany().HasForeignKey(k => k.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(k => k.ArticleId);
            e.Property(k => k.AddedBy).HasMaxLength(200);
        });

        modelBuilder.Entity<TaxonomyTerm>(e =>
        {
            e.Property(t => t.Slug).HasMaxLength(100);
            e.Property(t => t.Name).HasMaxLength(100);
            e.Property(t => t.Description).HasMaxLength(500);
            e.HasIndex(t => new { t.Kind, t.Slug }).IsUnique();
        });

        modelBuilder.Entity<Article>(e =>
        {
            e.Property(a => a.Slug).HasMaxLength(200);
            e.HasIndex(a => a.Slug).IsUnique();
            e.Property(a => a.RegionCode).HasMaxLength(2);
            e.HasOne<Region>().WithMany().HasForeignKey(a => a.RegionCode).OnDelete(DeleteBehavior.Restrict);
            e.Property(a => a.ResponsibleUnit).HasMaxLength(200);
            e.HasMany(a => a.Kommuner).WithMany().UsingEntity("ArticleKommuner");
            e.HasMany(a => a.Terms).WithMany().UsingEntity("ArticleTerms");
            e.HasMany(a => a.Texts).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(a => a.PublishedAt);
            e.Property(a => a.OwnerKommunCode).HasMaxLength(4);
            e.Property(a => a.OwnerRegionCode).HasMaxLength(2);
            e.HasIndex(a => new { a.OwnerRegionCode, a.OwnerKommunCode });
            e.Ignore(a => a.Owner);
            e.Property(a => a.DraftVersion).IsConcurrencyToken();
            e.Property(a => a.ReviewComment).HasMaxLength(2000);
            e.Property(a => a.ReviewBy).HasMaxLength(200);
            // No foreign key: SQLite would rebuild the whole table to add one. Saving a draft checks the image exists and is the user's.
            e.HasIndex(a => a.ImageMediaId);
            e.Property(a => a.ExternalId).HasMaxLength(200);
            e.HasIndex(a => a.ExternalId).IsUnique();
            e.HasMany(a => a.LocalAdditions).WithOne().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Accessibility.AccessibilityGap>(e =>
        {
            e.Property(g => g.Title).HasMaxLength(Accessibility.AccessibilityStatementService.MaxTitleLength);
            e.Property(g => g.Description).HasMaxLength(Accessibility.AccessibilityStatementService.MaxDescriptionLength);
            e.Property(g => g.WcagCriterion).HasMaxLength(10);
            e.Property(g => g.UpdatedBy).HasMaxLength(200);
            e.Property(g => g.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<Accessibility.AccessibilityReport>(e =>
        {
            e.Property(r => r.Reference).HasMaxLength(8);
            e.HasIndex(r => r.Reference).IsUnique();
            e.Property(r => r.Where).HasMaxLength(Accessibility.AccessibilityStatementService.MaxWhereLength);
            e.Property(r => r.Description).HasMaxLength(Accessibility.AccessibilityStatementService.MaxReportLength);
            e.Property(r => r.Name).HasMaxLength(Accessibility.AccessibilityStatementService.MaxNameLength);
            e.Property(r => r.Email).HasMaxLength(Accessibility.AccessibilityStatementService.MaxEmailLength);
            e.Property(r => r.HandledBy).HasMaxLength(200);
            e.HasIndex(r => r.HandledAt);
        });

        modelBuilder.Entity<Accessibility.AccessibilityAssessment>(e =>
        {
            e.Property(a => a.Id).ValueGeneratedNever();
            e.Property(a => a.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<Synonyms.SynonymList>(e =>
        {
            e.Property(l => l.Id).ValueGeneratedNever();
            e.Property(l => l.Version).IsConcurrencyToken();
            e.Property(l => l.UpdatedBy).HasMaxLength(200);
        });

        modelBuilder.Entity<ContactPoint>(e =>
        {
            e.Property(c => c.KommunCode).HasMaxLength(4);
            e.Property(c => c.RegionCode).HasMaxLength(2);
            e.HasOne(c => c.Kommun).WithMany().HasForeignKey(c => c.KommunCode).OnDelete(DeleteBehavior.Restrict);
            e.Property(c => c.Slug).HasMaxLength(200);
            e.HasIndex(c => new { c.KommunCode, c.Slug }).IsUnique();
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.Type).HasMaxLength(100);
            e.Property(c => c.DraftVersion).IsConcurrencyToken();
            e.Property(c => c.ReviewComment).HasMaxLength(2000);
            e.Property(c => c.ReviewBy).HasMaxLength(200);
            e.Ignore(c => c.Owner);
            e.Ignore(c => c.Published);
            e.HasIndex(c => c.HoursConfirmedOn);
        });

        modelBuilder.Entity<LocalAddition>(e =>
        {
            e.Property(l => l.KommunCode).HasMaxLength(4);
            e.HasOne<Kommun>().WithMany().HasForeignKey(l => l.KommunCode).OnDelete(DeleteBehavior.Restrict);
            e.Property(l => l.Heading).HasMaxLength(200);
            e.Property(l => l.DraftVersion).IsConcurrencyToken();
            e.HasIndex(l => new { l.ArticleId, l.KommunCode }).IsUnique();
        });

        modelBuilder.Entity<EditorUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.HasMany(u => u.Grants).WithOne().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RoleGrant>(e =>
        {
            e.Property(g => g.KommunCode).HasMaxLength(4);
            e.Property(g => g.RegionCode).HasMaxLength(2);
            e.HasIndex(g => new { g.UserId, g.Role, g.KommunCode, g.RegionCode }).IsUnique();
        });

        modelBuilder.Entity<EditorSession>(e =>
        {
            e.Property(x => x.Id).HasMaxLength(64);
            e.HasOne<EditorUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.UserId);
        });

        modelBuilder.Entity<ContentVersion>(e =>
        {
            e.HasIndex(v => new { v.ItemType, v.ItemId, v.Number }).IsUnique();
            e.Property(v => v.AuthorName).HasMaxLength(200);
            e.Property(v => v.Note).HasMaxLength(500);
        });

        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.HasIndex(a => a.OccurredAt);
            e.Property(a => a.UserName).HasMaxLength(200);
            e.Property(a => a.Action).HasMaxLength(64);
            e.Property(a => a.KommunCode).HasMaxLength(4);
            e.Property(a => a.RegionCode).HasMaxLength(2);
            e.Property(a => a.ItemType).HasMaxLength(32);
            e.Property(a => a.ItemId).HasMaxLength(64);
            e.Property(a => a.Detail).HasMaxLength(1000);
        });

        modelBuilder.Entity<ParkedForm>(e =>
        {
            e.HasKey(p => p.KeyHash);
            e.Property(p => p.KeyHash).HasMaxLength(64);
            e.Property(p => p.Path).HasMaxLength(200);
            e.HasIndex(p => p.CreatedAt);
        });

        modelBuilder.Entity<ApiKeys.ApiKey>(e =>
        {
            e.Property(k => k.KommunCode).HasMaxLength(4);
            e.HasOne<Kommun>().WithMany().HasForeignKey(k => k.KommunCode).OnDelete(DeleteBehavior.Restrict);
            e.Property(k => k.Label).HasMaxLength(Halsoportal.Content.ApiKeys.ApiKeyService.MaxLabelLength);
            e.Property(k => k.KeyHash).HasMaxLength(64);
            e.HasIndex(k => k.KeyHash).IsUnique();
            e.Property(k => k.Hint).HasMaxLength(16);
            e.Property(k => k.CreatedBy).HasMaxLength(200);
            e.Property(k => k.RevokedBy).HasMaxLength(200);
        });

        modelBuilder.Entity<PreviewLink>(e =>
        {
            e.Property(p => p.TokenHash).HasMaxLength(64);
            e.HasIndex(p => p.TokenHash).IsUnique();
            e.HasIndex(p => new { p.ItemType, p.ItemId });
            e.Property(p => p.CreatedBy).HasMaxLength(200);
        });

        modelBuilder.Entity<MediaItem>(e =>
        {
            e.Property(m => m.FileKey).HasMaxLength(64);
            e.HasIndex(m => m.FileKey).IsUnique();
            e.Property(m => m.OwnerKommunCode).HasMaxLength(4);
            e.Property(m => m.OwnerRegionCode).HasMaxLength(2);
            e.HasIndex(m => new { m.OwnerRegionCode, m.OwnerKommunCode });
            e.Property(m => m.RenditionWidths).HasMaxLength(100);
            e.Property(m => m.AltText).HasMaxLength(500);
            e.Property(m => m.Credit).HasMaxLength(200);
            e.Property(m => m.CreatedBy).HasMaxLength(200);
        });

        modelBuilder.Entity<ArticleText>(e =>
        {
            e.Property(t => t.Language).HasMaxLength(16);
            e.Property(t => t.Title).HasMaxLength(200);
            e.Property(t => t.Ingress).HasMaxLength(1000);
            e.HasIndex(t => new { t.ArticleId, t.Language, t.IsEasyRead }).IsUnique();
        });

        modelBuilder.Entity<ContentChange>(e =>
        {
            e.HasKey(c => c.Id);
            e.HasIndex(c => new { c.ItemType, c.ItemId });
        });

        modelBuilder.Entity<DataProtectionKey>(e => e.Property(k => k.FriendlyName).HasMaxLength(200));

        modelBuilder.Entity<Page>(e =>
        {
            e.Property(p => p.Slug).HasMaxLength(200);
            e.HasIndex(p => p.Slug).IsUnique();
            e.Property(p => p.Title).HasMaxLength(200);
            e.Property(p => p.Ingress).HasMaxLength(1000);
            e.Property(p => p.DraftVersion).IsConcurrencyToken();
            e.HasMany(p => p.Texts).WithOne().HasForeignKey(t => t.PageId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PageText>(e =>
        {
            e.Property(t => t.Language).HasMaxLength(16);
            e.Property(t => t.Title).HasMaxLength(200);
            e.Property(t => t.Ingress).HasMaxLength(1000);
            e.HasIndex(t => new { t.PageId, t.Language, t.IsEasyRead }).IsUnique();
        });
    }
}
