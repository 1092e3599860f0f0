using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing.Checks;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Halsoportal.Content.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Editing;

/// <summary>
/// Review, publishing and scheduling. Publishing copies one saved version into the article's
/// published fields and writes the change-feed row and the audit entry in the same transaction,
/// so the search index and caches follow and the history shows who did it.
/// </summary>
public sealed class ArticleWorkflowService(ContentDbContext db, ArticleEditingService editing, PublishCheckService checks, TimeProvider time, IContentChangeSignal signal)
{
    /// <summary>Who acts when the scheduler publishes.</summary>
    public const string SchedulerName = "Schemaläggning";

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Asks a publisher to review the newest version.</summary>
    public async Task<EditResult> SendForReviewAsync(EditorAccess access, int id, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var article = await editing.LoadEditableAsync(access, id, tracked: true, cancellationToken);
        if (article is null)
        {
            return EditResult.NotFound;
        }

        if (version != article.DraftVersion)
        {
            return new EditResult(EditStatus.Conflict, id, article.DraftVersion);
        }

        article.ReviewState = ReviewState.Requested;
        article.ReviewBy = access.DisplayName;
        article.ReviewComment = null;
        db.AuditEntries.Add(editing.Audit(access, "article.review.request", article, $"version {version}"));
        return await CommitAsync(article, feed: null, cancellationToken);
    }

    /// <summary>Sends a draft back to its author with a comment.</summary>
    public async Task<EditResult> ReturnAsync(EditorAccess access, int id, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var (article, refusal) = await LoadForPublisherAsync(access, id, cancellationToken);
        if (refusal is not null || article is null)
        {
            return refusal ?? EditResult.NotFound;
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return EditResult.Invalid(new FieldError("Comment", "Skriv vad som behöver ändras, så att skribenten vet vad hen ska göra."));
        }

        if (comment.Length > 2000)
        {
            return EditResult.Invalid(new FieldError("Comment", "Kommentaren får vara högst 2 000 tecken."));
        }

        article.ReviewState = ReviewState.Returned;
        article.ReviewComment = comment.Trim();
        article.ReviewBy = access.DisplayName;
        db.AuditEntries.Add(editing.Audit(access, "article.review.return", article, comment));
        return await CommitAsync(article, feed: null, cancellationToken);
    }

    /// <summary>Longest written reason for publishing past plain-language warnings.</summary>
    public const int MaxOverrideReasonLength = 1000;

    /// <inheritdoc cref="PublishAsync(EditorAccess, int, int, string?, CancellationToken)"/>
    public Task<EditResult> PublishAsync(EditorAccess access, int id, int version, CancellationToken cancellationToken) =>
        PublishAsync(access, id, version, overrideReason: null, cancellationToken);

    /// <summary>
    /// Publishes version <paramref name="version"/>, which must be the newest (publish what you
    /// saw). Refused for editors without publishing rights, when the kommun's review step has not
    /// been passed, when a publish check blocks, and when there are plain-language warnings and
    /// no <paramref name="overrideReason"/> (a given reason is kept in the audit log).
    /// </summary>
    public async Task<EditResult> PublishAsync(EditorAccess access, int id, int version, string? overrideReason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var (article, draft, refusal) = await PrepareAsync(access, id, version, overrideReason, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await ApplyAsync(article!, draft!, version, cancellationToken);
        db.AuditEntries.Add(editing.Audit(access, "article.publish", article!, $"{draft!.Title} (version {version})"));
        return await CommitAsync(article!, ContentChangeKind.Published, cancellationToken);
    }

    /// <summary>Takes the article off the public site; its versions stay.</summary>
    public async Task<EditResult> UnpublishAsync(EditorAccess access, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var (article, refusal) = await LoadForPublisherAsync(access, id, cancellationToken);
        if (refusal is not null || article is null)
        {
            return refusal ?? EditResult.NotFound;
        }

        if (article.PublishedAt is null)
        {
            return EditResult.Invalid(new FieldError("", "Artikeln är inte publicerad."));
        }

        Unpublish(article);
        db.AuditEntries.Add(editing.Audit(access, "article.unpublish", article, null));
        return await CommitAsync(article, ContentChangeKind.Unpublished, cancellationToken);
    }

    /// <inheritdoc cref="ScheduleAsync(EditorAccess, int, int, DateTime?, DateTime?, string?, CancellationToken)"/>
    public Task<EditResult> ScheduleAsync(EditorAccess access, int id, int version, DateTime? publishAtUtc, DateTime? unpublishAtUtc, CancellationToken cancellationToken) =>
        ScheduleAsync(access, id, version, publishAtUtc, unpublishAtUtc, overrideReason: null, cancellationToken);

    /// <summary>
    /// Schedules publication of <paramref name="version"/> at <paramref name="publishAtUtc"/>
    /// and/or removal at <paramref name="unpublishAtUtc"/>. The same rules as publishing now are
    /// checked when scheduling, <paramref name="overrideReason"/> included.
    /// </summary>
    public async Task<EditResult> ScheduleAsync(EditorAccess access, int id, int version, DateTime? publishAtUtc, DateTime? unpublishAtUtc, string? overrideReason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var now = Now;
        var errors = new List<FieldError>();
        if (publishAtUtc is null && unpublishAtUtc is null)
        {
            errors.Add(new("PublishAt", "Välj en tid för publicering eller avpublicering."));
        }

        if (publishAtUtc <= now)
        {
            errors.Add(new("PublishAt", "Tiden för publicering har redan passerat. Välj en tid framåt."));
        }

        if (unpublishAtUtc <= now)
        {
            errors.Add(new("UnpublishAt", "Tiden för avpublicering har redan passerat. Välj en tid framåt."));
        }
        else if (publishAtUtc is not null && unpublishAtUtc <= publishAtUtc)
        {
            errors.Add(new("UnpublishAt", "Avpubliceringen måste komma efter publiceringen."));
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        Article? article;
        if (publishAtUtc is not null)
        {
            (article, _, var refusal) = await PrepareAsync(access, id, version, overrideReason, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }
        }
        else
        {
            (article, var refusal) = await LoadForPublisherAsync(access, id, cancellationToken);
            if (refusal is not null || article is null)
            {
                return refusal ?? EditResult.NotFound;
            }
        }

        article!.ScheduledPublishAt = publishAtUtc;
        article.ScheduledVersion = publishAtUtc is null ? null : version;
        article.ScheduledUnpublishAt = unpublishAtUtc;
        db.AuditEntries.Add(editing.Audit(access, "article.schedule", article, $"publicera {publishAtUtc:u}, avpublicera {unpublishAtUtc:u}, version {version}"));
        return await CommitAsync(article, feed: null, cancellationToken);
    }

    /// <summary>Removes any scheduled publication or removal.</summary>
    public async Task<EditResult> CancelScheduleAsync(EditorAccess access, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var (article, refusal) = await LoadForPublisherAsync(access, id, cancellationToken);
        if (refusal is not null || article is null)
        {
            return refusal ?? EditResult.NotFound;
        }

        article.ScheduledPublishAt = null;
        article.ScheduledVersion = null;
        article.ScheduledUnpublishAt = null;
        db.AuditEntries.Add(editing.Audit(access, "article.schedule.cancel", article, null));
        return await CommitAsync(article, feed: null, cancellationToken);
    }

    /// <summary>
    /// Carries out every scheduled publication and removal that is due. Run by a background
    /// service on each node; two nodes racing is harmless: on SQLite the concurrency token lets
    /// one win (its write lock orders whole transactions); on PostgreSQL, where transactions do
    /// run side by side and the loser would trip over the winner's new rows (the article's
    /// kommun and term links) before its token is checked, one run at a time holds a
    /// transaction-scoped advisory lock and reads what is due only once it has it.
    /// </summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return await RunDueNowAsync(cancellationToken);
        }

        int done;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7301)", cancellationToken);
            done = await RunDueNowAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (done > 0)
        {
            // Once more after the commit: a change-feed reader woken inside the transaction may have read too early.
            await signal.ChangesCommittedAsync(cancellationToken);
        }

        return done;
    }

    private async Task<int> RunDueNowAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var due = await db.Articles
            .Where(a => (a.ScheduledPublishAt != null && a.ScheduledPublishAt <= now) || (a.ScheduledUnpublishAt != null && a.ScheduledUnpublishAt <= now))
            .Include(a => a.Texts).Include(a => a.Kommuner).Include(a => a.Terms).AsSplitQuery()
            .ToListAsync(cancellationToken);
        var done = 0;
        foreach (var article in due)
        {
            ContentChangeKind kind;
            string detail;
            if (article.ScheduledPublishAt <= now && article.ScheduledVersion is { } version)
            {
                var data = await db.ContentVersions.Where(v => v.ItemType == ContentItemType.Article && v.ItemId == article.Id && v.Number == version).Select(v => v.Data).FirstAsync(cancellationToken);
                var draft = ArticleDraft.FromJson(data);
                await ApplyAsync(article, draft, version, cancellationToken);
                kind = ContentChangeKind.Published;
                detail = $"{draft.Title} (version {version})";
            }
            else
            {
                Unpublish(article);
                kind = ContentChangeKind.Unpublished;
                detail = "avpublicerad enligt schema";
            }

            db.AuditEntries.Add(AuditEntry.Create(now, null, SchedulerName, kind == ContentChangeKind.Published ? "article.publish" : "article.unpublish",
                "article", article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), article.OwnerKommunCode, article.OwnerRegionCode, detail));
            if ((await CommitAsync(article, kind, cancellationToken)).Status == EditStatus.Done)
            {
                done++;
            }
        }

        return done;
    }

    private async Task<(Article? Article, ArticleDraft? Draft, EditResult? Refusal)> PrepareAsync(EditorAccess access, int id, int version, string? overrideReason, CancellationToken cancellationToken)
    {
        var (article, refusal) = await LoadForPublisherAsync(access, id, cancellationToken);
        if (refusal is not null || article is null)
        {
            return (article, null, refusal ?? EditResult.NotFound);
        }

        if (version != article.DraftVersion)
        {
            return (article, null, new EditResult(EditStatus.Conflict, id, article.DraftVersion));
        }

        // Version 0 is the text an article had before anyone edited it here (demo or imported content).
        var latest = version == 0 ? null : await db.ContentVersions.AsNoTracking()
            .FirstAsync(v => v.ItemType == ContentItemType.Article && v.ItemId == id && v.Number == version, cancellationToken);
        var requiresReview = article.OwnerKommunCode is { } kommun && await db.Kommuner.AnyAsync(k => k.Code == kommun && k.RequiresReview, cancellationToken);
        if (requiresReview && (article.ReviewState != ReviewState.Requested || latest?.AuthorId == access.UserId))
        {
            // Fyra ögon: in a kommun with a review step, someone other than the last author approves.
            return (article, null, EditResult.Invalid(new FieldError("", "Den här kommunen har granskning före publicering: skicka texten för granskning, så publicerar en annan publicerare den.")));
        }

        var draft = latest is null ? ArticleDraft.FromArticle(article) : ArticleDraft.FromJson(latest.Data);
        var report = await checks.RunAsync(draft, id, cancellationToken);
        if (report.BlocksPublishing)
        {
            return (article, null, EditResult.Invalid([.. report.Findings.Where(f => f.Severity == PublishCheckSeverity.Blocking).Select(f => new FieldError(f.Field, f.Message))]));
        }

        if (report.NeedsReason)
        {
            var reason = (overrideReason ?? "").Trim();
            var warnings = report.Findings.Count(f => f.Severity == PublishCheckSeverity.Warning);
            if (reason.Length == 0)
            {
                var keyPage = report.Findings.Any(f => f.Code == PublishCheckCode.KeyPageWithoutEasyRead);
                var message = !keyPage
                    ? $"Texten har {(warnings == 1 ? "en varning" : $"{warnings} varningar")} om klarspråk. Rätta texten, eller skriv varför den ska publiceras ändå."
                    : warnings == 1
                        ? "Artikeln är en nyckelsida men saknar lättläst text. Skriv en lättläst text, eller skriv varför den ska publiceras ändå."
                        : $"Texten har {warnings} varningar om klarspråk och lättläst. Rätta texten, eller skriv varför den ska publiceras ändå.";
                return (article, null, EditResult.Invalid(new FieldError(OverrideReasonField, message)));
            }

            if (reason.Length > MaxOverrideReasonLength)
            {
                return (article, null, EditResult.Invalid(new FieldError(OverrideReasonField, $"Skriv skälet med högst {MaxOverrideReasonLength} tecken.")));
            }

            // Kept with who and when, so a region can follow up which warnings are passed and why.
            var codes = string.Join(", ", report.Findings.Where(f => f.Severity == PublishCheckSeverity.Warning).Select(f => f.Code).Distinct());
            db.AuditEntries.Add(editing.Audit(access, "article.checks.override", article, $"version {version}: {codes}. Skäl: {reason}"));
        }

        return (article, draft, null);
    }

    /// <summary>The field a missing or too long override reason is reported on.</summary>
    public const string OverrideReasonField = "OverrideReason";

    /// <summary>The article when the user may publish it; otherwise NotFound (not theirs to see) or Forbidden (theirs, but an editor's).</summary>
    private async Task<(Article? Article, EditResult? Refusal)> LoadForPublisherAsync(EditorAccess access, int id, CancellationToken cancellationToken)
    {
        var article = await editing.LoadEditableAsync(access, id, tracked: true, cancellationToken);
        return article is null ? (null, EditResult.NotFound)
            : !access.CanPublish(article.Owner) ? (article, EditResult.Forbidden)
            : (article, null);
    }

    private async Task ApplyAsync(Article article, ArticleDraft draft, int version, CancellationToken cancellationToken)
    {
        var now = Now;
        SetText(article, isEasyRead: false, draft.Title, draft.Ingress, draft.Body);
        SetText(article, isEasyRead: true, draft.EasyReadTitle, draft.EasyReadIngress, draft.EasyReadBody);
        SetTranslations(article, draft.Translations);
        var audience = Audience(article);
        article.Scope = draft.Scope;
        article.RegionCode = draft.Scope == ArticleScope.Region ? draft.RegionCode : null;
        article.Kommuner.Clear();
        if (draft.Scope == ArticleScope.Kommuner)
        {
            article.Kommuner.AddRange(await db.Kommuner.Where(k => draft.KommunCodes.Contains(k.Code)).ToListAsync(cancellationToken));
        }

        // The article's own feed row tells followers where it is listed now; where it was listed
        // before is gone from the row, so a published article that changes audience touches the whole site.
        if (article.PublishedVersion is not null && Audience(article) != audience)
        {
            db.ContentChanges.Add(new ContentChange { ItemType = ContentItemType.Site, Kind = ContentChangeKind.Published, OccurredAt = now });
        }

        article.Terms.Clear();
        var terms = await db.TaxonomyTerms.ToListAsync(cancellationToken);
        article.Terms.AddRange(terms.Where(t => draft.Terms.Contains(ArticleDraft.TermKey(t.Kind, t.Slug))));
        article.LastReviewed = draft.LastReviewed;
        article.NextReview = draft.NextReview;
        article.ResponsibleUnit = draft.ResponsibleUnit;
        article.ImageMediaId = draft.ImageMediaId;
        article.PublishedAt ??= now;
        article.UpdatedAt = now;
        article.PublishedVersion = version;
        article.ReviewState = ReviewState.None;
        article.ReviewComment = null;
        if (article.ScheduledVersion is not null && article.ScheduledVersion <= version)
        {
            article.ScheduledPublishAt = null;
            article.ScheduledVersion = null;
        }

        // The parent changed: every kommun's local addition must be read again against it.
        await db.LocalAdditions.Where(l => l.ArticleId == article.Id && l.PublishedAt != null)
            .ForEachAsync(l => l.NeedsReReview = true, cancellationToken);
    }

    private static void Unpublish(Article article)
    {
        article.PublishedAt = null;
        article.ScheduledUnpublishAt = null;
        if (article.ScheduledPublishAt is null)
        {
            article.ScheduledVersion = null;
        }
    }

    /// <summary>The published translations become exactly the version's: updated in place, added, or removed.</summary>
    private static void SetTranslations(Article article, IReadOnlyList<ArticleTranslationDraft> translations)
    {
        var wanted = translations.Where(t => t.Language != ArticleText.Swedish).ToDictionary(t => t.Language, StringComparer.Ordinal);
        foreach (var stale in article.Texts.Where(t => t.Language != ArticleText.Swedish && (t.IsEasyRead || !wanted.ContainsKey(t.Language))).ToList())
        {
            article.Texts.Remove(stale);
        }

        foreach (var translation in wanted.Values)
        {
            var text = article.Texts.FirstOrDefault(t => t.Language == translation.Language && !t.IsEasyRead);
            if (text is null)
            {
                article.Texts.Add(new ArticleText { Language = translation.Language, Title = translation.Title, Ingress = translation.Ingress, Body = translation.Body });
                continue;
            }

            text.Title = translation.Title;
            text.Ingress = translation.Ingress;
            text.Body = translation.Body;
        }
    }

    private static void SetText(Article article, bool isEasyRead, string? title, string? ingress, string? body)
    {
        var text = article.Texts.FirstOrDefault(t => t.Language == ArticleText.Swedish && t.IsEasyRead == isEasyRead);
        if (string.IsNullOrWhiteSpace(title) || ingress is null || body is null)
        {
            if (text is not null)
            {
                article.Texts.Remove(text);
            }

            return;
        }

        if (text is null)
        {
            article.Texts.Add(new ArticleText { IsEasyRead = isEasyRead, Title = title, Ingress = ingress, Body = body });
            return;
        }

        text.Title = title;
        text.Ingress = ingress;
        text.Body = body;
    }

    /// <summary>Who an article is for, as one comparable string: its scope, region and kommuner.</summary>
    private static string Audience(Article article) =>
        $"{article.Scope}|{article.RegionCode}|{string.Join(',', article.Kommuner.Select(k => k.Code).Order(StringComparer.Ordinal))}";

    /// <summary>One SaveChanges is one transaction: the article, its feed row and its audit entry commit together.</summary>
    private async Task<EditResult> CommitAsync(Article article, ContentChangeKind? feed, CancellationToken cancellationToken)
    {
        if (feed is { } kind)
        {
            db.ContentChanges.Add(new ContentChange { ItemType = ContentItemType.Article, ItemId = article.Id, Kind = kind, OccurredAt = Now });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var newest = await db.Articles.Where(a => a.Id == article.Id).Select(a => a.DraftVersion).FirstAsync(cancellationToken);
            return new EditResult(EditStatus.Conflict, article.Id, newest);
        }

        if (feed is not null)
        {
            await signal.ChangesCommittedAsync(cancellationToken);
        }

        return new EditResult(EditStatus.Done, article.Id, article.DraftVersion);
    }
}
