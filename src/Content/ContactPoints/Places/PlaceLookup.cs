namespace Halsoportal.Content.ContactPoints.Places;

/// <summary>
/// What <see cref="Gazetteer.Find"/> made of what a resident typed: one place when the name was
/// unambiguous, otherwise places to choose from ("Menade du …?").
/// </summary>
/// <param name="Query">The query as typed, trimmed; empty when nothing was typed.</param>
/// <param name="Match">The place meant, when exactly one place has that name; otherwise null.</param>
/// <param name="Suggestions">
/// Places to offer when there is no single match, best first; empty when there is a match. Places
/// can share a name, so show each with its kommun ("Valla (Sundsvall)").
/// </param>
public sealed record PlaceLookup(string Query, Place? Match, IReadOnlyList<Place> Suggestions);
