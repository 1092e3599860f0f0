using Halsoportal.Content.Articles;
using Halsoportal.Content.Publishing;
using Halsoportal.Search.Documents;

namespace Halsoportal.Search.Sync;

/// <summary>Turns a published item into its search documents: one per language and reading level.</summary>
public static class PublishedItemMapper
{
    /// <summary>The index id of an item: unique across item types.</summary>
    public static string IdOf(ContentItemType type, int id) => $"{TypeOf(type).ToValue()}:{id}";

    private static SearchDocumentType TypeOf(ContentItemType type) => type switch
    {
        ContentItemType.Article => SearchDocumentType.Article,
        ContentItemType.Page => SearchDocumentType.Page,
        ContentItemType.ContactPoint => SearchDocumentType.ContactPoint,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a searchable item type."),
    };

    /// <summary>
    /// The documents for <paramref name="item"/>. URLs are the item's canonical path without a
    /// kommun (<c>/artikel/{slug}</c>, <c>/{page}</c>); the site puts the resident's kommun in front.
    /// </summary>
    public static IReadOnlyList<SearchDocument> Map(PublishedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var id = IdOf(item.ItemType, item.Id);
        return [.. item.Texts.Select(text => new SearchDocument
        {
            Id = id,
            Type = TypeOf(item.ItemType),
            Language = text.Language,
            IsEasyRead = text.IsEasyRead,
            Title = text.Title,
            Ingress = text.Ingress,
            Body = text.BodyText,
            Url = UrlOf(item, text),
            KommunCodes = item.Scope == ArticleScope.Kommuner ? item.KommunCodes : [],
            RegionCode = item.Scope == ArticleScope.Region || item.ItemType == ContentItemType.ContactPoint ? item.RegionCode : null,
            Topics = item.TopicSlugs,
            LifeSituations = item.LifeSituationSlugs,
            Updated = new DateTimeOffset(DateTime.SpecifyKind(item.UpdatedAt, DateTimeKind.Utc)),
        })];
    }

    private static string UrlOf(PublishedItem item, PublishedText text) =>
        item.Path ?? (item.ItemType == ContentItemType.Page
            ? $"/{item.Slug}"
            : $"/artikel/{item.Slug}{(text.IsEasyRead ? "/lattlast" : text.Language == ArticleText.Swedish ? "" : "/" + text.Language)}");
}
