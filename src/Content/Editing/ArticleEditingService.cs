using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Halsoportal.Content.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Editing;

/// <summary>
/// Writing articles: create, save a new draft version, read history, roll back. Every read is
/// filtered to what the user may edit and every write is checked again; each write commits the
/// version and its audit entry together. Publishing lives in <see cref="ArticleWorkflowService"/>.
/// </summary>
public sealed class ArticleEditingService(ContentDbContext db, TimeProvider time)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The owners, kommuner and terms this user may choose.</summary>
    public async Task<EditorChoices> GetChoicesAsync(EditorAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var kommuner = await db.Kommuner.AsNoTracking().Include(k => k.Region).ToListAsync(cancellationToken);
        var editable = kommuner.Where(k => access.CanEditKommun(k.Code)).OrderBy(k => k.Name, SwedishText.Comparer).ToList();
        var owners = new List<OwnerOption>();
        owners.AddRange(editable.Select(k => new OwnerOption(OwnerValue.Of(k.Code, k.RegionCode), k.Name)));
        owners.AddRange(kommuner.Select(k => k.Region).DistinctBy(r => r.Code).Where(r => access.CanAdministerRegion(r.Code))
            .OrderBy(r => r.Name, SwedishText.Comparer)
            .Select(r => new OwnerOption(OwnerValue.Of(null, r.Code), $"Hela {r.OrganisationName}")));
        if (access.IsSystemAdmin)
        {
            owners.Add(new OwnerOption(OwnerValue.National, "Hela landet (nationell)"));
        }

        var terms = await db.TaxonomyTerms.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        List<TermChoice> Of(TaxonomyKind kind) => [.. terms.Where(t => t.Kind == kind).Select(t => new TermChoice(ArticleDraft.TermKey(kind, t.Slug), t.Name))];
        return new EditorChoices(
            owners,
            [.. editable.Select(k => new KommunRefLite(k.Code, k.Name, k.RegionCode))],
            Of(TaxonomyKind.Topic),
            Of(TaxonomyKind.LifeSituation),
            Of(TaxonomyKind.Arena));
    }

    /// <summary>Articles the user may edit, newest change first, optionally only one owner's.</summary>
    public async Task<IReadOnlyList<EditorArticleRow>> ListAsync(EditorAccess access, string? ownerKommunCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var query = db.Articles.AsNoTracking().EditableBy(access);
        if (ownerKommunCode is not null)
        {
            query = query.Where(a => a.OwnerKommunCode == ownerKommunCode);
        }

        return await EditorRows.LoadAsync(db, query, cancellationToken);
    }

    /// <summary>The newest draft and the state around it, or null when not found / not the user's.</summary>
    public async Task<ArticleEditView?> GetAsync(EditorAccess access, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var article = await LoadEditableAsync(access, id, tracked: false, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var latest = await LatestVersionAsync(id, cancellationToken);
        var draft = latest is null ? ArticleDraft.FromArticle(article) : ArticleDraft.FromJson(latest.Data);
        var names = await OwnerNamesAsync(cancellationToken);
        var requiresReview = article.OwnerKommunCode is { } k && await db.Kommuner.AnyAsync(x => x.Code == k && x.RequiresReview, cancellationToken);
        var kommunSlug = article.OwnerKommunCode is null ? null : await db.Kommuner.Where(x => x.Code == article.OwnerKommunCode).Select(x => x.Slug).FirstAsync(cancellationToken);
        return new ArticleEditView(
            article.Id,
            article.Slug,
            names.Of(article.OwnerKommunCode, article.OwnerRegionCode),
            kommunSlug,
            draft,
            article.DraftVersion,
            article.PublishedVersion,
            EditorRows.StatusOf(article.PublishedAt, article.PublishedVersion, article.DraftVersion),
            article.ReviewState,
            article.ReviewComment,
            article.ReviewBy,
            article.ScheduledPublishAt,
            article.ScheduledVersion,
            article.ScheduledUnpublishAt,
            access.CanPublish(article.Owner),
            requiresReview,
            latest?.AuthorId == access.UserId,
            article.Owner);
    }

    /// <summary>
    /// Creates an unpublished article owned by <paramref name="ownerValue"/> ("kommun:2281",
    /// "region:22", "nationell") with version 1. An import passes the id the article had in its
    /// old system as <paramref name="externalId"/>.
    /// </summary>
    public async Task<EditResult> CreateAsync(EditorAccess access, string? ownerValue, ArticleDraft draft, CancellationToken cancellationToken, string? externalId = null)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(draft);
        var owner = await ParseOwnerAsync(ownerValue, cancellationToken);
        if (owner is null || !access.CanEdit(owner.Value))
        {
            return EditResult.Invalid(new FieldError("Owner", "Välj en kommun som du är redaktör för."));
        }

        var errors = await ValidateAsync(draft, owner.Value, access, cancellationToken);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        var slugs = await db.Articles.Select(a => a.Slug).ToHashSetAsync(cancellationToken);
        var article = new Article
        {
            Slug = Slugs.Slug.Unique(draft.Title, slugs.Contains),
            OwnerKommunCode = owner.Value.KommunCode,
            OwnerRegionCode = owner.Value.RegionCode,
            Scope = draft.Scope,
            RegionCode = draft.RegionCode,
            ResponsibleUnit = draft.ResponsibleUnit,
            LastReviewed = draft.LastReviewed,
            NextReview = draft.NextReview,
            DraftVersion = 1,
            UpdatedAt = Now,
            ExternalId = externalId,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        db.ContentVersions.Add(NewVersion(article.Id, 1, draft, access, note: null));
        db.AuditEntries.Add(Audit(access, "article.create", article, $"{draft.Title} (version 1)"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EditResult(EditStatus.Done, article.Id, 1);
    }

    /// <summary>
    /// Saves <paramref name="draft"/> as version <paramref name="baseVersion"/> + 1. When someone
    /// saved after <paramref name="baseVersion"/>, nothing is written and the result is
    /// <see cref="EditStatus.Conflict"/> carrying the newest version number: the caller keeps the
    /// user's text on screen, so nothing is lost.
    /// </summary>
    public async Task<EditResult> SaveAsync(EditorAccess access, int id, int baseVersion, ArticleDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(draft);
        var article = await LoadEditableAsync(access, id, tracked: true, cancellationToken);
        if (article is null)
        {
            return EditResult.NotFound;
        }

        var errors = await ValidateAsync(draft, article.Owner, access, cancellationToken);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        return await AddVersionAsync(access, article, baseVersion, draft, "article.save", note: null, cancellationToken);
    }

    /// <summary>Makes version <paramref name="number"/> the newest draft again, as a new version (history is never rewritten).</summary>
    public async Task<EditResult> RollbackAsync(EditorAccess access, int id, int baseVersion, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var article = await LoadEditableAsync(access, id, tracked: true, cancellationToken);
        if (article is null)
        {
            return EditResult.NotFound;
        }

        var data = await db.ContentVersions.DataAsync(ContentItemType.Article, id, number, cancellationToken);
        if (data is null)
        {
            return EditResult.NotFound;
        }

        return await AddVersionAsync(access, article, baseVersion, ArticleDraft.FromJson(data), "article.rollback", $"Återställd från version {number}", cancellationToken);
    }

    /// <summary>Every version, newest first; null when the article is not the user's.</summary>
    public async Task<IReadOnlyList<VersionRow>?> GetHistoryAsync(EditorAccess access, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var article = await LoadEditableAsync(access, id, tracked: false, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var published = article.PublishedAt is null ? null : article.PublishedVersion;
        return await db.ContentVersions.HistoryAsync(ContentItemType.Article, id, published, cancellationToken);
    }

    /// <summary>One version's draft; null when missing or not the user's.</summary>
    public async Task<ArticleDraft?> GetVersionAsync(EditorAccess access, int id, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (await LoadEditableAsync(access, id, tracked: false, cancellationToken) is null)
        {
            return null;
        }

        var data = await db.ContentVersions.DataAsync(ContentItemType.Article, id, number, cancellationToken);
        return data is null ? null : ArticleDraft.FromJson(data);
    }

    internal async Task<Article?> LoadEditableAsync(EditorAccess access, int id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Articles.EditableBy(access).Include(a => a.Texts).Include(a => a.Kommuner).Include(a => a.Terms).AsSplitQuery();
        var article = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

        // The query filter is the first guard; the rights check on the loaded owner is the second.
        return article is not null && access.CanEdit(article.Owner) ? article : null;
    }

    private async Task<EditResult> AddVersionAsync(EditorAccess access, Article article, int baseVersion, ArticleDraft draft, string action, string? note, CancellationToken cancellationToken)
    {
        if (baseVersion != article.DraftVersion)
        {
            return new EditResult(EditStatus.Conflict, article.Id, article.DraftVersion);
        }

        var versions = new List<ContentVersion>();
        var number = baseVersion + 1;
        if (baseVersion == 0)
        {
            // The first edit of an article that predates the editor: keep what residents see as
            // version 1, so it can be compared with and rolled back to.
            versions.Add(new ContentVersion
            {
                ItemType = ContentItemType.Article,
                ItemId = article.Id,
                Number = 1,
                Data = ArticleDraft.FromArticle(article).ToJson(),
                AuthorName = "Hälsoportal",
                CreatedAt = Now,
                Note = "Utgångsläge: texten som var publicerad före första ändringen",
            });
            if (article.PublishedAt is not null)
            {
                article.PublishedVersion = 1;
            }

            number = 2;
        }

        versions.Add(NewVersion(article.Id, number, draft, access, note));
        db.ContentVersions.AddRange(versions);
        article.DraftVersion = number;

        // A returned draft that is saved again goes back to the author's desk, not to review.
        if (article.ReviewState == ReviewState.Returned)
        {
            article.ReviewState = ReviewState.None;
        }

        db.AuditEntries.Add(Audit(access, action, article, $"{draft.Title} (version {number})"));
        try
        {
            // DraftVersion is a concurrency token and (item, number) is unique: of two saves on the
            // same base, exactly one commits.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (!StoreFailures.IsUnavailable(ex))
        {
            db.ChangeTracker.Clear();
            var newest = await db.Articles.Where(a => a.Id == article.Id).Select(a => a.DraftVersion).FirstAsync(cancellationToken);
            return new EditResult(EditStatus.Conflict, article.Id, newest);
        }

        return new EditResult(EditStatus.Done, article.Id, number);
    }

    private ContentVersion NewVersion(int articleId, int number, ArticleDraft draft, EditorAccess access, string? note) => new()
    {
        ItemType = ContentItemType.Article,
        ItemId = articleId,
        Number = number,
        Data = draft.ToJson(),
        AuthorId = access.UserId,
        AuthorName = access.DisplayName,
        CreatedAt = Now,
        Note = note,
    };

    internal AuditEntry Audit(EditorAccess access, string action, Article article, string? detail) =>
        AuditEntry.Create(Now, access.UserId, access.DisplayName, action, "article", article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), article.OwnerKommunCode, article.OwnerRegionCode, detail);

    private async Task<ContentVersion?> LatestVersionAsync(int id, CancellationToken cancellationToken) =>
        await db.ContentVersions.AsNoTracking()
            .Where(v => v.ItemType == ContentItemType.Article && v.ItemId == id)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<List<FieldError>> ValidateAsync(ArticleDraft draft, ItemOwner owner, EditorAccess access, CancellationToken cancellationToken)
    {
        var terms = await db.TaxonomyTerms.AsNoTracking().Where(t => TaxonomyKinds.ForArticles.Contains(t.Kind)).Select(t => new { t.Kind, t.Slug }).ToListAsync(cancellationToken);
        var keys = terms.Select(t => ArticleDraft.TermKey(t.Kind, t.Slug)).ToHashSet(StringComparer.Ordinal);
        var names = await db.Kommuner.AsNoTracking().ToDictionaryAsync(k => k.Code, k => k.Name, StringComparer.Ordinal, cancellationToken);
        var errors = ArticleDraftValidator.Validate(draft, owner, access, keys, names);
        if (draft.ImageMediaId is { } mediaId)
        {
            var media = await db.MediaItems.AsNoTracking().Where(m => m.Id == mediaId).Select(m => new { m.OwnerKommunCode, m.OwnerRegionCode }).FirstOrDefaultAsync(cancellationToken);
            if (media is null || !access.CanEdit(new ItemOwner(media.OwnerKommunCode, media.OwnerRegionCode)))
            {
                errors.Add(new(nameof(ArticleDraft.ImageMediaId), "Välj en bild ur er egen bildbank."));
            }
        }

        return errors;
    }

    private async Task<ItemOwner?> ParseOwnerAsync(string? value, CancellationToken cancellationToken)
    {
        if (value == OwnerValue.National)
        {
            return ItemOwner.National;
        }

        var (kind, code) = value?.Split(':', 2) is [var k, var c] ? (k, c) : ("", "");
        if (kind == "kommun")
        {
            var region = await db.Kommuner.Where(x => x.Code == code).Select(x => x.RegionCode).FirstOrDefaultAsync(cancellationToken);
            return region is null ? null : ItemOwner.OfKommun(code, region);
        }

        return kind == "region" && await db.Regions.AnyAsync(r => r.Code == code, cancellationToken) ? ItemOwner.OfRegion(code) : null;
    }

    private async Task<OwnerNames> OwnerNamesAsync(CancellationToken cancellationToken) => await OwnerNames.LoadAsync(db, cancellationToken);
}
