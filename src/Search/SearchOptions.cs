using System.ComponentModel.DataAnnotations;

namespace Halsoportal.Search;

/// <summary>
/// Tuning for search (configuration section <c>Search</c>). The defaults are the tested ones;
/// change them together with the relevance set.
/// </summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>Weight of a match in the title. Title &gt; ingress &gt; body.</summary>
    [Range(0.1, 100)]
    public float TitleBoost { get; set; } = 4f;

    [Range(0.1, 100)]
    public float IngressBoost { get; set; } = 2f;

    [Range(0.1, 100)]
    public float BodyBoost { get; set; } = 1f;

    /// <summary>
    /// Extra weight when the query word occurs as a whole word, not only inside a compound: a search
    /// for "mottagning" puts "Mottagning för vuxna" above "Ungdomsmottagning".
    /// </summary>
    [Range(0, 100)]
    public float WholeWordBoost { get; set; } = 1.5f;

    /// <summary>Factor on matches found only after folding å/ä→a, ö→o (query typed without them).</summary>
    [Range(0, 1)]
    public float FoldedFactor { get; set; } = 0.7f;

    /// <summary>Weight of the typo-tolerant (fuzzy) fallback clause.</summary>
    [Range(0, 10)]
    public float FuzzyBoost { get; set; } = 0.3f;

    /// <summary>Only terms at least this long get a fuzzy clause (1 edit; 2 edits from 8 letters).</summary>
    [Range(3, 50)]
    public int FuzzyMinLength { get; set; } = 5;

    /// <summary>A term gets a fuzzy clause only when fewer documents than this contain it.</summary>
    [Range(1, 1_000_000)]
    public int FuzzyWhenDocFreqBelow { get; set; } = 3;

    /// <summary>How many close index terms a misspelled word expands to.</summary>
    [Range(1, 200)]
    public int FuzzyMaxExpansions { get; set; } = 10;

    /// <summary>Weight of the fallback that matches all parts of a compound query word separately.</summary>
    [Range(0, 10)]
    public float CompoundPartsBoost { get; set; } = 0.4f;

    /// <summary>Extra weight when the words occur together as a phrase.</summary>
    [Range(0, 100)]
    public float PhraseBoost { get; set; } = 1.5f;

    /// <summary>
    /// How many of the best-ranked hits get the phrase bonus (added after the first pass, so a
    /// broad query does not read positions for every candidate). Hits further down keep their order.
    /// </summary>
    [Range(10, 10_000)]
    public int PhraseRescoreDepth { get; set; } = 200;

    /// <summary>Weight of a synonym or abbreviation expansion relative to the words typed.</summary>
    [Range(0, 10)]
    public float SynonymBoost { get; set; } = 0.8f;

    /// <summary>Score factor for items of the resident's own kommun.</summary>
    [Range(1, 100)]
    public float KommunBoost { get; set; } = 2.5f;

    /// <summary>Score factor for items of the resident's region.</summary>
    [Range(1, 100)]
    public float RegionBoost { get; set; } = 1.4f;

    /// <summary>Longer queries are cut at a word boundary and flagged.</summary>
    [Range(10, 2000)]
    public int MaxQueryLength { get; set; } = 200;

    [Range(1, 64)]
    public int MaxQueryWords { get; set; } = 12;

    /// <summary>"Menade du …?" is also offered for rare words when a search finds at most this many hits.</summary>
    [Range(0, 1000)]
    public int SuggestWhenHitsAtMost { get; set; } = 5;

    /// <summary>Approximate snippet length in characters.</summary>
    [Range(40, 2000)]
    public int SnippetLength { get; set; } = 220;

    [Range(1, 200)]
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Deepest page served; deeper requests get the last allowed page.</summary>
    [Range(1, 10_000)]
    public int MaxPage { get; set; } = 100;

    [Range(1, 50)]
    public int AutocompleteMaxResults { get; set; } = 8;

    /// <summary>
    /// Threads that feed the index writer during a full rebuild (Lucene's writer takes documents from
    /// several threads at once). Defaults to one per core: a rebuild is a catch-up, best over quickly.
    /// </summary>
    [Range(1, 64)]
    public int RebuildThreads { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 64);
}
