using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Pages;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Storage;

/// <summary>
/// The content store. The model uses only portable types (strings, ints, UTC DateTime, DateOnly)
/// so each provider (SQLite now, PostgreSQL later) gets its own derived context and migration set
/// without a change to the domain.
/// </summary>
public abstract class ContentDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Kommun> Kommuner => Set<Kommun>();

    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ArticleText> ArticleTexts => Set<ArticleText>();

    public DbSet<Page> Pages => Set<Page>();

    public DbSet<ContentChange> ContentChanges => Set<ContentChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

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

        modelBuilder.Entity<Page>(e =>
        {
            e.Property(p => p.Slug).HasMaxLength(200);
            e.HasIndex(p => p.Slug).IsUnique();
            e.Property(p => p.Title).HasMaxLength(200);
            e.Property(p => p.Ingress).HasMaxLength(1000);
        });
    }
}
