using System.Globalization;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.KeyPages;

/// <summary>One key page and what it has: published lättläst, and which required languages.</summary>
public sealed record KeyPageRow(
    int ArticleId,
    string Title,
    string OwnerName,
    bool IsPublished,
    bool HasEasyRead,
    IReadOnlySet<string> Languages,
    bool CanEdit)
{
    /// <summary>True when the page has a published text in <paramref name="language"/>.</summary>
    public bool Has(RequiredLanguage language) => Languages.Contains(language?.Code ?? "");
}

/// <summary>A kommun's key pages against its requirements.</summary>
public sealed record KommunKeyPages(
    string Code,
    string Name,
    string Slug,
    string RegionName,
    MinorityLanguageAreas Areas,
    SamiLanguages SamiLanguages,
    IReadOnlyList<RequiredLanguage> Required,
    IReadOnlyList<KeyPageRow> Pages,
    bool CanChoose)
{
    /// <summary>Key pages without a published lättläst text.</summary>
    public int MissingEasyRead => Pages.Count(p => !p.HasEasyRead);

    /// <summary>Key pages without a published text in <paramref name="language"/>.</summary>
    public int Missing(RequiredLanguage language) => Pages.Count(p => !p.Has(language));

    /// <summary>Key pages that lack at least one required language.</summary>
    public int MissingAnyLanguage => Pages.Count(p => Required.Any(l => !p.Has(l)));

    /// <summary>"3 av 8 nyckelsidor saknar lättläst."</summary>
    public string EasyReadSummary => Pages.Count == 0
        ? "Inga nyckelsidor är valda."
        : MissingEasyRead == 0 ? $"Alla {Pages.Count} nyckelsidor har lättläst." : $"{MissingEasyRead} av {Pages.Count} {(Pages.Count == 1 ? "nyckelsida" : "nyckelsidor")} saknar lättläst.";

    /// <summary>"2 av 8 nyckelsidor saknar finska." for one required language.</summary>
    public string LanguageSummary(RequiredLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var missing = Missing(language);
        return missing == 0 ? $"Alla {Pages.Count} nyckelsidor finns på {language.Name}." : $"{missing} av {Pages.Count} {(Pages.Count == 1 ? "nyckelsida" : "nyckelsidor")} saknar {language.Name}.";
    }
}

/// <summary>An article a kommun may choose as a key page.</summary>
public sealed record KeyPageCandidate(int ArticleId, string Title, string OwnerName);

/// <summary>
/// Nyckelsidor: each kommun's publishers choose the articles that matter most for the kommun, and
/// editors see, per kommun, which key pages lack a published lättläst text or a language version
/// its förvaltningsområden require. Reads are limited to kommuner the user edits; choosing needs
/// publishing rights in the kommun; every change is audited.
/// </summary>
public sealed class KeyPageService(ContentDbContext db, TimeProvider time)
{
    /// <summary>The form field of the article to add.</summary>
    public const string ArticleField = "ArticleId";

    /// <summary>Every kommun the user edits, with its key pages, by län and name.</summary>
    public async Task<IReadOnlyList<KommunKeyPages>> OverviewAsync(EditorAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var codes = access.EditableKommuner.ToList();
        return await LoadAsync(access, db.Kommuner.Where(k => codes.Contains(k.Code)), cancellationToken);
    }

    /// <summary>One kommun's key pages; null when the user does not edit that kommun.</summary>
    public async Task<KommunKeyPages?> ForKommunAsync(EditorAccess access, string kommunCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.CanEditKommun(kommunCode) ? (await LoadAsync(access, db.Kommuner.Where(k => k.Code == kommunCode), cancellationToken)).SingleOrDefault() : null;
    }

    /// <summary>Published articles shown in the kommun that are not yet its key pages, by title.</summary>
    public async Task<IReadOnlyList<KeyPageCandidate>> CandidatesAsync(EditorAccess access, string kommunCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var kommun = await db.Kommuner.AsNoTracking().FirstOrDefaultAsync(k => k.Code == kommunCode, cancellationToken);
        if (kommun is null || !access.CanPublishKommun(kommunCode))
        {
            return [];
        }

        var names = await OwnerNames.LoadAsync(db, cancellationToken);
        var rows = await Visible(kommun)
            .Where(a => !db.KeyPages.Any(k => k.KommunCode == kommunCode && k.ArticleId == a.Id))
            .Select(a => new
            {
                a.Id,
                Title = a.Texts.Where(t => t.Language == ArticleText.Swedish && !t.IsEasyRead).Select(t => t.Title).FirstOrDefault() ?? a.Slug,
                a.OwnerKommunCode,
                a.OwnerRegionCode,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new KeyPageCandidate(r.Id, r.Title, names.Of(r.OwnerKommunCode, r.OwnerRegionCode))).OrderBy(c => c.Title, SwedishText.Comparer)];
    }

    /// <summary>Makes a published article shown in the kommun one of its key pages.</summary>
    public async Task<EditResult> AddAsync(EditorAccess access, string kommunCode, int? articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var (kommun, refusal) = await LoadForPublisherAsync(access, kommunCode, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (articleId is not { } id)
        {
            return EditResult.Invalid(new FieldError(ArticleField, "Välj en artikel som ska bli nyckelsida."));
        }

        var article = await Visible(kommun!).Where(a => a.Id == id)
            .Select(a => new { a.Id, Title = a.Texts.Where(t => t.Language == ArticleText.Swedish && !t.IsEasyRead).Select(t => t.Title).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return EditResult.Invalid(new FieldError(ArticleField, $"Välj en publicerad artikel som visas i {kommun!.Name}."));
        }

        if (await db.KeyPages.AnyAsync(k => k.KommunCode == kommunCode && k.ArticleId == id, cancellationToken))
        {
            return EditResult.Invalid(new FieldError(ArticleField, $"”{article.Title}” är redan en nyckelsida för {kommun!.Name}."));
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.KeyPages.Add(new KeyPage { KommunCode = kommunCode, ArticleId = id, AddedAt = now, AddedBy = access.DisplayName });
        db.AuditEntries.Add(AuditEntry.Create(now, access.UserId, access.DisplayName, "kommun.keypage.add", "article",
            id.ToString(CultureInfo.InvariantCulture), kommunCode, kommun!.RegionCode, $"{kommun.Name}: {article.Title}"));
        await db.SaveChangesAsync(cancellationToken);
        return new EditResult(EditStatus.Done, id);
    }

    /// <summary>Takes an article off the kommun's key pages.</summary>
    public async Task<EditResult> RemoveAsync(EditorAccess access, string kommunCode, int articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var (kommun, refusal) = await LoadForPublisherAsync(access, kommunCode, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var keyPage = await db.KeyPages.FirstOrDefaultAsync(k => k.KommunCode == kommunCode && k.ArticleId == articleId, cancellationToken);
        if (keyPage is null)
        {
            return EditResult.NotFound;
        }

        var title = await db.ArticleTexts.Where(t => t.ArticleId == articleId && t.Language == ArticleText.Swedish && !t.IsEasyRead).Select(t => t.Title).FirstOrDefaultAsync(cancellationToken);
        db.KeyPages.Remove(keyPage);
        db.AuditEntries.Add(AuditEntry.Create(time.GetUtcNow().UtcDateTime, access.UserId, access.DisplayName, "kommun.keypage.remove", "article",
            articleId.ToString(CultureInfo.InvariantCulture), kommunCode, kommun!.RegionCode, $"{kommun.Name}: {title}"));
        await db.SaveChangesAsync(cancellationToken);
        return new EditResult(EditStatus.Done, articleId);
    }

    private IQueryable<Article> Visible(Kommun kommun) => db.Articles.AsNoTracking()
        .Where(ArticleVisibility.IsPublished(time.GetUtcNow().UtcDateTime))
        .Where(ArticleVisibility.IsVisibleIn(kommun.Code, kommun.RegionCode));

    /// <summary>The kommun when the user may choose its key pages; otherwise NotFound (not theirs) or Forbidden (a redaktör of it).</summary>
    private async Task<(Kommun? Kommun, EditResult? Refusal)> LoadForPublisherAsync(EditorAccess access, string kommunCode, CancellationToken cancellationToken)
    {
        var kommun = await db.Kommuner.AsNoTracking().FirstOrDefaultAsync(k => k.Code == kommunCode, cancellationToken);
        return kommun is null || !access.CanEditKommun(kommunCode) ? (null, EditResult.NotFound)
            : !access.CanPublishKommun(kommunCode) ? (kommun, EditResult.Forbidden)
            : (kommun, null);
    }

    private async Task<IReadOnlyList<KommunKeyPages>> LoadAsync(EditorAccess access, IQueryable<Kommun> kommuner, CancellationToken cancellationToken)
    {
        var list = await kommuner.AsNoTracking()
            .Select(k => new { k.Code, k.Name, k.Slug, RegionName = k.Region.Name, k.MinorityLanguageAreas, k.SamiLanguages })
            .ToListAsync(cancellationToken);
        var codes = list.Select(k => k.Code).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        var pages = await db.KeyPages.AsNoTracking().Where(k => codes.Contains(k.KommunCode))
            .Join(db.Articles, k => k.ArticleId, a => a.Id, (k, a) => new
            {
                k.KommunCode,
                a.Id,
                a.Slug,
                a.OwnerKommunCode,
                a.OwnerRegionCode,
                IsPublished = a.PublishedAt != null && a.PublishedAt <= now,
                Title = a.Texts.Where(t => t.Language == ArticleText.Swedish && !t.IsEasyRead).Select(t => t.Title).FirstOrDefault(),
                HasEasyRead = a.Texts.Any(t => t.Language == ArticleText.Swedish && t.IsEasyRead),
                Languages = a.Texts.Where(t => !t.IsEasyRead).Select(t => t.Language).ToList(),
            })
            .ToListAsync(cancellationToken);
        var names = await OwnerNames.LoadAsync(db, cancellationToken);
        return [.. list
            .OrderBy(k => k.RegionName, SwedishText.Comparer).ThenBy(k => k.Name, SwedishText.Comparer)
            .Select(k => new KommunKeyPages(
                k.Code, k.Name, k.Slug, k.RegionName, k.MinorityLanguageAreas, k.SamiLanguages,
                MinorityLanguages.Required(k.MinorityLanguageAreas, k.SamiLanguages),
                [.. pages.Where(p => p.KommunCode == k.Code)
                    .Select(p => new KeyPageRow(
                        p.Id,
                        p.Title ?? p.Slug,
                        names.Of(p.OwnerKommunCode, p.OwnerRegionCode),
                        p.IsPublished,
                        // A text counts for residents only while the article is published.
                        p.IsPublished && p.HasEasyRead,
                        p.IsPublished ? p.Languages.ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal),
                        access.CanEdit(new ItemOwner(p.OwnerKommunCode, p.OwnerRegionCode))))
                    .OrderBy(p => p.Title, SwedishText.Comparer)],
                access.CanPublishKommun(k.Code)))];
    }
}
