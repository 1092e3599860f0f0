using Halsoportal.Content;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Media;
using Halsoportal.Content.Rendering;
using Halsoportal.Content.Taxonomy;
using Halsoportal.Media.Processing;
using Halsoportal.Media.Storage;
using Halsoportal.Web.Features.Media;
using Halsoportal.Web.Features.Shared;

namespace Halsoportal.Web.Features.Api;

/// <summary>How one answer renders its articles.</summary>
/// <param name="Language">The language of the text to give (BCP 47).</param>
/// <param name="EasyRead">Give the lättläst text.</param>
/// <param name="Full">Include the body (HTML and plain text).</param>
/// <param name="Kommun">The kommun asked for with <c>municipality</c>, for its page address.</param>
internal sealed record ArticleRendering(string Language, bool EasyRead, bool Full, KommunRef? Kommun);

/// <summary>
/// The names an article answer needs (kommuner, län, terms, images), read once per request, and
/// the one mapping from <see cref="ArticleSource"/> to <see cref="ArticleDto"/>.
/// </summary>
internal sealed class ArticleApiContext
{
    /// <summary>The largest rendition offered as <see cref="ImageDto.Url"/>: enough for a phone or a card.</summary>
    private const int ImageWidth = 960;

    private readonly Dictionary<string, KommunRef> _kommuner;
    private readonly Dictionary<string, RegionListing> _regions;
    private readonly Dictionary<string, TermRef> _terms;
    private readonly IReadOnlyDictionary<int, MediaItem> _media;
    private readonly MarkdownRenderer _renderer;

    private ArticleApiContext(IReadOnlyList<RegionListing> regions, ILookup<TaxonomyKind, TermRef> vocabularies, IReadOnlyDictionary<int, MediaItem> media, MarkdownRenderer renderer)
    {
        _regions = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        _kommuner = regions.SelectMany(r => r.Kommuner).ToDictionary(k => k.Code, StringComparer.Ordinal);
        _terms = vocabularies.SelectMany(g => g.Select(t => (Key: ArticleDraft.TermKey(g.Key, t.Slug), Term: t))).ToDictionary(p => p.Key, p => p.Term, StringComparer.Ordinal);
        _media = media;
        _renderer = renderer;
    }

    public static async Task<ArticleApiContext> LoadAsync(
        ArticleApiServices services, IReadOnlyList<RegionListing> regions, IEnumerable<ArticleSource> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var vocabularies = await services.Articles.GetVocabulariesAsync(cancellationToken);
        var imageIds = sources.Select(s => s.ImageMediaId).OfType<int>().Distinct().ToList();
        var media = await services.Published.MediaAsync(imageIds, cancellationToken);
        return new ArticleApiContext(regions, vocabularies, media, services.Renderer);
    }

    /// <summary>The article as the API shows it; null when it has no text in the language and reading level asked for.</summary>
    public ArticleDto? Map(ArticleSource source, ArticleRendering rendering, LocalAddition? addition = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(rendering);
        var text = source.TextIn(rendering.Language, rendering.EasyRead);
        if (text is null)
        {
            return null;
        }

        var kommuner = source.KommunCodes.Select(c => _kommuner.GetValueOrDefault(c)).OfType<KommunRef>().OrderBy(k => k.Name, SwedishText.Comparer).ToList();
        var home = source.Scope == ArticleScope.Kommuner ? kommuner.FirstOrDefault()?.Slug : null;
        var regionCode = source.Scope switch
        {
            ArticleScope.Region => source.RegionCode,
            ArticleScope.Kommuner => kommuner.FirstOrDefault()?.RegionCode,
            _ => null,
        };
        var html = rendering.Full ? _renderer.Render(text.Body) : null;
        return new ArticleDto(
            source.Id,
            source.Slug,
            ScopeOf(source.Scope),
            regionCode is not null && _regions.TryGetValue(regionCode, out var region) ? new RegionRefDto(region.Code, region.Name, region.OrganisationName) : null,
            [.. kommuner.Select(CatalogApi.RefOf)],
            Terms(source, TaxonomyKind.Topic),
            Terms(source, TaxonomyKind.LifeSituation),
            Terms(source, TaxonomyKind.Arena),
            text.Language,
            text.IsEasyRead,
            text.Title,
            text.Ingress,
            html,
            html is null ? null : HtmlText.ToPlainText(html),
            source.LastReviewed,
            source.NextReview,
            source.ResponsibleUnit,
            source.PublishedAt is { } published ? Utc(published) : null,
            Utc(source.UpdatedAt),
            // A translation has its own page; Swedish (standard or lättläst) keeps the article's canonical page.
            text.IsEasyRead ? Format.ArticleUrl(source.Slug, home) : Format.ArticleUrl(source.Slug, home, text.Language),
            rendering.Kommun is { } kommun ? Format.ArticleUrl(source.Slug, kommun.Slug, text.Language, text.IsEasyRead) : null,
            source.TextIn(ArticleText.Swedish, easyRead: true) is null ? null : Format.ArticleUrl(source.Slug, home, easyRead: true),
            [.. source.Texts.Select(t => t.Language).Distinct().Order(StringComparer.Ordinal)],
            source.ImageMediaId is { } imageId ? Image(_media.GetValueOrDefault(imageId)) : null,
            addition is null || rendering.Kommun is null ? null : LocalAddition(addition, rendering.Kommun),
            source.PreviewVersion);
    }

    private static ApiArticleScope ScopeOf(ArticleScope scope) => scope switch
    {
        ArticleScope.Region => ApiArticleScope.Region,
        ArticleScope.Kommuner => ApiArticleScope.Municipality,
        _ => ApiArticleScope.National,
    };

    private List<TermRefDto> Terms(ArticleSource source, TaxonomyKind kind)
    {
        var prefix = ArticleDraft.TermKey(kind, "");
        return [.. source.TermKeys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => _terms.GetValueOrDefault(k))
            .OfType<TermRef>()
            .Select(t => new TermRefDto(t.Slug, t.Name))];
    }

    private LocalAdditionDto LocalAddition(LocalAddition addition, KommunRef kommun)
    {
        var html = _renderer.Render(addition.Body ?? "");
        return new LocalAdditionDto(CatalogApi.RefOf(kommun), addition.Heading ?? "", html, HtmlText.ToPlainText(html), addition.LastReviewed, addition.NextReview);
    }

    private static ImageDto? Image(MediaItem? item)
    {
        if (item is null || !MediaFileName.IsValidKey(item.FileKey))
        {
            return null;
        }

        var widths = ResponsiveImage.Widths(item);
        if (widths.Count == 0 || item.Width <= 0)
        {
            return null;
        }

        var width = widths.LastOrDefault(w => w <= ImageWidth, widths[0]);
        var height = (int)Math.Round((double)item.Height * width / item.Width);
        return new ImageDto(ResponsiveImage.Url(item, width, RenditionFormat.Jpeg), item.IsDecorative ? "" : item.AltText ?? "", item.IsDecorative, width, height, item.Credit);
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

/// <summary>The services an article answer reads from, injected as one parameter.</summary>
internal sealed record ArticleApiServices(KommunService Kommuner, ArticleService Articles, PublishedArticleService Published, MarkdownRenderer Renderer);
