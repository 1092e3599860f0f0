namespace Halsoportal.Content.Synonyms;

/// <summary>
/// The site's search synonym list as administrators keep it: one group per line, expressions separated by
/// commas ("bvc, barnavårdscentral, barnhälsovård"). A single row; while it does not exist the search uses
/// the list bundled with the application.
/// </summary>
public sealed class SynonymList
{
    /// <summary>Always <see cref="SingleId"/>.</summary>
    public int Id { get; init; } = SingleId;

    public const int SingleId = 1;

    public required string Text { get; set; }

    /// <summary>Concurrency token: two administrators saving on the same version, one wins.</summary>
    public int Version { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
