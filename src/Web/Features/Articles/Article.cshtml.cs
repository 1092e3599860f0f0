using Halsoportal.Content.Articles;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.Kommuner;
using Halsoportal.Web.Features.Discovery;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Articles;

/// <summary>
/// An article at <c>/{kommun}/{slug}</c> or, for national and regional articles, <c>/artikel/{slug}</c>;
/// its lättläst text one segment deeper (<c>…/lattlast</c>).
/// </summary>
public sealed class ArticleModel(KommunService kommuner, ArticleService articles, ContactPointFinder contactPoints) : SitePageModel
{
    public const string EasyReadSegment = "lattlast";

    /// <summary>How many contact points "Här får du hjälp" shows before linking to the finder.</summary>
    public const int HelpCount = 4;

    /// <summary>"Här får du hjälp i [kommun]": contact points linked to the article's topics, open ones first.</summary>
    public IReadOnlyList<FinderHit> Help { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public ArticleView Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? kommun, string slug, string? variant, CancellationToken cancellationToken)
    {
        if (variant is not null && variant != EasyReadSegment)
        {
            return NotFound();
        }

        if (kommun is not null && (Kommun = await kommuner.FindBySlugAsync(kommun, cancellationToken)) is null)
        {
            return NotFound();
        }

        var easyRead = variant is not null;
        var lookup = await articles.GetArticleAsync(slug, Kommun, easyRead, cancellationToken);
        switch (lookup.Status)
        {
            case ArticleLookupStatus.BelongsToKommun:
                return RedirectPermanent(Format.ArticleUrl(slug, lookup.KommunSlug, easyRead));
            case ArticleLookupStatus.NotFound:
                return NotFound();
        }

        Article = lookup.Article!;
        if (Kommun is not null)
        {
            Now = contactPoints.Now;
            Help = await contactPoints.ForTopicsAsync(Kommun, Article.Topics.Select(t => t.Slug), HelpCount, cancellationToken);
        }

        Title = Article.Title + (easyRead ? " (lättläst)" : "");
        Description = Article.Ingress;
        var topic = Article.Topics.Count > 0 ? Article.Topics[0] : null;
        Breadcrumbs =
        [
            new("Start", "/"),
            .. Kommun is null ? Array.Empty<Crumb>() : [new Crumb(Kommun.Name, $"/{Kommun.Slug}")],
            .. topic is null ? Array.Empty<Crumb>() : [new Crumb(topic.Name, Format.TopicUrl(topic.Slug, Kommun?.Slug))],
            new(Article.Title, null),
        ];
        Discovery = new()
        {
            // A local article is at home in each of its kommuner; national and regional ones at /artikel/.
            CanonicalPath = Format.ArticleUrl(slug, Article.Scope == ArticleScope.Kommuner ? Kommun?.Slug : null, easyRead),
            Schema = new ArticleSchema(Article, Kommun),
        };
        return Page();
    }
}
