using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Halsoportal.Search.Analysis;

/// <summary>
/// Stems a compound by its head. In Swedish the last part carries the inflection, so when a word
/// ends in a form from the stemmer-override list, the override stem replaces that ending:
/// "tandläkaren" and "tandläkare" both become "tandläkare" (the light stemmer alone gives
/// "tandläkar" and "tandläk"). Runs after <c>StemmerOverrideFilter</c> (which handles whole
/// words) and before the light stemmer, which skips the tokens marked here as keywords.
/// </summary>
internal sealed class CompoundHeadStemFilter : TokenFilter
{
    /// <summary>The part before the head: at least this long, so "tunga" never becomes "t" + "ungdom".</summary>
    private const int MinModifierLength = 3;

    /// <summary>Heads shorter than this must also be compound-dictionary words ("barn" in "skolbarn").</summary>
    private const int MinFreeHeadLength = 5;

    private const int MinHeadLength = 4;

    private readonly CompoundHeads _heads;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public CompoundHeadStemFilter(TokenStream input, CompoundHeads heads)
        : base(input)
    {
        _heads = heads;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var length = _term.Length;
        if (_keyword.IsKeyword || length < MinModifierLength + MinHeadLength)
        {
            return true;
        }

        var buffer = _term.Buffer;
        // The earliest start gives the longest head: "barnavårdscentralen" → "centralen", not "len".
        for (var start = MinModifierLength; start <= length - MinHeadLength; start++)
        {
            var headLength = length - start;
            if (_heads.Stems.TryGetValue(buffer, start, headLength, out var stem)
                && (headLength >= MinFreeHeadLength || _heads.ShortHeads.Contains(buffer, start, headLength)))
            {
                var modifier = new string(buffer, 0, start);
                _term.SetEmpty().Append(modifier).Append(stem);
                _keyword.IsKeyword = true;
                break;
            }
        }

        return true;
    }
}

/// <summary>The override forms as compound heads (plain or folded), with the short heads that are allowed.</summary>
internal sealed class CompoundHeads(IReadOnlyDictionary<string, string> overrides, IEnumerable<string> compoundWords, Func<string, string> map)
{
    public CharArrayDictionary<string> Stems { get; } = Build(overrides, map);

    public CharArraySet ShortHeads { get; } = new(SwedishAnalysis.Version, compoundWords.Select(map).ToList(), ignoreCase: false);

    private static CharArrayDictionary<string> Build(IReadOnlyDictionary<string, string> overrides, Func<string, string> map)
    {
        var stems = new CharArrayDictionary<string>(SwedishAnalysis.Version, overrides.Count, ignoreCase: false);
        foreach (var (form, stem) in overrides)
        {
            var key = map(form);
            // Folding can merge two forms; the first stem wins, as in the folded override map.
            if (!stems.ContainsKey(key))
            {
                stems.Put(key, map(stem), out _);
            }
        }

        return stems;
    }
}
