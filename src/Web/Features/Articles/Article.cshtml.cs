using Halsoportal.Content.Articles;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.Kommuner;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Halsoportal.Web.Features.Articles;

/// <summary>
/// An article at <c>/{kommun}/{slug}</c> or, for national and regional articles, <c>/artikel/{slug}</c>;
/// its lättläst text one segment deeper (<c>…/lattlast</c>).
/// </summary>
public sealed class ArticleModel(KommunService kommuner, ArticleService articles, ContactPointFinder contactPoints) : SitePageModel
{
    public const string EasyReadSegment = Halsoportal.Web.Features.Articles.LanguageChoice.EasyReadSegment;

    /// <summary>How many contact points "Här får du hjälp" shows before linking to the finder.</summary>
    public const int HelpCount = 4;

    /// <summary>"Här får du hjälp i [kommun]": contact points linked to the article's topics, open ones first.</summary>
    public IReadOnlyList<FinderHit> Help { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public ArticleView Article { get; private set; } = null!;

    /// <summary>Set on the 404 for a language or reading level the article does not have: what it has instead.</summary>
    public MissingText? Missing { get; private set; }

    /// <summary>The language switch: every version of the article, the current one marked.</summary>
    public IReadOnlyList<LanguageChoice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? kommun, string slug, string? variant, CancellationToken cancellationToken)
    {
        if (kommun is not null && (Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken)) is null)
        {
            return NotFound();
        }

        if (variant == ArticleText.Swedish)
        {
            // Swedish lives at the article's own address; one address per text.
            return RedirectPermanent(Format.ArticleUrl(slug, Kommun?.Slug));
        }

        // ".../lattlast" is Swedish lättläst; ".../fi" a translation; anything else is asked for and answered below.
        var easyRead = variant == EasyReadSegment;
        var language = variant is null || easyRead ? ArticleText.Swedish : variant;
        var lookup = await articles.GetArticleAsync(slug, Kommun, language, easyRead, cancellationToken);
        switch (lookup.Status)
        {
            case ArticleLookupStatus.BelongsToKommun:
                return RedirectPermanent(variant is null || easyRead ? Format.ArticleUrl(slug, lookup.KommunSlug, easyRead) : Format.ArticleUrl(slug, lookup.KommunSlug, language));
            case ArticleLookupStatus.NotFound:
                return NotFound();
            case ArticleLookupStatus.TextMissing when lookup.Missing is { } missing:
                return ShowMissing(missing, variant!);
            case ArticleLookupStatus.TextMissing:
                return NotFound();
        }

        Article = lookup.Article!;
        Language = Article.Language;
        var kommunSlug = Kommun?.Slug;
        Choices = LanguageChoice.For(Article.Slug, kommunSlug, Article.Versions, current: new(Article.Language, easyRead));
        if (Kommun is not null)
        {
            Now = contactPoints.Now;
            Help = await contactPoints.ForTopicsAsync(Kommun, Article.Topics.Select(t => t.Slug), HelpCount, cancellationToken);
        }

        Title = Article.Title + (easyRead ? " (lättläst)" : "");
        Description = Article.Ingress;
        var topic = Article.Topics.Count > 0 ? Article.Topics[0] : null;

        // Names of kommuner and topics are Swedish; on an English page the trail around them is English.
        var namesLang = Chrome.Language == ArticleText.Swedish ? null : ArticleText.Swedish;
        Breadcrumbs =
        [
            new(Chrome["Start"], "/"),
            .. Kommun is null ? Array.Empty<Crumb>() : [new Crumb(Kommun.Name, $"/{Kommun.Slug}", namesLang)],
            .. topic is null ? Array.Empty<Crumb>() : [new Crumb(topic.Name, Format.TopicUrl(topic.Slug, kommunSlug), namesLang)],
            new(Article.Title, null, Chrome.Language == Language ? null : Language),
        ];

        // A local article is at home in each of its kommuner; national and regional ones at /artikel/.
        var canonicalKommun = Article.Scope == ArticleScope.Kommuner ? kommunSlug : null;
        Discovery = new()
        {
            CanonicalPath = Format.ArticleUrl(slug, canonicalKommun, Language, easyRead),
            Schema = new ArticleSchema(Article, Kommun),

            // hreflang names languages; lättläst is a reading level of Swedish and stands alone.
            Alternates = easyRead
                ? [new(ArticleText.Swedish, Format.ArticleUrl(slug, canonicalKommun, easyRead: true))]
                : [.. Article.Versions.Where(v => !v.IsEasyRead).Select(v => new LanguageAlternate(v.Language, Format.ArticleUrl(slug, canonicalKommun, v.Language)))],
        };
        return Page();
    }

    /// <summary>A 404 that is no dead end: it names the language asked for and links to what the article has.</summary>
    private PageResult ShowMissing(MissingText missing, string variant)
    {
        Missing = missing;
        Choices = LanguageChoice.For(missing.Slug, Kommun?.Slug, missing.Versions, current: null);
        Title = "Sidan finns inte";
        Discovery = null;
        Breadcrumbs =
        [
            new("Start", "/"),
            .. Kommun is null ? Array.Empty<Crumb>() : [new Crumb(Kommun.Name, $"/{Kommun.Slug}")],
            new(missing.SwedishTitle, Format.ArticleUrl(missing.Slug, Kommun?.Slug)),
        ];
        AskedFor = Halsoportal.Content.Languages.SiteLanguages.Find(variant);
        AskedForEasyRead = variant == EasyReadSegment;
        var page = Page();
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }

    /// <summary>On the 404: the language asked for, when it is one the site knows.</summary>
    public Halsoportal.Content.Languages.SiteLanguage? AskedFor { get; private set; }

    /// <summary>On the 404: lättläst was asked for.</summary>
    public bool AskedForEasyRead { get; private set; }
}
