using System.Linq.Expressions;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Rendering;
using Halsoportal.Content.Storage;
using Halsoportal.Content.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Publishing;

/// <summary>One published text of an item, in plain text, for indexing and feeds.</summary>
public sealed record PublishedText(string Language, bool IsEasyRead, string Title, string Ingress, string BodyText);

/// <summary>
/// A published item as other modules (search, feeds, the API) may see it. Only what is public.
/// </summary>
public sealed record PublishedItem(
    ContentItemType ItemType,
    int Id,
    string Slug,
    ArticleScope Scope,
    string? RegionCode,
    IReadOnlyList<string> KommunCodes,
    IReadOnlyList<string> TopicSlugs,
    IReadOnlyList<string> LifeSituationSlugs,
    IReadOnlyList<PublishedText> Texts,
    DateTime UpdatedAt);

/// <summary>Reads published items by id or all of them, for followers of the change feed.</summary>
public sealed class PublishedContentReader(ContentDbContext db, TimeProvider time)
{
    /// <summary>The item if it is published now; null if it is not (or no longer) public.</summary>
    public async Task<PublishedItem?> FindAsync(ContentItemType type, int id, CancellationToken cancellationToken) =>
        type == ContentItemType.Article
            ? (await ArticlesAsync(a => a.Id == id, 1, cancellationToken)).FirstOrDefault()
            : (await PagesAsync(db.Pages.Where(p => p.Id == id), cancellationToken)).FirstOrDefault();

    /// <summary>Every published item, in batches of at most <paramref name="batchSize"/> (for a full rebuild).</summary>
    public async IAsyncEnumerable<IReadOnlyList<PublishedItem>> ReadAllAsync(
        int batchSize,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var lastId = 0; ;)
        {
            var after = lastId;
            var batch = await ArticlesAsync(a => a.Id > after, batchSize, cancellationToken);
            if (batch.Count > 0)
            {
                yield return batch;
            }

            if (batch.Count < batchSize)
            {
                break;
            }

            lastId = batch[^1].Id;
        }

        yield return await PagesAsync(db.Pages, cancellationToken);
    }

    private async Task<List<PublishedItem>> ArticlesAsync(Expression<Func<Article, bool>> filter, int take, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var articles = await db.Articles.AsNoTracking()
            .Where(ArticleVisibility.IsPublished(now))
            .Where(filter)
            .OrderBy(a => a.Id)
            .Take(take)
            .Include(a => a.Texts)
            .Include(a => a.Terms)
            .Include(a => a.Kommuner)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. articles.Select(a => new PublishedItem(
            ContentItemType.Article,
            a.Id,
            a.Slug,
            a.Scope,
            a.RegionCode,
            [.. a.Kommuner.Select(k => k.Code).Order(StringComparer.Ordinal)],
            [.. a.Terms.Where(t => t.Kind == TaxonomyKind.Topic).Select(t => t.Slug)],
            [.. a.Terms.Where(t => t.Kind == TaxonomyKind.LifeSituation).Select(t => t.Slug)],
            [.. a.Texts.Select(t => new PublishedText(t.Language, t.IsEasyRead, t.Title, t.Ingress, MarkdownRenderer.ToPlainText(t.Body)))],
            a.UpdatedAt))];
    }

    private static async Task<List<PublishedItem>> PagesAsync(IQueryable<Pages.Page> query, CancellationToken cancellationToken)
    {
        var pages = await query.AsNoTracking().ToListAsync(cancellationToken);
        return [.. pages.Select(p => new PublishedItem(
            ContentItemType.Page,
            p.Id,
            p.Slug,
            ArticleScope.National,
            null,
            [],
            [],
            [],
            [new PublishedText("sv", false, p.Title, p.Ingress ?? "", MarkdownRenderer.ToPlainText(p.Body))],
            p.Updated.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)))];
    }
}
