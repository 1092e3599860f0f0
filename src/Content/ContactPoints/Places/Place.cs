namespace Halsoportal.Content.ContactPoints.Places;

/// <summary>A named place a resident can type to find the nearest contact point.</summary>
/// <param name="Name">The place name as written in Swedish ("Örnsköldsvik", "Gustav Adolf").</param>
/// <param name="KommunCode">The four-digit SCB code of the kommun the place lies in ("2284").</param>
/// <param name="Point">The centre of the place.</param>
public sealed record Place(string Name, string KommunCode, GeoPoint Point);
