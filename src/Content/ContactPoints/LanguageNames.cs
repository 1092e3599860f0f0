using Halsoportal.Content.Languages;

namespace Halsoportal.Content.ContactPoints;

/// <summary>
/// The languages a contact point can say its staff speak: a fixed subset of <see cref="SiteLanguages"/>,
/// whose names it uses.
/// </summary>
public static class LanguageNames
{
    // The set the finder and the API's "language" filter accept; adding a code widens a public contract.
    private static readonly HashSet<string> SpokenCodes = new(StringComparer.Ordinal)
    {
        "sv", "en", "ar", "so", "ti", "fa", "fi", "se", "uk", "ru", "pl", "de", "es", "fr", "bs", "hr",
        "sr", "tr", "ku", "sq", "th", "ro", "am", "ps", "da", "no", "yi",
    };

    /// <summary>Codes in the order the editor offers them: Swedish first, then by Swedish name.</summary>
    public static IReadOnlyList<string> Codes { get; } =
        [.. SpokenCodes.OrderBy(c => c == "sv" ? 0 : 1).ThenBy(SiteLanguages.SwedishNameOf, SwedishText.Comparer)];

    public static bool IsKnown(string code) => SpokenCodes.Contains(code);

    /// <summary>"arabiska"; an unknown code is shown as itself.</summary>
    public static string Of(string code) => IsKnown(code) ? SiteLanguages.SwedishNameOf(code) : code;
}
