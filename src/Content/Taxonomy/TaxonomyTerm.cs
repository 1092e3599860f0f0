namespace Halsoportal.Content.Taxonomy;

/// <summary>Which vocabulary a term belongs to.</summary>
public enum TaxonomyKind
{
    /// <summary>Ämne: fysisk aktivitet, matvanor, …</summary>
    Topic = 1,

    /// <summary>Livssituation: barn och unga, vuxna, äldre, …</summary>
    LifeSituation = 2,

    /// <summary>Arena: skola, arbetsplats, hemmet, fritid.</summary>
    Arena = 3,
}

/// <summary>A term in one of the three vocabularies. One table serves all three.</summary>
public sealed class TaxonomyTerm
{
    public int Id { get; set; }

    public TaxonomyKind Kind { get; init; }

    /// <summary>Unique within its kind; used in URLs (<c>/amne/somn</c>, <c>?livssituation=aldre</c>).</summary>
    public required string Slug { get; init; }

    public required string Name { get; set; }

    /// <summary>One sentence shown on the topic page.</summary>
    public string Description { get; set; } = "";

    public int SortOrder { get; set; }
}
