namespace Halsoportal.Content.ContactPoints;

/// <summary>
/// Facts about getting into and using the premises. Each is yes, no or not known (null):
/// "uppgift saknas" is shown as such and never counts as yes in the finder's filters.
/// </summary>
public sealed record PremisesAccessibility
{
    /// <summary>Entré utan trappsteg (level or ramped entrance).</summary>
    public bool? StepFreeEntrance { get; init; }

    /// <summary>Automatisk dörröppnare.</summary>
    public bool? AutomaticDoor { get; init; }

    /// <summary>Hiss to every floor the contact point uses (or everything on the entrance floor).</summary>
    public bool? Lift { get; init; }

    /// <summary>Tillgänglighetsanpassad toalett.</summary>
    public bool? AccessibleToilet { get; init; }

    /// <summary>Hörslinga in reception and consulting rooms.</summary>
    public bool? HearingLoop { get; init; }

    /// <summary>Ledstråk: tactile guidance from the entrance.</summary>
    public bool? TactileGuidance { get; init; }

    /// <summary>Parkering för rörelsehindrade.</summary>
    public bool? AccessibleParking { get; init; }

    /// <summary>Walking distance from that parking to the entrance, in metres.</summary>
    public int? ParkingDistanceMetres { get; init; }
}
