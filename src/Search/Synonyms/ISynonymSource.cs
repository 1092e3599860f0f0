namespace Halsoportal.Search.Synonyms;

/// <summary>
/// The synonym and abbreviation groups expanded at query time (BVC ↔ barnavårdscentral, …).
/// Region administrators edit them; an implementation backed by the database replaces
/// <see cref="DefaultSynonymSource"/>. Called for every query: return the same list instance
/// until the groups change, so the compiled lookup table is reused.
/// </summary>
public interface ISynonymSource
{
    /// <summary>The current groups.</summary>
    IReadOnlyList<SynonymGroup> GetGroups();
}

/// <summary>Expressions that mean the same thing, in both directions ("umo", "ungdomsmottagning").</summary>
/// <param name="Expressions">Words or phrases as an editor writes them; case does not matter.</param>
public sealed record SynonymGroup(IReadOnlyList<string> Expressions);
