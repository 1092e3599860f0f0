namespace Halsoportal.Content.Kommuner;

/// <summary>A municipality. Identified by its SCB code; addressed in URLs by its slug.</summary>
public sealed class Kommun
{
    /// <summary>SCB kommunkod, four digits ("2284").</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }

    /// <summary>Stable URL slug ("ornskoldsvik"); never changes once published.</summary>
    public required string Slug { get; set; }

    public required string RegionCode { get; set; }

    public Region Region { get; set; } = null!;

    /// <summary>Granskningssteg: a publisher other than the author must approve every publication.</summary>
    public bool RequiresReview { get; set; }

    /// <summary>The förvaltningsområden for national minority languages the kommun belongs to.</summary>
    public MinorityLanguageAreas MinorityLanguageAreas { get; set; }

    /// <summary>The Sami languages the kommun offers; counts only with <see cref="MinorityLanguageAreas.Sami"/>.</summary>
    public SamiLanguages SamiLanguages { get; set; }
}
