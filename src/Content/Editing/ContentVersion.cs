using Halsoportal.Content.Publishing;

namespace Halsoportal.Content.Editing;

/// <summary>
/// One saved version of an item: every save adds one, nothing is overwritten. The unique
/// (item, number) pair is also the optimistic-concurrency guard — two editors saving on the same
/// base version both try to insert number n+1, and only one insert can win.
/// </summary>
public sealed class ContentVersion
{
    public long Id { get; set; }

    public ContentItemType ItemType { get; init; }

    public int ItemId { get; init; }

    /// <summary>1, 2, 3 … per item.</summary>
    public int Number { get; init; }

    /// <summary>The item's editable fields as JSON (for articles an <see cref="ArticleDraft"/>).</summary>
    public required string Data { get; init; }

    public string? AuthorId { get; init; }

    public required string AuthorName { get; init; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; init; }

    /// <summary>"Återställd från version 3", "Utgångsläge", …</summary>
    public string? Note { get; init; }
}
