using Halsoportal.Content.Articles;
using Halsoportal.Content.Publishing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Editing;

/// <summary>An article's newest saved version, with the article it belongs to.</summary>
/// <param name="Article">The article as stored (its published state, untracked).</param>
/// <param name="Draft">The newest version's fields; the published state when the article has no versions yet.</param>
/// <param name="Version">The newest version's number; 0 when there is none.</param>
public sealed record NewestDraft(Article Article, ArticleDraft Draft, int Version);

/// <summary>
/// Reads the newest draft of an article, whoever asks: callers decide who may see it (the
/// delivery API's draft preview checks an API key for the owning kommun first).
/// </summary>
public sealed class ArticleDraftReader(ContentDbContext db)
{
    /// <summary>The newest version of article <paramref name="id"/>, or null when there is no such article.</summary>
    public async Task<NewestDraft?> NewestAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Include(a => a.Texts).Include(a => a.Kommuner).Include(a => a.Terms).AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var latest = await db.ContentVersions.AsNoTracking().Of(ContentItemType.Article, id)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.Data })
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null
            ? new NewestDraft(article, ArticleDraft.FromArticle(article), 0)
            : new NewestDraft(article, ArticleDraft.FromJson(latest.Data), latest.Number);
    }
}
