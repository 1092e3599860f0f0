using System.Globalization;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.ContactPoints.Hours;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Halsoportal.Content.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.ContactPoints.Editing;

/// <summary>
/// Writing contact points: create, save a new draft version, confirm the opening hours, read history, roll
/// back. As for articles, every read is filtered to the kommuner the user may edit and every write is checked
/// again; another kommun's contact point is "not found", so ids reveal nothing. Each write commits the version
/// and its audit entry together. Publishing lives in <see cref="ContactPointWorkflowService"/>.
/// </summary>
public sealed class ContactPointEditingService(ContentDbContext db, TimeProvider time)
{
    /// <summary>Hours not confirmed for longer than this are listed on the dashboard.</summary>
    public const int ConfirmHoursEveryDays = 90;

    internal const string AuditItemType = "contactpoint";

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Today's date in Sweden: special days before it are refused, confirmations are dated with it.</summary>
    public DateOnly Today => SwedishText.DateOf(time.GetUtcNow());

    /// <summary>The kommuner this user may create contact points in, and the type and service terms.</summary>
    public async Task<ContactPointChoices> GetChoicesAsync(EditorAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var kommuner = await db.Kommuner.AsNoTracking().ToListAsync(cancellationToken);
        var terms = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Kind == TaxonomyKind.ContactPointType || t.Kind == TaxonomyKind.Service)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        return new ContactPointChoices(
            [.. kommuner.Where(k => access.CanEditKommun(k.Code)).OrderBy(k => k.Name, SwedishText.Comparer).Select(k => new KommunRefLite(k.Code, k.Name, k.RegionCode))],
            [.. terms.Where(t => t.Kind == TaxonomyKind.ContactPointType).Select(t => new ContactPointTerm(t.Slug, t.Name))],
            [.. terms.Where(t => t.Kind == TaxonomyKind.Service).Select(t => new ContactPointTerm(t.Slug, t.Name))]);
    }

    /// <summary>
    /// Contact points the user may edit, by kommun and name; optionally only one kommun's and/or one status.
    /// Names, types and confirmation dates are the newest draft's.
    /// </summary>
    public async Task<IReadOnlyList<ContactPointRow>> ListAsync(EditorAccess access, string? kommunCode, ContactPointStatus? status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var query = db.ContactPoints.AsNoTracking().EditableBy(access);
        if (kommunCode is not null)
        {
            query = query.Where(c => c.KommunCode == kommunCode);
        }

        var points = await query
            .Select(c => new
            {
                c.Id, c.Slug, c.Name, c.Type, c.KommunCode, KommunName = c.Kommun.Name, IsPublished = c.PublishedData != null,
                c.PublishedVersion, c.DraftVersion, c.ReviewState, c.UpdatedAt, c.HoursConfirmedOn,
            })
            .ToListAsync(cancellationToken);
        var ids = points.Select(p => p.Id).ToList();

        // The newest version of each, for its working name and who saved it last.
        var latest = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ItemType == ContentItemType.ContactPoint && ids.Contains(v.ItemId)
                && v.Number == db.ContactPoints.Where(c => c.Id == v.ItemId).Select(c => c.DraftVersion).First())
            .Select(v => new { v.ItemId, v.Data, v.AuthorName, v.CreatedAt })
            .ToDictionaryAsync(v => v.ItemId, cancellationToken);
        var types = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == TaxonomyKind.ContactPointType)
            .ToDictionaryAsync(t => t.Slug, t => t.Name, StringComparer.Ordinal, cancellationToken);

        var rows = new List<ContactPointRow>();
        foreach (var p in points)
        {
            var version = latest.GetValueOrDefault(p.Id);
            var draft = version is null ? null : ContactPointDraft.FromJson(version.Data);
            var row = new ContactPointRow(
                p.Id, p.Slug, draft?.Name ?? p.Name, p.KommunCode, p.KommunName, types.GetValueOrDefault(draft?.Type ?? p.Type, draft?.Type ?? p.Type),
                StatusOf(p.IsPublished, p.PublishedVersion, p.DraftVersion), p.ReviewState, p.DraftVersion,
                version?.CreatedAt ?? p.UpdatedAt, version?.AuthorName, draft?.HoursConfirmedOn ?? p.HoursConfirmedOn);
            if (status is null || row.Status == status)
            {
                rows.Add(row);
            }
        }

        return [.. rows.OrderBy(r => r.KommunName, SwedishText.Comparer).ThenBy(r => r.Name, SwedishText.Comparer)];
    }

    /// <summary>The newest draft and the state around it, or null when not found or not the user's.</summary>
    public async Task<ContactPointEditView?> GetAsync(EditorAccess access, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var point = await LoadEditableAsync(access, id, tracked: false, cancellationToken);
        if (point is null || await NewestDraftAsync(point, cancellationToken) is not { } draft)
        {
            return null;
        }

        var kommun = await db.Kommuner.AsNoTracking().Where(k => k.Code == point.KommunCode)
            .Select(k => new { k.Name, k.Slug, k.RequiresReview }).FirstAsync(cancellationToken);
        return new ContactPointEditView(
            point.Id,
            point.Slug,
            kommun.Name,
            kommun.Slug,
            draft,
            point.DraftVersion,
            point.PublishedVersion,
            StatusOf(point.PublishedData is not null, point.PublishedVersion, point.DraftVersion),
            point.ReviewState,
            point.ReviewComment,
            point.ReviewBy,
            point.PublishedData is null ? null : point.HoursConfirmedOn,
            access.CanPublish(point.Owner),
            kommun.RequiresReview,
            point.Owner);
    }

    /// <summary>
    /// Checks a draft as a save would (known types and services, special days not before today) without
    /// saving anything, so a form with input it could not read can still show every other problem at once.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> ValidateAsync(ContactPointDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var terms = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Kind == TaxonomyKind.ContactPointType || t.Kind == TaxonomyKind.Service)
            .Select(t => new { t.Kind, t.Slug })
            .ToListAsync(cancellationToken);
        var types = terms.Where(t => t.Kind == TaxonomyKind.ContactPointType).Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var services = terms.Where(t => t.Kind == TaxonomyKind.Service).Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        return ContactPointDraftValidator.Validate(draft, types, services, Today);
    }

    /// <summary>
    /// Creates an unpublished contact point in <paramref name="kommunCode"/> with version 1 and a slug unique in the
    /// kommun. The hours count as confirmed today (whatever <see cref="ContactPointDraft.HoursConfirmedOn"/> says).
    /// </summary>
    public async Task<EditResult> CreateAsync(EditorAccess access, string? kommunCode, ContactPointDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(draft);
        var kommun = kommunCode is null ? null : await db.Kommuner.AsNoTracking().FirstOrDefaultAsync(k => k.Code == kommunCode, cancellationToken);
        if (kommun is null || !access.CanEditKommun(kommun.Code))
        {
            return EditResult.Invalid(new FieldError("KommunCode", "Välj en kommun som du är redaktör för."));
        }

        draft = draft with { HoursConfirmedOn = Today };
        var errors = await ValidateAsync(draft, cancellationToken);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        var slugs = await db.ContactPoints.Where(c => c.KommunCode == kommun.Code).Select(c => c.Slug).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        var point = new ContactPoint
        {
            KommunCode = kommun.Code,
            RegionCode = kommun.RegionCode,
            Slug = Slugs.Slug.Unique(draft.Name, slugs.Contains),
            Name = draft.Name,
            Type = draft.Type,
            DraftVersion = 1,
            UpdatedAt = Now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ContactPoints.Add(point);
        await db.SaveChangesAsync(cancellationToken);
        db.ContentVersions.Add(NewVersion(point.Id, 1, draft, access, note: null));
        db.AuditEntries.Add(Audit(access, "contactpoint.create", point, $"{draft.Name} (version 1)"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EditResult(EditStatus.Done, point.Id, 1);
    }

    /// <summary>
    /// Saves <paramref name="draft"/> as version <paramref name="baseVersion"/> + 1; a stale base writes nothing and
    /// answers <see cref="EditStatus.Conflict"/> with the newest version, so the caller keeps the user's input.
    /// Saving changed opening hours counts as confirming them today; otherwise the confirmation date stays as it was
    /// (the posted <see cref="ContactPointDraft.HoursConfirmedOn"/> is ignored — only <see cref="ConfirmHoursAsync"/> sets it).
    /// </summary>
    public async Task<EditResult> SaveAsync(EditorAccess access, int id, int baseVersion, ContactPointDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(draft);
        var point = await LoadEditableAsync(access, id, tracked: true, cancellationToken);
        if (point is null)
        {
            return EditResult.NotFound;
        }

        var today = Today;
        var current = await NewestDraftAsync(point, cancellationToken);
        var confirmed = current is null || !SameHours(current.Hours, draft.Hours, today) ? today : current.HoursConfirmedOn;
        draft = draft with { HoursConfirmedOn = confirmed };
        var errors = await ValidateAsync(draft, cancellationToken);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        return await AddVersionAsync(access, point, baseVersion, draft, "contactpoint.save", note: null, cancellationToken);
    }

    /// <summary>
    /// "Bekräfta att öppettiderna stämmer": the newest draft again as a new version, confirmed today. Special days
    /// that have passed are dropped on the way (they no longer say anything). Residents see the date once it is published.
    /// </summary>
    public async Task<EditResult> ConfirmHoursAsync(EditorAccess access, int id, int baseVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var point = await LoadEditableAsync(access, id, tracked: true, cancellationToken);
        if (point is null || await NewestDraftAsync(point, cancellationToken) is not { } current)
        {
            return EditResult.NotFound;
        }

        if (baseVersion != point.DraftVersion)
        {
            return new EditResult(EditStatus.Conflict, point.Id, point.DraftVersion);
        }

        var today = Today;
        var draft = current with
        {
            HoursConfirmedOn = today,
            Hours = current.Hours with { SpecialDays = [.. current.Hours.SpecialDays.Where(d => d.Date >= today)] },
        };
        var errors = await ValidateAsync(draft, cancellationToken);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        return await AddVersionAsync(access, point, baseVersion, draft, "contactpoint.confirm", "Öppettiderna bekräftade", cancellationToken);
    }

    /// <summary>Makes version <paramref name="number"/> the newest draft again, as a new version (history is never rewritten).</summary>
    public async Task<EditResult> RollbackAsync(EditorAccess access, int id, int baseVersion, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var point = await LoadEditableAsync(access, id, tracked: true, cancellationToken);
        if (point is null)
        {
            return EditResult.NotFound;
        }

        var data = await db.ContentVersions.DataAsync(ContentItemType.ContactPoint, id, number, cancellationToken);
        if (data is null)
        {
            return EditResult.NotFound;
        }

        return await AddVersionAsync(access, point, baseVersion, ContactPointDraft.FromJson(data), "contactpoint.rollback", $"Återställd från version {number}", cancellationToken);
    }

    /// <summary>Every version, newest first; null when the contact point is not the user's.</summary>
    public async Task<IReadOnlyList<VersionRow>?> GetHistoryAsync(EditorAccess access, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var point = await LoadEditableAsync(access, id, tracked: false, cancellationToken);
        if (point is null)
        {
            return null;
        }

        var published = point.PublishedData is null ? null : point.PublishedVersion;
        return await db.ContentVersions.HistoryAsync(ContentItemType.ContactPoint, id, published, cancellationToken);
    }

    /// <summary>One version's draft; null when missing or not the user's.</summary>
    public async Task<ContactPointDraft?> GetVersionAsync(EditorAccess access, int id, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (await LoadEditableAsync(access, id, tracked: false, cancellationToken) is null)
        {
            return null;
        }

        var data = await db.ContentVersions.DataAsync(ContentItemType.ContactPoint, id, number, cancellationToken);
        return data is null ? null : ContactPointDraft.FromJson(data);
    }

    /// <summary>
    /// Published contact points of the user's kommuner whose hours were last confirmed more than
    /// <see cref="ConfirmHoursEveryDays"/> days before <paramref name="today"/>, oldest confirmation first.
    /// </summary>
    public async Task<IReadOnlyList<UnconfirmedHoursRow>> UnconfirmedHoursAsync(EditorAccess access, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var limit = today.AddDays(-ConfirmHoursEveryDays);
        var points = await db.ContactPoints.AsNoTracking().EditableBy(access)
            .Where(c => c.PublishedData != null && (c.HoursConfirmedOn == null || c.HoursConfirmedOn < limit))
            .Select(c => new { c.Id, c.Name, KommunName = c.Kommun.Name, c.HoursConfirmedOn, c.DraftVersion, c.PublishedVersion })
            .ToListAsync(cancellationToken);

        // A newer draft may already confirm them; then publishing it is what is left.
        var withDrafts = points.Where(p => p.DraftVersion > (p.PublishedVersion ?? 0)).Select(p => p.Id).ToList();
        var drafts = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ItemType == ContentItemType.ContactPoint && withDrafts.Contains(v.ItemId)
                && v.Number == db.ContactPoints.Where(c => c.Id == v.ItemId).Select(c => c.DraftVersion).First())
            .Select(v => new { v.ItemId, v.Data })
            .ToDictionaryAsync(v => v.ItemId, v => ContactPointDraft.FromJson(v.Data).HoursConfirmedOn, cancellationToken);
        return [.. points
            .OrderBy(p => p.HoursConfirmedOn ?? DateOnly.MinValue).ThenBy(p => p.Name, SwedishText.Comparer)
            .Select(p => new UnconfirmedHoursRow(
                p.Id, p.Name, p.KommunName, p.HoursConfirmedOn,
                drafts.TryGetValue(p.Id, out var confirmed) && confirmed > (p.HoursConfirmedOn ?? DateOnly.MinValue) ? confirmed : null))];
    }

    internal static ContactPointStatus StatusOf(bool isPublished, int? publishedVersion, int draftVersion) =>
        isPublished
            ? (publishedVersion is null || publishedVersion == draftVersion || draftVersion == 0 ? ContactPointStatus.Published : ContactPointStatus.PublishedWithChanges)
            : publishedVersion is null ? ContactPointStatus.Draft : ContactPointStatus.Unpublished;

    internal async Task<ContactPoint?> LoadEditableAsync(EditorAccess access, int id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.ContactPoints.EditableBy(access);
        var point = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

        // The query filter is the first guard; the rights check on the loaded owner is the second.
        return point is not null && access.CanEdit(point.Owner) ? point : null;
    }

    /// <summary>The newest saved version, or for version 0 (demo content never edited here) what is published.</summary>
    internal async Task<ContactPointDraft?> NewestDraftAsync(ContactPoint point, CancellationToken cancellationToken)
    {
        if (point.DraftVersion == 0)
        {
            return point.Published;
        }

        var data = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ItemType == ContentItemType.ContactPoint && v.ItemId == point.Id && v.Number == point.DraftVersion)
            .Select(v => v.Data)
            .FirstOrDefaultAsync(cancellationToken);
        return data is null ? point.Published : ContactPointDraft.FromJson(data);
    }

    /// <summary>
    /// When <paramref name="point"/> is still at version 0, its published contents become version 1 ("Utgångsläge"),
    /// so the first change can be compared with and rolled back to. Returns the next free version number.
    /// </summary>
    internal int KeepStartingPoint(ContactPoint point, string note)
    {
        if (point.DraftVersion != 0 || point.PublishedData is null)
        {
            return point.DraftVersion + 1;
        }

        db.ContentVersions.Add(new ContentVersion
        {
            ItemType = ContentItemType.ContactPoint,
            ItemId = point.Id,
            Number = 1,
            Data = point.PublishedData,
            AuthorName = "Hälsoportal",
            CreatedAt = Now,
            Note = note,
        });
        point.PublishedVersion = 1;
        return 2;
    }

    internal AuditEntry Audit(EditorAccess access, string action, ContactPoint point, string? detail) =>
        AuditEntry.Create(Now, access.UserId, access.DisplayName, action, AuditItemType, point.Id.ToString(CultureInfo.InvariantCulture), point.KommunCode, point.RegionCode, detail);

    private async Task<EditResult> AddVersionAsync(EditorAccess access, ContactPoint point, int baseVersion, ContactPointDraft draft, string action, string? note, CancellationToken cancellationToken)
    {
        if (baseVersion != point.DraftVersion)
        {
            return new EditResult(EditStatus.Conflict, point.Id, point.DraftVersion);
        }

        var number = KeepStartingPoint(point, "Utgångsläge: uppgifterna som var publicerade före första ändringen");
        db.ContentVersions.Add(NewVersion(point.Id, number, draft, access, note));
        point.DraftVersion = number;

        // A returned draft that is saved again goes back to the author's desk, not to review.
        if (point.ReviewState == ReviewState.Returned)
        {
            point.ReviewState = ReviewState.None;
        }

        db.AuditEntries.Add(Audit(access, action, point, $"{draft.Name} (version {number})"));
        try
        {
            // DraftVersion is a concurrency token and (item, number) is unique: of two saves on the same base, exactly one commits.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (!StoreFailures.IsUnavailable(ex))
        {
            db.ChangeTracker.Clear();
            var newest = await db.ContactPoints.Where(c => c.Id == point.Id).Select(c => c.DraftVersion).FirstAsync(cancellationToken);
            return new EditResult(EditStatus.Conflict, point.Id, newest);
        }

        return new EditResult(EditStatus.Done, point.Id, number);
    }

    private ContentVersion NewVersion(int pointId, int number, ContactPointDraft draft, EditorAccess access, string? note) => new()
    {
        ItemType = ContentItemType.ContactPoint,
        ItemId = pointId,
        Number = number,
        Data = draft.ToJson(),
        AuthorId = access.UserId,
        AuthorName = access.DisplayName,
        CreatedAt = Now,
        Note = note,
    };

    /// <summary>
    /// Whether two sets of hours say the same, ignoring the order entries were written in, blank notes, and special
    /// days that have passed (the edit form leaves those out).
    /// </summary>
    private static bool SameHours(OpeningHours a, OpeningHours b, DateOnly today) =>
        string.Equals(Normalized(a, today).ToJson(), Normalized(b, today).ToJson(), StringComparison.Ordinal);

    private static OpeningHours Normalized(OpeningHours hours, DateOnly today) => hours with
    {
        Sessions = [.. hours.Sessions.OrderBy(s => s.Kind).Select(s => s with
        {
            Note = string.IsNullOrWhiteSpace(s.Note) ? null : s.Note.Trim(),
            Weekly = [.. s.Weekly.OrderBy(w => ((int)w.Day + 6) % 7).ThenBy(w => w.Range.Opens)],
        })],
        SpecialDays = [.. hours.SpecialDays.Where(d => d.Date >= today).OrderBy(d => d.Date).ThenBy(d => d.Kind)
            .Select(d => d with { Ranges = [.. d.Ranges.OrderBy(r => r.Opens)], Reason = d.Reason.Trim() })],
    };
}
