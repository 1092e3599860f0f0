namespace Halsoportal.Content.Kommuner;

/// <summary>A region (län) and the organisation that runs health care in it.</summary>
public sealed class Region
{
    /// <summary>SCB länskod, two digits ("22").</summary>
    public required string Code { get; init; }

    /// <summary>The län's name ("Västernorrlands län").</summary>
    public required string Name { get; set; }

    /// <summary>The region as an organisation ("Region Västernorrland").</summary>
    public required string OrganisationName { get; set; }

    public List<Kommun> Kommuner { get; } = [];
}
