namespace Halsoportal.Content.Publishing;

/// <summary>What happened to an item.</summary>
public enum ContentChangeKind
{
    /// <summary>The item was published (first time or a new version): every node re-reads it.</summary>
    Published = 1,

    /// <summary>The item is no longer public: every node drops it.</summary>
    Unpublished = 2,

    /// <summary>An administrator asked every node to rebuild its search index from the database.</summary>
    RebuildRequested = 3,
}

/// <summary>Which kind of item changed.</summary>
public enum ContentItemType
{
    /// <summary>An <see cref="Articles.Article"/>.</summary>
    Article = 1,

    /// <summary>A <see cref="Pages.Page"/>.</summary>
    Page = 2,

    /// <summary>
    /// A <see cref="Articles.LocalAddition"/>. Used by versions and preview links only: the feed
    /// records a change to an addition as a change to its parent article.
    /// </summary>
    LocalAddition = 3,

    /// <summary>A <see cref="ContactPoints.ContactPoint"/>.</summary>
    ContactPoint = 4,

    /// <summary>
    /// Something every public page may show changed: kommuner and regions, the taxonomy, synonyms,
    /// the accessibility statement's data, or an article's audience (which kommuner list it). Item
    /// id 0. Nothing to index; a node's page cache drops everything.
    /// </summary>
    Site = 5,
}

/// <summary>
/// One row of the change feed: the single source of "what changed". Written in the same
/// transaction as the change itself, so a node that follows the feed never misses one.
/// </summary>
public sealed class ContentChange
{
    /// <summary>Increasing; a follower's cursor is the last id it applied.</summary>
    public long Id { get; set; }

    public ContentItemType ItemType { get; init; }

    /// <summary>The item's id (0 for <see cref="ContentChangeKind.RebuildRequested"/>).</summary>
    public int ItemId { get; init; }

    public ContentChangeKind Kind { get; init; }

    /// <summary>UTC.</summary>
    public DateTime OccurredAt { get; init; }
}
