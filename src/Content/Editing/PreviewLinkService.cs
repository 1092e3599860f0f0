using Halsoportal.Content.Accounts;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Editing;

/// <summary>A preview link as the editor sees it (never the token itself, which is shown once).</summary>
public sealed record PreviewLinkRow(int Id, string CreatedBy, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt)
{
    public bool IsActive(DateTime nowUtc) => RevokedAt is null && ExpiresAt > nowUtc;
}

/// <summary>What a fact-checker sees through a preview link: the newest draft.</summary>
public sealed record DraftPreview(int ArticleId, string Slug, int Version, ArticleDraft Draft, DateTime ExpiresAt);

/// <summary>
/// Shareable, revocable links to an article's newest draft for people without an account.
/// The token is 256 random bits; only its hash is stored.
/// </summary>
public sealed class PreviewLinkService(ContentDbContext db, ArticleEditingService editing, TimeProvider time)
{
    /// <summary>How long a link works unless revoked.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Creates a link and returns its token (shown once), or null when the article is not the user's.</summary>
    public async Task<string?> CreateAsync(EditorAccess access, int articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var article = await editing.LoadEditableAsync(access, articleId, tracked: false, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var token = SecretTokens.New();
        var now = Now;
        db.PreviewLinks.Add(new PreviewLink
        {
            ItemType = ContentItemType.Article,
            ItemId = articleId,
            TokenHash = SecretTokens.Hash(token),
            CreatedBy = access.DisplayName,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        });
        db.AuditEntries.Add(editing.Audit(access, "article.preview.create", article, null));
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The article's links, newest first; null when the article is not the user's.</summary>
    public async Task<IReadOnlyList<PreviewLinkRow>?> ListAsync(EditorAccess access, int articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (await editing.LoadEditableAsync(access, articleId, tracked: false, cancellationToken) is null)
        {
            return null;
        }

        return await db.PreviewLinks.AsNoTracking()
            .Where(p => p.ItemType == ContentItemType.Article && p.ItemId == articleId)
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => new PreviewLinkRow(p.Id, p.CreatedBy, p.CreatedAt, p.ExpiresAt, p.RevokedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Stops a link from working.</summary>
    public async Task<EditStatus> RevokeAsync(EditorAccess access, int articleId, int linkId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var article = await editing.LoadEditableAsync(access, articleId, tracked: false, cancellationToken);
        var link = article is null ? null : await db.PreviewLinks
            .FirstOrDefaultAsync(p => p.Id == linkId && p.ItemType == ContentItemType.Article && p.ItemId == articleId, cancellationToken);
        if (link is null)
        {
            return EditStatus.NotFound;
        }

        link.RevokedAt ??= Now;
        db.AuditEntries.Add(editing.Audit(access, "article.preview.revoke", article!, $"länk {linkId}"));
        await db.SaveChangesAsync(cancellationToken);
        return EditStatus.Done;
    }

    /// <summary>The newest draft behind a token, or null when the token is unknown, expired or revoked.</summary>
    public async Task<DraftPreview?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return null;
        }

        var hash = SecretTokens.Hash(token);
        var now = Now;
        var link = await db.PreviewLinks.AsNoTracking()
            .FirstOrDefaultAsync(p => p.TokenHash == hash && p.RevokedAt == null && p.ExpiresAt > now, cancellationToken);
        if (link is null)
        {
            return null;
        }

        var article = await db.Articles.AsNoTracking().Include(a => a.Texts).Include(a => a.Kommuner).Include(a => a.Terms).AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == link.ItemId, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var latest = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ItemType == ContentItemType.Article && v.ItemId == article.Id)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);
        var draft = latest is null ? ArticleDraft.FromArticle(article) : ArticleDraft.FromJson(latest.Data);
        return new DraftPreview(article.Id, article.Slug, latest?.Number ?? 0, draft, link.ExpiresAt);
    }
}
