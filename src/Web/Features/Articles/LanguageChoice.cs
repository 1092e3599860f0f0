using Halsoportal.Content.Articles;
using Halsoportal.Content.Languages;
using Halsoportal.Web.Features.Shared;

namespace Halsoportal.Web.Features.Articles;

/// <summary>
/// One link in an article's language switch: a version that exists, named in its own language
/// ("Suomi", "ייִדיש"), with the <c>lang</c>, <c>hreflang</c> and <c>dir</c> its link needs.
/// </summary>
/// <param name="Label">The name in the language itself; "Lättläst" for Swedish lättläst.</param>
/// <param name="Url">The version's address.</param>
/// <param name="Language">BCP 47 code of the version (lättläst is "sv").</param>
/// <param name="Dir">"rtl" or "ltr".</param>
/// <param name="IsCurrent">The version on screen.</param>
public sealed record LanguageChoice(string Label, string Url, string Language, string Dir, bool IsCurrent)
{
    /// <summary>The last URL segment of a lättläst text.</summary>
    public const string EasyReadSegment = "lattlast";

    /// <summary>
    /// The switch for an article with these <paramref name="versions"/> (only versions that are
    /// published, so no link leads nowhere): Svenska, Lättläst, then each translation.
    /// </summary>
    public static IReadOnlyList<LanguageChoice> For(string slug, string? kommunSlug, IReadOnlyList<ArticleVersionRef> versions, ArticleVersionRef? current) =>
        For(versions, current, v => Format.ArticleUrl(slug, kommunSlug, v.Language, v.IsEasyRead));

    /// <summary>The switch for any text with these <paramref name="versions"/>, each at the address <paramref name="url"/> gives it (a site page's).</summary>
    public static IReadOnlyList<LanguageChoice> For(IReadOnlyList<ArticleVersionRef> versions, ArticleVersionRef? current, Func<ArticleVersionRef, string> url)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(url);
        return [.. versions.Select(v =>
        {
            var language = SiteLanguages.Find(v.Language) ?? SiteLanguages.Swedish;
            var label = v.IsEasyRead ? "Lättläst" : language.Endonym;
            return new LanguageChoice(label, url(v), language.Code, language.Dir, v == current);
        })];
    }
}

/// <summary>
/// The 404 for a language or reading level a text lacks: the text's Swedish title, what was asked
/// for (a known language, lättläst, or an address that is neither) and the versions it has.
/// </summary>
public sealed record MissingTextViewModel(string SwedishTitle, SiteLanguage? AskedFor, bool AskedForEasyRead, LanguageSwitchViewModel Switch);

/// <summary>What the language switch partial needs: the choices, the interface text, and the switch's own <c>lang</c>/<c>dir</c> when it differs from the page's.</summary>
public sealed record LanguageSwitchViewModel(IReadOnlyList<LanguageChoice> Choices, ChromeText Text, string? Lang, string? Dir);
