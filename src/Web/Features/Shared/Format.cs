using Halsoportal.Content;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Kommuner;

namespace Halsoportal.Web.Features.Shared;

/// <summary>How dates, scopes and URLs read to residents.</summary>
public static class Format
{
    /// <summary>"14 september 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", SwedishText.Culture);

    /// <summary>"september 2027".</summary>
    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", SwedishText.Culture);

    /// <summary>Machine-readable date for &lt;time datetime&gt;.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The heading of a group of articles on a kommun or topic page.</summary>
    public static string GroupHeading(ArticleGroup group, KommunRef? kommun) => group.Scope switch
    {
        ArticleScope.Kommuner => kommun is null ? "Lokalt" : $"Från {kommun.Name}",
        ArticleScope.Region => $"Från {group.RegionOrganisation}",
        _ => "För hela Sverige",
    };

    /// <summary>Who an article is for: "Gäller Sundsvall", "Gäller hela Region Västernorrland", "Gäller hela Sverige".</summary>
    public static string Applies(ArticleView article) => article.Scope switch
    {
        ArticleScope.Kommuner => $"Gäller {JoinNames(article.KommunNames)}",
        ArticleScope.Region => $"Gäller hela {article.RegionOrganisation}",
        _ => "Gäller hela Sverige",
    };

    /// <summary>URL of an article, inside the kommun when one is chosen.</summary>
    public static string ArticleUrl(string slug, string? kommunSlug, bool easyRead = false) =>
        (kommunSlug is null ? $"/artikel/{slug}" : $"/{kommunSlug}/{slug}") + (easyRead ? "/lattlast" : "");

    /// <summary>URL of an article's text in <paramref name="language"/>: Swedish at the article's own address, a translation one segment deeper (<c>…/fi</c>).</summary>
    public static string ArticleUrl(string slug, string? kommunSlug, string language, bool easyRead = false) =>
        language == Halsoportal.Content.Articles.ArticleText.Swedish
            ? ArticleUrl(slug, kommunSlug, easyRead)
            : ArticleUrl(slug, kommunSlug) + "/" + language;

    /// <summary>URL of a site page's text (<c>/om</c>): lättläst at <c>/om/lattlast</c>, a translation at <c>/om/fi</c>.</summary>
    public static string SitePageUrl(string slug, string language, bool easyRead = false) =>
        language == Halsoportal.Content.Articles.ArticleText.Swedish
            ? $"/{slug}" + (easyRead ? "/lattlast" : "")
            : $"/{slug}/{language}";

    /// <summary>URL of a topic page, inside the kommun when one is chosen.</summary>
    public static string TopicUrl(string topic, string? kommunSlug) =>
        kommunSlug is null ? $"/amne/{topic}" : $"/{kommunSlug}/amne/{topic}";

    /// <summary>"Aneby, Eksjö och Nässjö".</summary>
    public static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => $"{string.Join(", ", names.Take(names.Count - 1))} och {names[^1]}",
    };
}
