using System.Text.Json;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Editing;

/// <summary>The editable fields of a lokalt tillägg, as stored in its versions.</summary>
public sealed record LocalAdditionDraft(string Heading, string Body, DateOnly LastReviewed, DateOnly NextReview);

/// <summary>A national or regional article shown in one of the user's kommuner, with that kommun's addition if any.</summary>
public sealed record LocalAdditionRow(int ArticleId, string ArticleTitle, string KommunCode, string KommunName, bool HasAddition, bool IsPublished, bool NeedsReReview, DateOnly? NextReview);

/// <summary>Everything the addition form needs.</summary>
public sealed record LocalAdditionEditView(
    int ArticleId, string ArticleTitle, string ArticleSlug, string KommunCode, string KommunName, string KommunSlug,
    LocalAdditionDraft? Draft, int DraftVersion, bool IsPublished, bool NeedsReReview, bool CanPublish);

/// <summary>
/// Lokala tillägg: a kommun's own section in a national or regional article, written and
/// published by that kommun's editors, versioned like articles. Publishing one records a change
/// to the parent article in the feed, so the search index and caches follow.
/// </summary>
public sealed class LocalAdditionService(ContentDbContext db, TimeProvider time, IContentChangeSignal signal)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Published national and regional articles shown in the kommuner the user edits, with their additions.</summary>
    public async Task<IReadOnlyList<LocalAdditionRow>> ListAsync(EditorAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var kommunCodes = access.EditableKommuner.ToList();
        var kommuner = await db.Kommuner.AsNoTracking().Where(k => kommunCodes.Contains(k.Code)).ToListAsync(cancellationToken);
        var regions = kommuner.Select(k => k.RegionCode).Distinct().ToList();
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.PublishedAt != null && (a.Scope == ArticleScope.National || (a.Scope == ArticleScope.Region && regions.Contains(a.RegionCode!))))
            .Select(a => new { a.Id, a.Scope, a.RegionCode, Title = a.Texts.Where(t => t.Language == ArticleText.Swedish && !t.IsEasyRead).Select(t => t.Title).First() })
            .ToListAsync(cancellationToken);
        var additions = await db.LocalAdditions.AsNoTracking().Where(l => kommunCodes.Contains(l.KommunCode)).ToListAsync(cancellationToken);
        return [.. from kommun in kommuner.OrderBy(k => k.Name, SwedishText.Comparer)
                   from article in articles.Where(a => a.Scope == ArticleScope.National || a.RegionCode == kommun.RegionCode).OrderBy(a => a.Title, SwedishText.Comparer)
                   let addition = additions.FirstOrDefault(l => l.ArticleId == article.Id && l.KommunCode == kommun.Code)
                   select new LocalAdditionRow(article.Id, article.Title, kommun.Code, kommun.Name, addition is not null, addition?.PublishedAt is not null,
                       addition?.NeedsReReview ?? false, addition?.NextReview)];
    }

    /// <summary>The form for one article and kommun; null when the user may not edit that kommun or the article is not shown there.</summary>
    public async Task<LocalAdditionEditView?> GetAsync(EditorAccess access, int articleId, string kommunCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var context = await LoadContextAsync(access, articleId, kommunCode, cancellationToken);
        if (context is null)
        {
            return null;
        }

        var (article, kommun, addition) = context.Value;
        var latest = addition is null ? null : await db.ContentVersions.AsNoTracking()
            .Where(v => v.ItemType == ContentItemType.LocalAddition && v.ItemId == addition.Id && v.Number == addition.DraftVersion)
            .Select(v => v.Data).FirstOrDefaultAsync(cancellationToken);
        return new LocalAdditionEditView(
            article.Id, article.Texts.First(t => !t.IsEasyRead).Title, article.Slug, kommun.Code, kommun.Name, kommun.Slug,
            latest is null ? null : JsonSerializer.Deserialize<LocalAdditionDraft>(latest, Json),
            addition?.DraftVersion ?? 0, addition?.PublishedAt is not null, addition?.NeedsReReview ?? false, access.CanPublishKommun(kommunCode));
    }

    /// <summary>Saves a new version of the addition (creating it on first save). A stale <paramref name="baseVersion"/> is a conflict.</summary>
    public async Task<EditResult> SaveAsync(EditorAccess access, int articleId, string kommunCode, int baseVersion, LocalAdditionDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(draft);
        var context = await LoadContextAsync(access, articleId, kommunCode, cancellationToken);
        if (context is null)
        {
            return EditResult.NotFound;
        }

        var errors = Validate(draft);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        var (article, _, addition) = context.Value;
        if (baseVersion != (addition?.DraftVersion ?? 0))
        {
            return new EditResult(EditStatus.Conflict, articleId, addition?.DraftVersion ?? 0);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (addition is null)
        {
            addition = new LocalAddition { ArticleId = articleId, KommunCode = kommunCode, UpdatedAt = Now };
            db.LocalAdditions.Add(addition);
            await db.SaveChangesAsync(cancellationToken);
        }

        var number = baseVersion + 1;
        addition.DraftVersion = number;
        db.ContentVersions.Add(new ContentVersion
        {
            ItemType = ContentItemType.LocalAddition,
            ItemId = addition.Id,
            Number = number,
            Data = JsonSerializer.Serialize(draft, Json),
            AuthorId = access.UserId,
            AuthorName = access.DisplayName,
            CreatedAt = Now,
        });
        db.AuditEntries.Add(Audit(access, "addition.save", article, kommunCode, $"{draft.Heading} (version {number})"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (!StoreFailures.IsUnavailable(ex))
        {
            return new EditResult(EditStatus.Conflict, articleId, baseVersion + 1);
        }

        return new EditResult(EditStatus.Done, articleId, number);
    }

    /// <summary>Publishes the newest version (publishers of the kommun only); clears the re-review flag.</summary>
    public Task<EditResult> PublishAsync(EditorAccess access, int articleId, string kommunCode, int version, CancellationToken cancellationToken) =>
        ChangeAsync(access, articleId, kommunCode, version, publish: true, cancellationToken);

    /// <summary>Takes the addition off the kommun's page.</summary>
    public Task<EditResult> UnpublishAsync(EditorAccess access, int articleId, string kommunCode, CancellationToken cancellationToken) =>
        ChangeAsync(access, articleId, kommunCode, null, publish: false, cancellationToken);

    private async Task<EditResult> ChangeAsync(EditorAccess access, int articleId, string kommunCode, int? version, bool publish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var context = await LoadContextAsync(access, articleId, kommunCode, cancellationToken);
        if (context?.Addition is not { } addition)
        {
            return EditResult.NotFound;
        }

        if (!access.CanPublishKommun(kommunCode))
        {
            return EditResult.Forbidden;
        }

        if (publish)
        {
            if (version != addition.DraftVersion)
            {
                return new EditResult(EditStatus.Conflict, articleId, addition.DraftVersion);
            }

            var data = await db.ContentVersions.AsNoTracking()
                .Where(v => v.ItemType == ContentItemType.LocalAddition && v.ItemId == addition.Id && v.Number == version)
                .Select(v => v.Data).FirstAsync(cancellationToken);
            var draft = JsonSerializer.Deserialize<LocalAdditionDraft>(data, Json)!;
            addition.Heading = draft.Heading;
            addition.Body = draft.Body;
            addition.LastReviewed = draft.LastReviewed;
            addition.NextReview = draft.NextReview;
            addition.PublishedVersion = version;
            addition.PublishedAt ??= Now;
            addition.NeedsReReview = false;
        }
        else
        {
            addition.PublishedAt = null;
        }

        addition.UpdatedAt = Now;
        db.AuditEntries.Add(Audit(access, publish ? "addition.publish" : "addition.unpublish", context.Value.Article, kommunCode, version is null ? null : $"version {version}"));

        // Residents see the addition inside the article: the feed records a change to the article.
        db.ContentChanges.Add(new ContentChange { ItemType = ContentItemType.Article, ItemId = articleId, Kind = ContentChangeKind.Published, OccurredAt = Now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditResult(EditStatus.Conflict, articleId, addition.DraftVersion);
        }

        await signal.ChangesCommittedAsync(cancellationToken);
        return new EditResult(EditStatus.Done, articleId, addition.DraftVersion);
    }

    private async Task<(Article Article, Kommuner.Kommun Kommun, LocalAddition? Addition)?> LoadContextAsync(EditorAccess access, int articleId, string kommunCode, CancellationToken cancellationToken)
    {
        if (!access.CanEditKommun(kommunCode))
        {
            return null;
        }

        var kommun = await db.Kommuner.AsNoTracking().FirstOrDefaultAsync(k => k.Code == kommunCode, cancellationToken);
        var article = kommun is null ? null : await db.Articles.AsNoTracking().Include(a => a.Texts)
            .FirstOrDefaultAsync(a => a.Id == articleId && a.PublishedAt != null
                && (a.Scope == ArticleScope.National || (a.Scope == ArticleScope.Region && a.RegionCode == kommun.RegionCode)), cancellationToken);
        if (article is null)
        {
            return null;
        }

        var addition = await db.LocalAdditions.FirstOrDefaultAsync(l => l.ArticleId == articleId && l.KommunCode == kommunCode, cancellationToken);
        return (article, kommun!, addition);
    }

    private static List<FieldError> Validate(LocalAdditionDraft draft)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(draft.Heading))
        {
            errors.Add(new(nameof(draft.Heading), "Skriv en rubrik för tillägget, till exempel ”Så gör du i Sundsvall”."));
        }
        else if (draft.Heading.Length > 200)
        {
            errors.Add(new(nameof(draft.Heading), "Rubriken får vara högst 200 tecken."));
        }

        if (string.IsNullOrWhiteSpace(draft.Body))
        {
            errors.Add(new(nameof(draft.Body), "Skriv texten i tillägget."));
        }
        else if (draft.Body.Length > 20_000)
        {
            errors.Add(new(nameof(draft.Body), "Tillägget får vara högst 20 000 tecken. Behövs mer, skriv en egen artikel."));
        }

        if (draft.LastReviewed == default)
        {
            errors.Add(new(nameof(draft.LastReviewed), "Skriv när tillägget senast granskades, till exempel 2026-11-23."));
        }

        if (draft.NextReview == default || draft.NextReview <= draft.LastReviewed)
        {
            errors.Add(new(nameof(draft.NextReview), "Nästa granskning måste vara ett datum efter senaste granskning."));
        }

        return errors;
    }

    private AuditEntry Audit(EditorAccess access, string action, Article article, string kommunCode, string? detail) =>
        AuditEntry.Create(Now, access.UserId, access.DisplayName, action, "article", article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), kommunCode, null, detail);
}
