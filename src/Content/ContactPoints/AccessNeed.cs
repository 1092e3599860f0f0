namespace Halsoportal.Content.ContactPoints;

/// <summary>An accessibility need a resident can filter on; the value is its URL form ("horslinga").</summary>
public sealed record AccessNeed(string Value, string Label, Func<PremisesAccessibility, bool?> Fact)
{
    /// <summary>Every need the finder offers, in the order shown.</summary>
    public static IReadOnlyList<AccessNeed> All { get; } =
    [
        new("entre-utan-trappsteg", "Entré utan trappsteg", a => a.StepFreeEntrance),
        new("automatisk-dorr", "Automatisk dörröppnare", a => a.AutomaticDoor),
        new("hiss", "Hiss", a => a.Lift),
        new("toalett", "Tillgänglighetsanpassad toalett", a => a.AccessibleToilet),
        new("horslinga", "Hörslinga", a => a.HearingLoop),
        new("ledstrak", "Ledstråk", a => a.TactileGuidance),
        new("parkering", "Parkering för rörelsehindrade", a => a.AccessibleParking),
    ];

    /// <summary>Only a confirmed yes meets a need: "uppgift saknas" never does.</summary>
    public bool IsMetBy(PremisesAccessibility accessibility) => Fact(accessibility) == true;

    public static AccessNeed? Find(string? value) => All.FirstOrDefault(n => n.Value == value);
}
