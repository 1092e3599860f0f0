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

    /// <summary>Typ av kontaktpunkt: vårdcentral, BVC, ungdomsmottagning, …</summary>
    ContactPointType = 4,

    /// <summary>Tjänst en kontaktpunkt erbjuder: hälsosamtal, tobaksavvänjning, …</summary>
    Service = 5,
}

/// <summary>Which vocabularies serve which items.</summary>
public static class TaxonomyKinds
{
    /// <summary>The vocabularies articles are tagged with.</summary>
    public static IReadOnlyList<TaxonomyKind> ForArticles { get; } = [TaxonomyKind.Topic, TaxonomyKind.LifeSituation, TaxonomyKind.Arena];

    /// <summary>The vocabularies contact points are described with.</summary>
    public static IReadOnlyList<TaxonomyKind> ForContactPoints { get; } = [TaxonomyKind.ContactPointType, TaxonomyKind.Service];
}

/// <summary>A term in one of the vocabularies. One table serves them all.</summary>
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

    /// <summary>
    /// For topics: the contact-point types and services that help with it, as "contactpointtype:bvc" /
    /// "service:tobaksavvanjning", so an article shows "Här får du hjälp" without hand-made links.
    /// </summary>
    public List<string> Related { get; set; } = [];
}
