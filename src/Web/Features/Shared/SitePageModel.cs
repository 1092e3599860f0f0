using Halsoportal.Content.Kommuner;
using Halsoportal.Web.Features.Discovery;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Halsoportal.Web.Features.Shared;

/// <summary>What the layout needs from every page: its title and, when chosen, the resident's kommun.</summary>
public abstract class SitePageModel : PageModel
{
    /// <summary>The page's own title; the layout adds the site name. Starts with "Fel:" when the page shows errors.</summary>
    public string Title { get; protected set; } = "Hälsoportal";

    /// <summary>A short summary for search engines and link previews.</summary>
    public string? Description { get; protected set; }

    /// <summary>The kommun the page is about, shown in the header.</summary>
    public KommunRef? Kommun { get; protected set; }

    /// <summary>Breadcrumb trail, the current page last.</summary>
    public IReadOnlyList<Crumb> Breadcrumbs { get; protected set; } = [];

    /// <summary>
    /// Canonical address, Open Graph link preview, feed and schema.org JSON-LD, rendered by the
    /// layout. Null keeps the page out of search engines and link previews (errors, previews).
    /// </summary>
    public PageDiscovery? Discovery { get; protected set; } = new();

    /// <summary>The language of the page's content (BCP 47): <c>&lt;html lang&gt;</c>. Swedish unless a page says otherwise.</summary>
    public string Language { get; protected set; } = Halsoportal.Content.Languages.SiteLanguages.SwedishCode;

    /// <summary>"rtl" for right-to-left content, otherwise "ltr": <c>&lt;html dir&gt;</c>.</summary>
    public string Dir => Halsoportal.Content.Languages.SiteLanguages.DirOf(Language);

    /// <summary>The interface text for this page: English on English pages, Swedish otherwise.</summary>
    public ChromeText Chrome => ChromeText.For(Language);

    /// <summary>
    /// The <c>lang</c> attribute for interface text and other Swedish passages inside the page: null
    /// (inherit) when they are in the page's language, otherwise their own.
    /// </summary>
    public string? ChromeLang => Chrome.Language == Language ? null : Chrome.Language;

    /// <summary>The <c>dir</c> attribute that goes with <see cref="ChromeLang"/>: "ltr" inside a right-to-left page.</summary>
    public string? ChromeDir => ChromeLang is not null && Dir == "rtl" ? "ltr" : null;

    /// <summary><c>lang</c> for a Swedish passage (names, local text) inside this page; null on Swedish pages.</summary>
    public string? SwedishLang => Language == Halsoportal.Content.Languages.SiteLanguages.SwedishCode ? null : Halsoportal.Content.Languages.SiteLanguages.SwedishCode;

    /// <summary><c>dir</c> for a Swedish passage inside a right-to-left page.</summary>
    public string? SwedishDir => SwedishLang is not null && Dir == "rtl" ? "ltr" : null;

    /// <summary>
    /// A 404 that is still this page, in its "not in that language" state: it names the language asked for and
    /// offers the versions that exist, so a language switch or an old link never ends in a dead end.
    /// </summary>
    protected PageResult LanguageMissingPage()
    {
        Title = "Språket finns inte";
        Discovery = null;
        var page = Page();
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }
}

/// <summary>One step in the breadcrumb trail; <see cref="Url"/> is null for the current page.</summary>
/// <param name="Text">What the step says.</param>
/// <param name="Url">Where it leads; null for the current page.</param>
/// <param name="Lang">The step's language when it differs from the breadcrumb trail's (an article title in Finnish).</param>
public sealed record Crumb(string Text, string? Url, string? Lang = null);
