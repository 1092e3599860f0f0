using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Taxonomy;

namespace Halsoportal.Content.Articles;

/// <summary>
/// A health-promotion article. The item holds scope, taxonomy and review dates; its words live in
/// <see cref="Texts"/>, one per language and reading level (the Swedish standard text is required,
/// a lättläst text is optional).
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
}
