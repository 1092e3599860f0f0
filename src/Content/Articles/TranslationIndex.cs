using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Articles;

/// <summary>One translated text in a list: its title and ingress in the language, and the article's slug.</summary>
public sealed record TranslatedArticle(string Slug, string Title, string Ingress);

/// <summary>
/// What residents of a kommun can read in other languages than Swedish: the published translations of
/// the articles shown in the kommun (its own, its region's and national ones, through
/// <see cref="ArticleVisibility"/>), and the minority languages of the förvaltningsområden it belongs to.
/// </summary>
public sealed class TranslationIndex(ContentDbContext db, TimeProvider time)
{
    /// <summary>The languages (codes) the kommun's articles are translated into.</summary>
    public async Task<IReadOnlyList<string>> LanguagesAsync(KommunRef kommun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        return await Visible(kommun)
            .SelectMany(a => a.Texts)
            .Where(t => t.Language != ArticleText.Swedish)
            .Select(t => t.Language)
            .Distinct()
            .ToListAsync(cancellationToken);
    }

    /// <summary>The kommun's articles in <paramref name="language"/>, by title in that language's order.</summary>
    public async Task<IReadOnlyList<TranslatedArticle>> InLanguageAsync(KommunRef kommun, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        var texts = await Visible(kommun)
            .SelectMany(a => a.Texts.Where(t => t.Language == language && !t.IsEasyRead), (a, t) => new TranslatedArticle(a.Slug, t.Title, t.Ingress))
            .ToListAsync(cancellationToken);
        var comparer = StringComparer.Create(CultureOf(language), ignoreCase: false);
        return [.. texts.OrderBy(t => t.Title, comparer)];
    }

    /// <summary>
    /// The national minority languages the kommun has duties in as part of a förvaltningsområde (finska, meänkieli,
    /// the Sami languages it chose), as codes.
    /// </summary>
    public async Task<IReadOnlyList<string>> AreaLanguagesAsync(KommunRef kommun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        var areas = await db.Kommuner.AsNoTracking().Where(k => k.Code == kommun.Code)
            .Select(k => new { k.MinorityLanguageAreas, k.SamiLanguages })
            .FirstOrDefaultAsync(cancellationToken);
        return areas is null ? [] : [.. MinorityLanguages.Required(areas.MinorityLanguageAreas, areas.SamiLanguages).Select(l => l.Code)];
    }

    private IQueryable<Article> Visible(KommunRef kommun) =>
        db.Articles.AsNoTracking()
            .Where(ArticleVisibility.IsPublished(time.GetUtcNow().UtcDateTime))
            .Where(ArticleVisibility.IsVisibleIn(kommun.Code, kommun.RegionCode));

    // Culture names the runtime does not know (meänkieli "fit") sort by the invariant culture.
    private static System.Globalization.CultureInfo CultureOf(string language)
    {
        try
        {
            return System.Globalization.CultureInfo.GetCultureInfo(language);
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return System.Globalization.CultureInfo.InvariantCulture;
        }
    }
}
