using System.Linq.Expressions;
using Halsoportal.Content.Articles;
using Halsoportal.Content.ContactPoints;
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
    DateTime UpdatedAt)
{
    /// <summary>The item's own address when it is not derived from the slug (contact points: <c>/{kommun}/kontakt/{slug}</c>).</summary>
    public string? Path { get; init; }
}

/// <summary>Reads published items by id or all of them, for followers of the change feed.</summary>
public sealed class PublishedContentReader(ContentDbContext db, TimeProvider time)
{
    /// <summary>The item if it is published now; null if it is not (or no longer) public.</summary>
    public async Task<PublishedItem?> FindAsync(ContentItemType type, int id, CancellationToken cancellationToken) => type switch
    {
        ContentItemType.Article => (await ArticlesAsync(a => a.Id == id, 1, cancellationToken)).FirstOrDefault(),
        ContentItemType.Page => (await PagesAsync(db.Pages.Where(p => p.Id == id), cancellationToken)).FirstOrDefault(),
        ContentItemType.ContactPoint => (await ContactPointsAsync(c => c.Id == id, 1, cancellationToken)).FirstOrDefault(),
        _ => null,
    };

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

        for (var lastId = 0; ;)
        {
            var after = lastId;
            var batch = await ContactPointsAsync(c => c.Id > after, batchSize, cancellationToken);
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
    }

    // A contact point is found by its name, summary, type, services, town and description; its topics are
    // those linked to its type or services, so the topic facet finds it too.
    private async Task<List<PublishedItem>> ContactPointsAsync(Expression<Func<ContactPoint, bool>> filter, int take, CancellationToken cancellationToken)
    {
        var points = await db.ContactPoints.AsNoTracking()
            .Where(c => c.PublishedData != null)
            .Where(filter)
            .OrderBy(c => c.Id)
            .Take(take)
            .Select(c => new { c.Id, c.Slug, c.KommunCode, c.RegionCode, KommunSlug = c.Kommun.Slug, c.PublishedData, c.UpdatedAt })
            .ToListAsync(cancellationToken);
        if (points.Count == 0)
        {
            return [];
        }

        var terms = await db.TaxonomyTerms.AsNoTracking().ToListAsync(cancellationToken);
        string NameOf(TaxonomyKind kind, string slug) => terms.FirstOrDefault(t => t.Kind == kind && t.Slug == slug)?.Name ?? slug;
        var items = new List<PublishedItem>();
        foreach (var point in points)
        {
            var draft = ContactPointDraft.FromJson(point.PublishedData!);
            var keys = draft.Services.Select(s => $"service:{s}").Append($"contactpointtype:{draft.Type}").ToHashSet(StringComparer.Ordinal);
            var topics = terms.Where(t => t.Kind == TaxonomyKind.Topic && t.Related.Any(keys.Contains)).Select(t => t.Slug).ToList();
            var body = string.Join(
                ". ",
                new[] { NameOf(TaxonomyKind.ContactPointType, draft.Type), string.Join(", ", draft.Services.Select(s => NameOf(TaxonomyKind.Service, s))), $"{draft.StreetAddress}, {draft.PostalTown}", MarkdownRenderer.ToPlainText(draft.Description) }
                    .Where(part => !string.IsNullOrWhiteSpace(part)));
            items.Add(new PublishedItem(
                ContentItemType.ContactPoint,
                point.Id,
                point.Slug,
                ArticleScope.Kommuner,
                point.RegionCode,
                [point.KommunCode],
                topics,
                [],
                [new PublishedText("sv", false, draft.Name, draft.Summary, body)],
                point.UpdatedAt)
            {
                Path = $"/{point.KommunSlug}/kontakt/{point.Slug}",
            });
        }

        return items;
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
