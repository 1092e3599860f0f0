using Halsoportal.Content.Pages;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.SitePages;

/// <summary>The site's own pages: privacy and about (the accessibility statement has its own page, Features/Accessibility).</summary>
public sealed class SitePageModel(PageService pages) : Shared.SitePageModel
{
    public PageView Shown { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await pages.GetAsync(slug, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        Shown = page;
        Title = page.Title;
        Description = page.Ingress;
        Breadcrumbs = [new("Start", "/"), new(page.Title, null)];
        Discovery = new() { CanonicalPath = $"/{page.Slug}", Schema = new WebPageSchema(page.Slug == "om" ? "AboutPage" : "WebPage") { Modified = page.Updated } };
        return Page();
    }
}
