using System.Text.Json.Serialization;

namespace Halsoportal.Content.ContactPoints;

/// <summary>Who runs a contact point: the region, the kommun, or a private provider under contract.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Organiser>))]
public enum Organiser
{
    /// <summary>Regionen (e.g. a regiondriven vårdcentral).</summary>
    Region = 1,

    /// <summary>Kommunen.</summary>
    Kommun = 2,

    /// <summary>Privat vårdgivare.</summary>
    Private = 3,
}
