using Halsoportal.Content.Editing;
using Halsoportal.Content.Rendering;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Preview;

/// <summary>
/// A draft shown through a preview link, for someone without an account. Not indexed, not cached,
/// no referrer sent onwards (the token is in the URL), and no cookies, like every resident page.
/// </summary>
public sealed class PreviewModel(PreviewLinkService links, MarkdownRenderer markdown) : SitePageModel
{
    public DraftPreview Draft { get; private set; } = null!;

    public string BodyHtml { get; private set; } = "";

    public string? EasyReadBodyHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var draft = await links.FindAsync(token, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        Draft = draft;
        BodyHtml = markdown.Render(draft.Draft.Body);
        EasyReadBodyHtml = draft.Draft.EasyReadBody is { } easy ? markdown.Render(easy) : null;
        Title = $"Förhandsvisning: {draft.Draft.Title}";
        Discovery = null;
        return Page();
    }
}
