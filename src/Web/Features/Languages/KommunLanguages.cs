using Halsoportal.Content.Articles;
using Halsoportal.Content.ContactPoints;
using Halsoportal.Content.Kommuner;
using Halsoportal.Content.Languages;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Articles;
using Halsoportal.Web.Features.Dialog;

namespace Halsoportal.Web.Features.Languages;

/// <summary>A language a kommun offers something in, and whether the kommun is in its förvaltningsområde.</summary>
public sealed record KommunLanguage(SiteLanguage Language, bool IsAreaLanguage);

/// <summary>Everything a kommun has in one language: its language page at <c>/{kommun}/sprak/{kod}</c>.</summary>
/// <param name="Language">The language.</param>
/// <param name="IsAreaLanguage">The kommun is part of the language's förvaltningsområde.</param>
/// <param name="Articles">Translated articles shown in the kommun.</param>
/// <param name="Dialogs">The kommun's public dialogs with a complete translation, in the language.</param>
/// <param name="ContactPoints">Contact points in the kommun whose staff speak the language.</param>
/// <param name="Others">Every language the kommun offers, this one included, for the language switch.</param>
public sealed record KommunLanguagePage(
    SiteLanguage Language,
    bool IsAreaLanguage,
    IReadOnlyList<TranslatedArticle> Articles,
    IReadOnlyList<Survey> Dialogs,
    IReadOnlyList<ContactPointView> ContactPoints,
    IReadOnlyList<KommunLanguage> Others)
{
    /// <summary>Something to read or do in the language, or a duty to say the resident's rights in it.</summary>
    public bool HasContent => IsAreaLanguage || Articles.Count > 0 || Dialogs.Count > 0;
}

/// <summary>
/// The languages other than Swedish a kommun's residents find something in: translated articles, dialogs
/// translated in full, and the minority languages of the kommun's förvaltningsområden (which come first).
/// The kommun page links to each, and each link leads to a page with content (never a dead end).
/// </summary>
public sealed class KommunLanguages(TranslationIndex translations, SurveyService surveys, ContactPointFinder finder, TimeProvider time)
{
    /// <summary>
    /// The language switch of the kommun page and its language pages: Svenska (the kommun page), then each language
    /// page. <paramref name="current"/> is the code on screen, "sv" on the kommun page.
    /// </summary>
    public static IReadOnlyList<LanguageChoice> Choices(KommunRef kommun, IReadOnlyList<KommunLanguage> languages, string current)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        ArgumentNullException.ThrowIfNull(languages);
        return
        [
            new LanguageChoice(SiteLanguages.Swedish.Endonym, $"/{kommun.Slug}", SiteLanguages.SwedishCode, "ltr", current == SiteLanguages.SwedishCode),
            .. languages.Select(l => new LanguageChoice(l.Language.Endonym, LanguagePaths.Kommun(kommun.Slug, l.Language.Code), l.Language.Code, l.Language.Dir, current == l.Language.Code)),
        ];
    }

    /// <summary>The kommun's languages: förvaltningsområde languages first, then the site's order.</summary>
    public async Task<IReadOnlyList<KommunLanguage>> ForKommunAsync(KommunRef kommun, IReadOnlyList<Survey> publicDialogs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        ArgumentNullException.ThrowIfNull(publicDialogs);
        return Offered(
            await translations.AreaLanguagesAsync(kommun, cancellationToken),
            (await translations.LanguagesAsync(kommun, cancellationToken)).Concat(publicDialogs.SelectMany(SurveyTranslations.CompleteLanguages)));
    }

    /// <summary>
    /// The rule both the pages and the sitemap use: a language is offered when the kommun is in its förvaltningsområde
    /// (<paramref name="areaLanguages"/>, listed first) or has texts or dialogs in it (<paramref name="contentLanguages"/>).
    /// </summary>
    public static IReadOnlyList<KommunLanguage> Offered(IReadOnlyCollection<string> areaLanguages, IEnumerable<string> contentLanguages)
    {
        ArgumentNullException.ThrowIfNull(areaLanguages);
        var offered = contentLanguages.ToHashSet(StringComparer.Ordinal);
        return [.. SiteLanguages.Translations
            .Where(l => areaLanguages.Contains(l.Code) || offered.Contains(l.Code))
            .OrderByDescending(l => areaLanguages.Contains(l.Code))
            .Select(l => new KommunLanguage(l, areaLanguages.Contains(l.Code)))];
    }

    /// <summary>The kommun's dialogs residents can open, with what a translation needs (questions, translations).</summary>
    public async Task<IReadOnlyList<Survey>> PublicDialogsAsync(KommunRef kommun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        return [.. DialogStage.Public(await surveys.ListAsync(kommun.Code, cancellationToken), time.GetUtcNow().UtcDateTime)];
    }

    /// <summary>The kommun's page in <paramref name="code"/>, or null when the code is not a translation language.</summary>
    public async Task<KommunLanguagePage?> PageAsync(KommunRef kommun, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommun);
        if (!SiteLanguages.IsTranslation(code))
        {
            return null;
        }

        var area = await translations.AreaLanguagesAsync(kommun, cancellationToken);
        var articles = await translations.InLanguageAsync(kommun, code, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var publicDialogs = await PublicDialogsAsync(kommun, cancellationToken);
        var dialogs = publicDialogs
            .Where(s => SurveyTranslations.IsComplete(s, code))
            .OrderByDescending(s => s.IsOpenAt(now)).ThenByDescending(s => s.ClosesAt)
            .Select(s => SurveyTranslations.Localize(s, code)!)
            .ToList();
        var points = LanguageNames.IsKnown(code)
            ? (await finder.FindAsync(kommun, new FinderQuery { Language = code }, cancellationToken)).Hits.Select(h => h.Point).ToList()
            : [];
        var others = await ForKommunAsync(kommun, publicDialogs, cancellationToken);
        return new KommunLanguagePage(SiteLanguages.Find(code)!, area.Contains(code), articles, dialogs, points, others);
    }
}
