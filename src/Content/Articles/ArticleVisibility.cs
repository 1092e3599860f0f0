using System.Linq.Expressions;

namespace Halsoportal.Content.Articles;

/// <summary>
/// The scoping rules in one place, as expressions so that EF translates them to SQL and unit
/// tests can run the very same rule on plain objects.
/// </summary>
public static class ArticleVisibility
{
    /// <summary>Published on or before <paramref name="nowUtc"/>.</summary>
    public static Expression<Func<Article, bool>> IsPublished(DateTime nowUtc) =>
        a => a.PublishedAt != null && a.PublishedAt <= nowUtc;

    /// <summary>Shown to residents of a kommun: national, its region's, or its own.</summary>
    public static Expression<Func<Article, bool>> IsVisibleIn(string kommunCode, string regionCode) =>
        a => a.Scope == ArticleScope.National
            || (a.Scope == ArticleScope.Region && a.RegionCode == regionCode)
            || (a.Scope == ArticleScope.Kommuner && a.Kommuner.Any(k => k.Code == kommunCode));

    /// <summary>Shown without a kommun chosen: national and regional articles (local ones need their kommun).</summary>
    public static Expression<Func<Article, bool>> IsVisibleWithoutKommun() =>
        a => a.Scope == ArticleScope.National || a.Scope == ArticleScope.Region;
}
