using Halsoportal.Content.Articles;
using Halsoportal.Content.Languages;
using Halsoportal.Content.Pages;
using Halsoportal.Web.Features.Articles;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Halsoportal.Web.Features.SitePages;

/// <summary>
/// The site's own pages: privacy and about (the accessibility statement has its own page,
/// Features/Accessibility); their lättläst text at <c>/om/lattlast</c> and translations at
/// <c>/om/{sprak}</c>, with the same language switch and 404 as articles.
/// </summary>
public sealed class SitePageModel(PageService pages) : Shared.SitePageModel
{
    public PageView Shown { get; private set; } = null!;

    /// <summary>Set on the 404 for a language or reading level the page does not have: what it has instead.</summary>
    public MissingTextViewModel? Missing { get; private set; }

    /// <summary>The language switch: every version of the page, the current one marked.</summary>
    public IReadOnlyList<LanguageChoice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, string? variant, CancellationToken cancellationToken)
    {
        if (variant == ArticleText.Swedish)
        {
            // Swedish lives at the page's own address; one address per text.
            return RedirectPermanent(Format.SitePageUrl(slug, ArticleText.Swedish));
        }

        var easyRead = variant == LanguageChoice.EasyReadSegment;
        var language = variant is null || easyRead ? ArticleText.Swedish : variant;
        var lookup = await pages.GetAsync(slug, language, easyRead, cancellationToken);
        if (lookup.Missing is { } missing)
        {
            return ShowMissing(missing, variant!);
        }

        if (lookup.Page is not { } page)
        {
            return NotFound();
        }

        Shown = page;
        Language = page.Language;
        Choices = LanguageChoice.For(page.Versions, new(page.Language, easyRead), PathOf);
        Title = page.Title + (easyRead ? " (lättläst)" : "");
        Description = page.Ingress;
        Breadcrumbs = [new(Chrome["Start"], "/"), new(page.Title, null, Chrome.Language == Language ? null : Language)];

        // hreflang names languages; lättläst is a reading level of Swedish and stands alone.
        Discovery = new()
        {
            CanonicalPath = Format.SitePageUrl(page.Slug, page.Language, easyRead),
            Schema = new WebPageSchema(page.Slug == "om" ? "AboutPage" : "WebPage") { Modified = page.Updated },
            Alternates = easyRead
                ? [new(ArticleText.Swedish, Format.SitePageUrl(page.Slug, ArticleText.Swedish, easyRead: true))]
                : [.. page.Versions.Where(v => !v.IsEasyRead).Select(v => new LanguageAlternate(v.Language, Format.SitePageUrl(page.Slug, v.Language)))],
        };
        return Page();

        string PathOf(ArticleVersionRef version) => Format.SitePageUrl(page.Slug, version.Language, version.IsEasyRead);
    }

    /// <summary>A 404 that is no dead end: it names the language asked for and links to what the page has.</summary>
    private PageResult ShowMissing(MissingText missing, string variant)
    {
        Choices = LanguageChoice.For(missing.Versions, current: null, v => Format.SitePageUrl(missing.Slug, v.Language, v.IsEasyRead));
        Missing = new MissingTextViewModel(missing.SwedishTitle, SiteLanguages.Find(variant), variant == LanguageChoice.EasyReadSegment, new LanguageSwitchViewModel(Choices, Chrome, ChromeLang, ChromeDir));
        Title = "Sidan finns inte";
        Discovery = null;
        Breadcrumbs = [new("Start", "/"), new(missing.SwedishTitle, Format.SitePageUrl(missing.Slug, ArticleText.Swedish))];
        var result = Page();
        result.StatusCode = StatusCodes.Status404NotFound;
        return result;
    }
}
