namespace Halsoportal.Content.ContactPoints;

/// <summary>The languages a contact point can say its staff speak: ISO 639-1 codes with their Swedish names.</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["sv"] = "svenska",
        ["en"] = "engelska",
        ["ar"] = "arabiska",
        ["so"] = "somaliska",
        ["ti"] = "tigrinja",
        ["fa"] = "persiska",
        ["fi"] = "finska",
        ["se"] = "nordsamiska",
        ["uk"] = "ukrainska",
        ["ru"] = "ryska",
        ["pl"] = "polska",
        ["de"] = "tyska",
        ["es"] = "spanska",
        ["fr"] = "franska",
        ["bs"] = "bosniska",
        ["hr"] = "kroatiska",
        ["sr"] = "serbiska",
        ["tr"] = "turkiska",
        ["ku"] = "kurdiska",
        ["sq"] = "albanska",
        ["th"] = "thailändska",
        ["ro"] = "rumänska",
        ["am"] = "amhariska",
        ["ps"] = "pashto",
        ["da"] = "danska",
        ["no"] = "norska",
        ["yi"] = "jiddisch",
    };

    /// <summary>Codes in the order the editor offers them: Swedish first, then by Swedish name.</summary>
    public static IReadOnlyList<string> Codes { get; } =
        [.. Names.Keys.OrderBy(c => c == "sv" ? 0 : 1).ThenBy(c => Names[c], SwedishText.Comparer)];

    public static bool IsKnown(string code) => Names.ContainsKey(code);

    /// <summary>"arabiska"; an unknown code is shown as itself.</summary>
    public static string Of(string code) => Names.GetValueOrDefault(code, code);
}
