namespace Halsoportal.Content.Languages;

/// <summary>Which way a language's script runs.</summary>
public enum TextDirection
{
    /// <summary>Left to right: <c>dir="ltr"</c>.</summary>
    LeftToRight,

    /// <summary>Right to left: <c>dir="rtl"</c> (Arabic, Persian, Pashto, Yiddish).</summary>
    RightToLeft,
}

/// <summary>
/// A language the site knows: for article translations and for the languages a contact point's staff speak.
/// </summary>
/// <param name="Code">BCP 47 tag as used in URLs and <c>lang</c> attributes ("fi", "fit", "yi").</param>
/// <param name="Endonym">The language's name in itself ("suomi", "ייִדיש"), for the language switch.</param>
/// <param name="SwedishName">The Swedish name, lower case as in running text ("finska").</param>
/// <param name="Direction">Script direction.</param>
/// <param name="IsNationalMinority">One of Sweden's national minority languages (lagen om nationella minoriteter och minoritetsspråk).</param>
public sealed record SiteLanguage(string Code, string Endonym, string SwedishName, TextDirection Direction, bool IsNationalMinority = false)
{
    /// <summary>"ltr" or "rtl", for the <c>dir</c> attribute.</summary>
    public string Dir => Direction == TextDirection.RightToLeft ? "rtl" : "ltr";

    /// <summary>True for right-to-left scripts.</summary>
    public bool IsRightToLeft => Direction == TextDirection.RightToLeft;
}

/// <summary>
/// The one list of languages: code, name in the language itself, Swedish name and direction.
/// Swedish is the source language of all content; every other language is a translation.
/// </summary>
/// <remarks>
/// Endonyms are the standard names the languages' own speakers use; the switch shows them with the
/// capital letter a list item takes ("Suomeksi" style phrases are avoided on purpose: a wrong case
/// ending reads worse than the plain name).
/// </remarks>
public static class SiteLanguages
{
    /// <summary>Swedish: the source language.</summary>
    public const string SwedishCode = "sv";

    private static readonly SiteLanguage[] All =
    [
        new("sv", "Svenska", "svenska", TextDirection.LeftToRight),
        new("en", "English", "engelska", TextDirection.LeftToRight),

        // The national minority languages.
        new("fi", "Suomi", "finska", TextDirection.LeftToRight, IsNationalMinority: true),
        new("fit", "Meänkieli", "meänkieli", TextDirection.LeftToRight, IsNationalMinority: true),
        new("se", "Davvisámegiella", "nordsamiska", TextDirection.LeftToRight, IsNationalMinority: true),
        new("sma", "Åarjelsaemien gïele", "sydsamiska", TextDirection.LeftToRight, IsNationalMinority: true),
        new("smj", "Julevsámegiella", "lulesamiska", TextDirection.LeftToRight, IsNationalMinority: true),
        new("rom", "Romani čhib", "romani chib", TextDirection.LeftToRight, IsNationalMinority: true),
        new("yi", "ייִדיש", "jiddisch", TextDirection.RightToLeft, IsNationalMinority: true),

        // Languages kommuner commonly need.
        new("ar", "العربية", "arabiska", TextDirection.RightToLeft),
        new("so", "Soomaali", "somaliska", TextDirection.LeftToRight),
        new("ti", "ትግርኛ", "tigrinja", TextDirection.LeftToRight),
        new("fa", "فارسی", "persiska", TextDirection.RightToLeft),
        new("uk", "Українська", "ukrainska", TextDirection.LeftToRight),
        new("ru", "Русский", "ryska", TextDirection.LeftToRight),
        new("pl", "Polski", "polska", TextDirection.LeftToRight),
        new("de", "Deutsch", "tyska", TextDirection.LeftToRight),
        new("es", "Español", "spanska", TextDirection.LeftToRight),
        new("fr", "Français", "franska", TextDirection.LeftToRight),
        new("bs", "Bosanski", "bosniska", TextDirection.LeftToRight),
        new("hr", "Hrvatski", "kroatiska", TextDirection.LeftToRight),
        new("sr", "Српски", "serbiska", TextDirection.LeftToRight),
        new("tr", "Türkçe", "turkiska", TextDirection.LeftToRight),
        new("ku", "Kurdî", "kurdiska", TextDirection.LeftToRight),
        new("sq", "Shqip", "albanska", TextDirection.LeftToRight),
        new("th", "ไทย", "thailändska", TextDirection.LeftToRight),
        new("ro", "Română", "rumänska", TextDirection.LeftToRight),
        new("am", "አማርኛ", "amhariska", TextDirection.LeftToRight),
        new("ps", "پښتو", "pashto", TextDirection.RightToLeft),
        new("da", "Dansk", "danska", TextDirection.LeftToRight),
        new("no", "Norsk", "norska", TextDirection.LeftToRight),
    ];

    private static readonly Dictionary<string, SiteLanguage> ByCode = All.ToDictionary(l => l.Code, StringComparer.Ordinal);

    /// <summary>Swedish.</summary>
    public static SiteLanguage Swedish { get; } = ByCode[SwedishCode];

    /// <summary>
    /// Languages an article can be translated into, in the order editors are offered them: English,
    /// the national minority languages, then the rest by Swedish name.
    /// </summary>
    public static IReadOnlyList<SiteLanguage> Translations { get; } =
    [
        .. All.Where(l => l.Code != SwedishCode)
            .OrderBy(l => l.Code == "en" ? 0 : l.IsNationalMinority ? 1 : 2)
            .ThenBy(l => l.IsNationalMinority ? Array.IndexOf(All, l) : 0)
            .ThenBy(l => l.SwedishName, SwedishText.Comparer),
    ];

    /// <summary>The language with this exact code (lower case), or null.</summary>
    public static SiteLanguage? Find(string? code) => code is null ? null : ByCode.GetValueOrDefault(code);

    /// <summary>True for a known code other than Swedish.</summary>
    public static bool IsTranslation(string? code) => code is not null && code != SwedishCode && ByCode.ContainsKey(code);

    /// <summary>The Swedish name ("finska"); an unknown code is shown as itself.</summary>
    public static string SwedishNameOf(string code) => Find(code)?.SwedishName ?? code;

    /// <summary>Dir attribute value for a code: "rtl" for right-to-left languages, otherwise "ltr".</summary>
    public static string DirOf(string code) => Find(code)?.Dir ?? "ltr";
}
