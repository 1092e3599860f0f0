using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Halsoportal.Web.Features.Articles;

/// <summary>
/// An article at <c>/{kommun}/{slug}</c> or, for national and regional articles, <c>/artikel/{slug}</c>;
/// its lättläst text one segment deeper (<c>…/lattlast</c>).
/// </summary>
public sealed class ArticleModel(KommunService kommuner, ArticleService articles) : SitePageModel
{
    public const string EasyReadSegment = "lattlast";

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
        return Page();
    }
}
