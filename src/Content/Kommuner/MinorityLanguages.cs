namespace Halsoportal.Content.Kommuner;

/// <summary>
/// Förvaltningsområden (lagen om nationella minoriteter och minoritetsspråk): a kommun may belong
/// to the förvaltningsområde for finska, meänkieli and samiska, to several at once.
/// </summary>
[Flags]
public enum MinorityLanguageAreas
{
    None = 0,

    /// <summary>Förvaltningsområdet för finska.</summary>
    Finnish = 1,

    /// <summary>Förvaltningsområdet för meänkieli.</summary>
    Meankieli = 2,

    /// <summary>Förvaltningsområdet för samiska.</summary>
    Sami = 4,
}

/// <summary>The Sami languages a kommun in the Sami förvaltningsområde has chosen to offer.</summary>
[Flags]
public enum SamiLanguages
{
    None = 0,

    /// <summary>Nordsamiska (se).</summary>
    North = 1,

    /// <summary>Sydsamiska (sma).</summary>
    South = 2,

    /// <summary>Lulesamiska (smj).</summary>
    Lule = 4,
}

/// <summary>A language version a kommun's key pages must have: its BCP 47 tag and its Swedish name.</summary>
public sealed record RequiredLanguage(string Code, string Name);

/// <summary>Names, form values and the language versions that follow from a kommun's förvaltningsområden.</summary>
public static class MinorityLanguages
{
    /// <summary>The areas as a form offers them: value, area, Swedish name.</summary>
    public static IReadOnlyList<(string Value, MinorityLanguageAreas Area, string Name)> AreaChoices { get; } =
    [
        ("finska", MinorityLanguageAreas.Finnish, "Finska"),
        ("meankieli", MinorityLanguageAreas.Meankieli, "Meänkieli"),
        ("samiska", MinorityLanguageAreas.Sami, "Samiska"),
    ];

    /// <summary>The Sami languages as a form offers them: value (the language tag), language, Swedish name.</summary>
    public static IReadOnlyList<(string Value, SamiLanguages Language, string Name)> SamiChoices { get; } =
    [
        ("se", SamiLanguages.North, "Nordsamiska"),
        ("sma", SamiLanguages.South, "Sydsamiska"),
        ("smj", SamiLanguages.Lule, "Lulesamiska"),
    ];

    /// <summary>
    /// The language versions a kommun's key pages need: finska → fi, meänkieli → fit, samiska →
    /// each Sami language the kommun chose (se, sma, smj). Sami languages count only with the Sami area.
    /// </summary>
    public static IReadOnlyList<RequiredLanguage> Required(MinorityLanguageAreas areas, SamiLanguages sami)
    {
        var required = new List<RequiredLanguage>();
        if (areas.HasFlag(MinorityLanguageAreas.Finnish))
        {
            required.Add(new("fi", "finska"));
        }

        if (areas.HasFlag(MinorityLanguageAreas.Meankieli))
        {
            required.Add(new("fit", "meänkieli"));
        }

        if (areas.HasFlag(MinorityLanguageAreas.Sami))
        {
            required.AddRange(SamiChoices.Where(c => sami.HasFlag(c.Language)).Select(c => new RequiredLanguage(c.Value, c.Name.ToLower(SwedishText.Culture))));
        }

        return required;
    }

    /// <summary>"Finska och samiska (sydsamiska)", or "Inget" when the kommun belongs to none.</summary>
    public static string Describe(MinorityLanguageAreas areas, SamiLanguages sami)
    {
        var parts = AreaChoices.Where(c => areas.HasFlag(c.Area)).Select(c => c.Area == MinorityLanguageAreas.Sami && sami != SamiLanguages.None
            ? $"{c.Name.ToLower(SwedishText.Culture)} ({string.Join(", ", SamiChoices.Where(s => sami.HasFlag(s.Language)).Select(s => s.Name.ToLower(SwedishText.Culture)))})"
            : c.Name.ToLower(SwedishText.Culture)).ToList();
        if (parts.Count == 0)
        {
            return "Inget";
        }

        var text = parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} och {parts[^1]}";
        return char.ToUpper(text[0], SwedishText.Culture) + text[1..];
    }

    /// <summary>
    /// Memberships checked against public sources (2026-11-23), applied when a kommun row is first
    /// created: Sundsvall joined the finska area in 2014 and the samiska area in 2018; Örnsköldsvik
    /// the finska area in 2018 and the samiska area in 2019 (Sametinget lists both among the 25
    /// samiska förvaltningskommuner). Västernorrland belongs to the South Sami language area.
    /// Other kommuner are not marked: membership changes by government decision, and region
    /// administrators keep it up to date in the backoffice.
    /// </summary>
    public static IReadOnlyDictionary<string, (MinorityLanguageAreas Areas, SamiLanguages Sami)> KnownMemberships { get; } =
        new Dictionary<string, (MinorityLanguageAreas, SamiLanguages)>(StringComparer.Ordinal)
        {
            ["2281"] = (MinorityLanguageAreas.Finnish | MinorityLanguageAreas.Sami, SamiLanguages.South),
            ["2284"] = (MinorityLanguageAreas.Finnish | MinorityLanguageAreas.Sami, SamiLanguages.South),
        };
}
