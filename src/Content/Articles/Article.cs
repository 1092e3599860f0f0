using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Taxonomy;

namespace Halsoportal.Content.Articles;

/// <summary>
/// A health-promotion article. The item holds scope, taxonomy and review dates; its words live in
/// <see cref="Texts"/>, one per language and reading level (the Swedish standard text is required,
/// a lättläst text is optional). These fields are the <em>published</em> state that residents
/// read; editors work on <see cref="ContentVersion"/> rows and publishing copies one in here.
/// </summary>
public sealed class Article
{
    public int Id { get; set; }

    /// <summary>Unique across all articles and never one of <see cref="Slugs.Slug.Reserved"/>.</summary>
    public required string Slug { get; set; }

    public ArticleScope Scope { get; set; }

    /// <summary>Set when <see cref="Scope"/> is <see cref="ArticleScope.Region"/>.</summary>
    public string? RegionCode { get; set; }

    /// <summary>Set when <see cref="Scope"/> is <see cref="ArticleScope.Kommuner"/>.</summary>
    public List<Kommun> Kommuner { get; } = [];

    public List<TaxonomyTerm> Terms { get; } = [];

    public List<ArticleText> Texts { get; } = [];

    /// <summary>Senast granskad: shown to residents.</summary>
    public DateOnly LastReviewed { get; set; }

    /// <summary>Nästa granskning: shown to residents.</summary>
    public DateOnly NextReview { get; set; }

    /// <summary>Ansvarig enhet.</summary>
    public required string ResponsibleUnit { get; set; }

    public bool IsFeatured { get; set; }

    /// <summary>UTC. Null while the article is a draft.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>Editorial owner: a kommun, with its region (null for regional and national articles).</summary>
    public string? OwnerKommunCode { get; set; }

    /// <summary>Editorial owner's region (null for national articles).</summary>
    public string? OwnerRegionCode { get; set; }

    /// <summary>Who may edit and publish; fixed at creation.</summary>
    public ItemOwner Owner => new(OwnerKommunCode, OwnerRegionCode);

    /// <summary>Newest saved version (0 before the first save in the editor). Concurrency token.</summary>
    public int DraftVersion { get; set; }

    /// <summary>The version residents see, when published through the editor.</summary>
    public int? PublishedVersion { get; set; }

    public ReviewState ReviewState { get; set; }

    /// <summary>The publisher's comment when a draft was returned.</summary>
    public string? ReviewComment { get; set; }

    /// <summary>Display name of whoever asked for or answered the review.</summary>
    public string? ReviewBy { get; set; }

    /// <summary>UTC; the scheduler publishes <see cref="ScheduledVersion"/> at this time.</summary>
    public DateTime? ScheduledPublishAt { get; set; }

    public int? ScheduledVersion { get; set; }

    /// <summary>UTC; the scheduler takes the article down at this time.</summary>
    public DateTime? ScheduledUnpublishAt { get; set; }

    /// <summary>Published main image (<see cref="Media.MediaItem"/>).</summary>
    public int? ImageMediaId { get; set; }

    /// <summary>
    /// The id the article had in the system it was imported from ("sundsvall-cms:1234"). Unique:
    /// importing the same file twice updates instead of duplicating.
    /// </summary>
    public string? ExternalId { get; set; }

    /// <summary>Local additions per kommun.</summary>
    public List<LocalAddition> LocalAdditions { get; } = [];
}
