using Halsoportal.Content.Rendering;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Pages;

/// <summary>A page ready to render.</summary>
public sealed record PageView(string Slug, string Title, string? Ingress, string BodyHtml, DateOnly Updated);

/// <summary>Reads the site's own pages.</summary>
public sealed class PageService(ContentDbContext db, MarkdownRenderer renderer)
{
    /// <summary>The page with that slug, or null.</summary>
    public async Task<PageView?> GetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        return page is null ? null : View(page);
    }

    /// <summary>Every page, ordered by slug.</summary>
    public async Task<IReadOnlyList<PageView>> ListAsync(CancellationToken cancellationToken)
    {
        var pages = await db.Pages.AsNoTracking().OrderBy(p => p.Slug).ToListAsync(cancellationToken);
        return [.. pages.Select(View)];
    }

    private PageView View(Page page) => new(page.Slug, page.Title, page.Ingress, renderer.Render(page.Body), page.Updated);
}
