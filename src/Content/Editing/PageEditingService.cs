using System.Text.Json;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing.Checks;
using Halsoportal.Content.Pages;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Editing;

/// <summary>
/// The editable fields of a site page, as stored in its versions: the Swedish text, its lättläst
/// variant and its translations. Versions saved before the variants existed read as having none.
/// </summary>
public sealed record PageDraft(string Title, string? Ingress, string Body)
{
    /// <summary>Lättläst: the Swedish text for readers who need it easier (null when the page has none).</summary>
    public string? EasyReadTitle { get; init; }

    public string? EasyReadIngress { get; init; }

    public string? EasyReadBody { get; init; }

    /// <summary>Translations of the Swedish text, one per language; a blank ingress is "".</summary>
    public IReadOnlyList<ArticleTranslationDraft> Translations { get; init; } = [];

    /// <summary>
    /// The page's words as the publish checks read an article's (a site page has no scope, unit or image of its own):
    /// the same structure, klarspråk and lättläst checks apply.
    /// </summary>
    public ArticleDraft ToCheckedDraft() => new()
    {
        Title = Title,
        Ingress = Ingress ?? "",
        Body = Body,
        EasyReadTitle = EasyReadTitle,
        EasyReadIngress = EasyReadIngress,
        EasyReadBody = EasyReadBody,
        Translations = Translations,
        ResponsibleUnit = "",
        Scope = ArticleScope.National,
    };

    /// <summary>The published text of <paramref name="page"/> (its <see cref="Page.Texts"/> loaded), as a draft.</summary>
    public static PageDraft From(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var easy = page.Texts.FirstOrDefault(t => t.IsEasyRead);
        return new PageDraft(page.Title, page.Ingress, page.Body)
        {
            EasyReadTitle = easy?.Title,
            EasyReadIngress = easy?.Ingress,
            EasyReadBody = easy?.Body,
            Translations = [.. page.Texts.Where(t => !t.IsEasyRead)
                .Select(t => new ArticleTranslationDraft(t.Language, t.Title, t.Ingress ?? "", t.Body))
                .OrderBy(t => t.Language, StringComparer.Ordinal)],
        };
    }

    /// <summary>True when both say the same, whatever order the translations were added in.</summary>
    public bool SaysTheSameAs(PageDraft other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Title == other.Title && Ingress == other.Ingress && Body == other.Body
            && EasyReadTitle == other.EasyReadTitle && EasyReadIngress == other.EasyReadIngress && EasyReadBody == other.EasyReadBody
            && Translations.OrderBy(t => t.Language, StringComparer.Ordinal).SequenceEqual(other.Translations.OrderBy(t => t.Language, StringComparer.Ordinal));
    }
}

/// <summary>A site page in the editor: its newest draft and what is published.</summary>
public sealed record PageEditView(int Id, string Slug, PageDraft Draft, int DraftVersion, bool HasUnpublishedChanges, DateOnly Updated);

/// <summary>
/// The site's own pages (about, accessibility statement, privacy) belong to the whole site, so
/// only system administrators edit them. Every save is a version (the Swedish text, lättläst and
/// translations together); publishing copies the newest one in and records it in the change feed.
/// Pages cannot be unpublished: the law requires them.
/// </summary>
public sealed class PageEditingService(ContentDbContext db, TimeProvider time, IContentChangeSignal signal)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<PageEditView>?> ListAsync(EditorAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsSystemAdmin)
        {
            return null;
        }

        var pages = await db.Pages.AsNoTracking().Include(p => p.Texts).OrderBy(p => p.Title).ToListAsync(cancellationToken);
        var withDrafts = await db.ContentVersions.AsNoTracking().Where(v => v.ItemType == ContentItemType.Page).Select(v => v.ItemId).Distinct().ToListAsync(cancellationToken);
        var views = new List<PageEditView>();
        foreach (var page in pages)
        {
            views.Add(withDrafts.Contains(page.Id) ? (await GetAsync(access, page.Id, cancellationToken))! : new PageEditView(page.Id, page.Slug, PageDraft.From(page), page.DraftVersion, false, page.Updated));
        }

        return views;
    }

    public async Task<PageEditView?> GetAsync(EditorAccess access, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var page = access.IsSystemAdmin ? await db.Pages.AsNoTracking().Include(p => p.Texts).FirstOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
        if (page is null)
        {
            return null;
        }

        var published = PageDraft.From(page);
        var latest = await LatestAsync(id, cancellationToken);
        var draft = latest is null ? published : JsonSerializer.Deserialize<PageDraft>(latest, Json)!;
        var changed = !draft.SaysTheSameAs(published);
        return new PageEditView(page.Id, page.Slug, draft, page.DraftVersion, changed, page.Updated);
    }

    /// <summary>Saves a new version; a stale <paramref name="baseVersion"/> is a conflict and writes nothing.</summary>
    public async Task<EditResult> SaveAsync(EditorAccess access, int id, int baseVersion, PageDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(draft);
        var page = access.IsSystemAdmin ? await db.Pages.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
        if (page is null)
        {
            return EditResult.NotFound;
        }

        var errors = Validate(draft);
        var hasVariants = draft.EasyReadTitle is not null || draft.EasyReadIngress is not null || draft.EasyReadBody is not null || draft.Translations.Count > 0;
        if (hasVariants && !Page.WithVariants.Contains(page.Slug))
        {
            errors.Add(new("", "Den här sidan har ingen lättläst version eller översättning på webbplatsen. Töm de fälten och spara igen."));
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        if (baseVersion != page.DraftVersion)
        {
            return new EditResult(EditStatus.Conflict, id, page.DraftVersion);
        }

        page.DraftVersion = baseVersion + 1;
        db.ContentVersions.Add(new ContentVersion
        {
            ItemType = ContentItemType.Page,
            ItemId = id,
            Number = page.DraftVersion,
            Data = JsonSerializer.Serialize(draft, Json),
            AuthorId = access.UserId,
            AuthorName = access.DisplayName,
            CreatedAt = Now,
        });
        db.AuditEntries.Add(AuditEntry.Create(Now, access.UserId, access.DisplayName, "page.save", "page", page.Slug, detail: $"version {page.DraftVersion}"));
        return await CommitAsync(page, feed: false, cancellationToken);
    }

    /// <summary>Publishes the newest version after the same text checks as articles.</summary>
    public async Task<EditResult> PublishAsync(EditorAccess access, int id, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var page = access.IsSystemAdmin ? await db.Pages.Include(p => p.Texts).FirstOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
        if (page is null)
        {
            return EditResult.NotFound;
        }

        if (version != page.DraftVersion || await LatestAsync(id, cancellationToken) is not { } latest)
        {
            return new EditResult(EditStatus.Conflict, id, page.DraftVersion);
        }

        var draft = JsonSerializer.Deserialize<PageDraft>(latest, Json)!;
        var findings = PublishChecks.Run(draft.ToCheckedDraft(), image: null).Findings.Where(f => f.Severity == PublishCheckSeverity.Blocking).Select(f => new FieldError(f.Field, f.Message)).ToList();
        if (findings.Count > 0)
        {
            return EditResult.Invalid(findings);
        }

        page.Title = draft.Title;
        page.Ingress = draft.Ingress;
        page.Body = draft.Body;
        CopyVariants(page, draft);
        page.Updated = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Now, SwedishText.TimeZone));
        db.AuditEntries.Add(AuditEntry.Create(Now, access.UserId, access.DisplayName, "page.publish", "page", page.Slug, detail: $"version {version}"));
        return await CommitAsync(page, feed: true, cancellationToken);
    }

    /// <summary>Makes the page's published variants those of <paramref name="draft"/>: changed in place, added, or removed.</summary>
    private void CopyVariants(Page page, PageDraft draft)
    {
        var wanted = new List<PageText>();
        if (!string.IsNullOrWhiteSpace(draft.EasyReadTitle))
        {
            wanted.Add(new PageText { Language = ArticleText.Swedish, IsEasyRead = true, Title = draft.EasyReadTitle, Ingress = Blank(draft.EasyReadIngress), Body = draft.EasyReadBody ?? "" });
        }

        wanted.AddRange(draft.Translations.Select(t => new PageText { Language = t.Language, Title = t.Title, Ingress = Blank(t.Ingress), Body = t.Body }));
        foreach (var text in page.Texts.ToList())
        {
            if (wanted.Find(w => w.Language == text.Language && w.IsEasyRead == text.IsEasyRead) is { } kept)
            {
                (text.Title, text.Ingress, text.Body) = (kept.Title, kept.Ingress, kept.Body);
                wanted.Remove(kept);
            }
            else
            {
                page.Texts.Remove(text);
                db.PageTexts.Remove(text);
            }
        }

        page.Texts.AddRange(wanted);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private async Task<string?> LatestAsync(int id, CancellationToken cancellationToken) =>
        await db.ContentVersions.AsNoTracking()
            .Where(v => v.ItemType == ContentItemType.Page && v.ItemId == id)
            .OrderByDescending(v => v.Number).Select(v => v.Data).FirstOrDefaultAsync(cancellationToken);

    private async Task<EditResult> CommitAsync(Page page, bool feed, CancellationToken cancellationToken)
    {
        if (feed)
        {
            db.ContentChanges.Add(new ContentChange { ItemType = ContentItemType.Page, ItemId = page.Id, Kind = ContentChangeKind.Published, OccurredAt = Now });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (!StoreFailures.IsUnavailable(ex))
        {
            db.ChangeTracker.Clear();
            return new EditResult(EditStatus.Conflict, page.Id, await db.Pages.Where(p => p.Id == page.Id).Select(p => p.DraftVersion).FirstAsync(cancellationToken));
        }

        if (feed)
        {
            await signal.ChangesCommittedAsync(cancellationToken);
        }

        return new EditResult(EditStatus.Done, page.Id, page.DraftVersion);
    }

    private static List<FieldError> Validate(PageDraft draft)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            errors.Add(new(nameof(draft.Title), "Skriv en rubrik."));
        }
        else if (draft.Title.Length > 200)
        {
            errors.Add(new(nameof(draft.Title), "Rubriken får vara högst 200 tecken."));
        }

        if (draft.Ingress?.Length > 1000)
        {
            errors.Add(new(nameof(draft.Ingress), "Ingressen får vara högst 1 000 tecken."));
        }

        if (string.IsNullOrWhiteSpace(draft.Body))
        {
            errors.Add(new(nameof(draft.Body), "Skriv sidans text."));
        }

        // The same rules as the Swedish text; a page's ingress is optional in every language.
        TextVariantRules.EasyRead(errors, draft.EasyReadTitle, draft.EasyReadIngress, draft.EasyReadBody, ingressRequired: false);
        TextVariantRules.Translations(errors, draft.Translations, "Sidan", ingressRequired: false);
        return errors;
    }
}
