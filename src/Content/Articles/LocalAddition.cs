namespace Halsoportal.Content.Articles;

/// <summary>
/// Lokalt tillägg: a section a kommun adds to a national or regional article, shown in place on
/// that kommun's page. Owned by the kommun's editors, with its own review dates; flagged for
/// re-review whenever the parent article is published anew.
/// </summary>
public sealed class LocalAddition
{
    public int Id { get; set; }

    public int ArticleId { get; init; }

    public required string KommunCode { get; init; }

    /// <summary>Published heading (null until first published).</summary>
    public string? Heading { get; set; }

    /// <summary>Published Markdown.</summary>
    public string? Body { get; set; }

    public DateOnly LastReviewed { get; set; }

    public DateOnly NextReview { get; set; }

    /// <summary>Set when the parent article changed after this addition was last reviewed.</summary>
    public bool NeedsReReview { get; set; }

    /// <summary>UTC; null while unpublished.</summary>
    public DateTime? PublishedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Newest saved version number (see <see cref="Editing.ContentVersion"/>).</summary>
    public int DraftVersion { get; set; }

    public int? PublishedVersion { get; set; }
}
