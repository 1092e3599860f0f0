using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("sv")]

namespace Halsoportal.Web.Features.Shared;

/// <summary>
/// The interface text around the content (skip link, header, breadcrumbs, footer, the article's
/// review dates and language switch) from <c>Resources/ChromeText.resx</c> (Swedish) and its
/// translations (<c>ChromeText.en.resx</c>). A page in a language without interface text shows the
/// Swedish text, marked <c>lang="sv"</c> by the layout.
/// </summary>
public sealed class ChromeText
{
    private static readonly ResourceManager Resources = new("Halsoportal.Web.Features.Shared.Resources.ChromeText", typeof(ChromeText).Assembly);

    /// <summary>Languages with their own interface text; Swedish first.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["sv", "en"];

    public static ChromeText Swedish { get; } = new("sv");

    private static readonly ChromeText English = new("en");

    private readonly CultureInfo _culture;

    private ChromeText(string language)
    {
        Language = language;
        _culture = CultureInfo.GetCultureInfo(language);
    }

    /// <summary>The language this text is in: "sv" or "en".</summary>
    public string Language { get; }

    /// <summary>The interface text for a page in <paramref name="language"/>: English for English, Swedish otherwise.</summary>
    public static ChromeText For(string? language) => language == "en" ? English : Swedish;

    /// <summary>The text called <paramref name="key"/>; a missing key is a bug, so it throws.</summary>
    public string this[string key] =>
        Resources.GetString(key, _culture) ?? throw new InvalidOperationException($"ChromeText has no '{key}'.");

    /// <summary>The text called <paramref name="key"/> with its <c>{0}</c>, <c>{1}</c>… filled in, numbers written as this language writes them.</summary>
    public string Format(string key, params object?[] args) => string.Format(_culture, this[key], args);

    /// <summary>A date as this language writes it ("23 november 2026", "23 November 2026").</summary>
    public string Date(DateOnly date) => Language == "sv" ? Shared.Format.Date(date) : date.ToString("d MMMM yyyy", _culture);

    /// <summary>A month as this language writes it ("november 2027", "November 2027").</summary>
    public string Month(DateOnly date) => Language == "sv" ? Shared.Format.Month(date) : date.ToString("MMMM yyyy", _culture);
}
