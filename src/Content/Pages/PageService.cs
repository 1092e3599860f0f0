using Halsoportal.Content.Articles;
using Halsoportal.Content.Rendering;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Pages;

/// <summary>A page ready to render.</summary>
public sealed record PageView(string Slug, string Title, string? Ingress, string BodyHtml, DateOnly Updated)
{
    /// <summary>The language of the text (BCP 47); lättläst is Swedish.</summary>
    public string Language { get; init; } = ArticleText.Swedish;

    /// <summary>The lättläst text.</summary>
    public bool IsEasyRead { get; init; }

    /// <summary>Every published version of the page: Swedish, lättläst and each translation, in <see cref="ArticleVersionRef.Ordered"/> order.</summary>
    public IReadOnlyList<ArticleVersionRef> Versions { get; init; } = [];

    /// <summary>The page has a lättläst text.</summary>
    public bool HasEasyRead => Versions.Any(v => v.IsEasyRead);
}

/// <summary>
/// A page in one language and reading level: <see cref="Page"/> when it exists; otherwise, when the
/// page exists in other versions, <see cref="Missing"/> says which (both null: no such page).
/// </summary>
public sealed record PageLookup(PageView? Page, MissingText? Missing);

/// <summary>Reads the site's own pages.</summary>
public sealed class PageService(ContentDbContext db, MarkdownRenderer renderer)
{
    /// <summary>The page with that slug in Swedish, or null.</summary>
    public async Task<PageView?> GetAsync(string slug, CancellationToken cancellationToken) =>
        (await GetAsync(slug, ArticleText.Swedish, easyRead: false, cancellationToken)).Page;

    /// <summary>
    /// The page's text in <paramref name="language"/> (lättläst exists in Swedish only), or what the
    /// page has instead, so the resident meets alternatives rather than a dead end.
    /// </summary>
    public async Task<PageLookup> GetAsync(string slug, string language, bool easyRead, CancellationToken cancellationToken)
    {
        var page = await db.Pages.AsNoTracking().Include(p => p.Texts).FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (page is null)
        {
            return new PageLookup(null, null);
        }

        var versions = ArticleVersionRef.Ordered([new(ArticleText.Swedish, false), .. page.Texts.Select(t => new ArticleVersionRef(t.Language, t.IsEasyRead))]);
        if (language == ArticleText.Swedish && !easyRead)
        {
            return new PageLookup(new PageView(page.Slug, page.Title, page.Ingress, renderer.Render(page.Body), page.Updated) { Versions = versions }, null);
        }

        var text = page.Texts.FirstOrDefault(t => t.Language == language && t.IsEasyRead == easyRead);
        return text is null
            ? new PageLookup(null, new MissingText(page.Slug, page.Title, versions))
            : new PageLookup(new PageView(page.Slug, text.Title, text.Ingress, renderer.Render(text.Body), page.Updated) { Language = text.Language, IsEasyRead = easyRead, Versions = versions }, null);
    }

    /// <summary>Every page in Swedish, ordered by slug.</summary>
    public async Task<IReadOnlyList<PageView>> ListAsync(CancellationToken cancellationToken)
    {
        var pages = await db.Pages.AsNoTracking().OrderBy(p => p.Slug).ToListAsync(cancellationToken);
        return [.. pages.Select(page => new PageView(page.Slug, page.Title, page.Ingress, renderer.Render(page.Body), page.Updated))];
    }
}
