using Halsoportal.Search.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Halsoportal.Search.Analysis;

/// <summary>
/// The Swedish analysis chains. Index chain: standard tokenizer → lower-case → Swedish stop words →
/// compound splitting → stemmer overrides → compound-head stemming (overrides applied to the last
/// part of a compound) → light stemmer → duplicate removal. The query chain is
/// the same without compound splitting. The folded chains do the same on text where å/ä→a and ö→o,
/// and feed only the secondary <c>*_folded</c> fields: the main fields keep å, ä and ö as letters
/// of their own. All analyzers are thread-safe and live for the process.
/// </summary>
internal static class SwedishAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const int MinCompoundWordSize = 5;
    public const int MinSubwordSize = 4;
    public const int MaxSubwordSize = 15;
    public const int MinAutocompleteGram = 2;
    public const int MaxAutocompleteGram = 20;

    private static readonly CharArraySet StopWords = SwedishAnalyzer.DefaultStopSet;
    private static readonly CompoundWordList CompoundWords = new(SwedishWordLists.CompoundWords, SwedishWordLists.ProtectedWords);
    private static readonly StemmerOverrideFilter.StemmerOverrideMap Overrides = BuildOverrides(folded: false);
    private static readonly StemmerOverrideFilter.StemmerOverrideMap FoldedOverrides = BuildOverrides(folded: true);
    private static readonly CompoundHeads Heads = new(SwedishWordLists.StemmerOverrides, SwedishWordLists.CompoundWords, static w => w);
    private static readonly CompoundHeads FoldedHeads = new(SwedishWordLists.StemmerOverrides, SwedishWordLists.CompoundWords, Fold);

    /// <summary>Main text fields at index time (with compound splitting).</summary>
    public static Analyzer Index { get; } = Analyzer.NewAnonymous((_, reader) => Chain(reader, compounds: true, folded: false));

    /// <summary>Folded text fields at index time.</summary>
    public static Analyzer IndexFolded { get; } = Analyzer.NewAnonymous((_, reader) => Chain(reader, compounds: true, folded: true));

    /// <summary>Query terms for the main fields; also indexes the whole-word field.</summary>
    public static Analyzer Query { get; } = Analyzer.NewAnonymous((_, reader) => Chain(reader, compounds: false, folded: false));

    /// <summary>Query terms for the folded fields.</summary>
    public static Analyzer QueryFolded { get; } = Analyzer.NewAnonymous((_, reader) => Chain(reader, compounds: false, folded: true));

    /// <summary>Words as typed, lower-cased: splits queries into words and feeds the spelling field.</summary>
    public static Analyzer Words { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
    });

    /// <summary>Edge n-grams of title words and their compound parts, for autocomplete.</summary>
    public static Analyzer Autocomplete { get; } = Analyzer.NewAnonymous((_, reader) => AutocompleteChain(reader, folded: false));

    /// <summary>Folded edge n-grams of title words, for autocomplete typed without å/ä/ö.</summary>
    public static Analyzer AutocompleteFolded { get; } = Analyzer.NewAnonymous((_, reader) => AutocompleteChain(reader, folded: true));

    /// <summary>The analyzer the index writer uses: each field gets its chain.</summary>
    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(Index, new Dictionary<string, Analyzer>
    {
        [SearchFields.Title] = Index,
        [SearchFields.Ingress] = Index,
        [SearchFields.Body] = Index,
        [SearchFields.TitleFolded] = IndexFolded,
        [SearchFields.IngressFolded] = IndexFolded,
        [SearchFields.BodyFolded] = IndexFolded,
        [SearchFields.WholeWords] = Query,
        [SearchFields.Spelling] = Words,
        [SearchFields.Autocomplete] = Autocomplete,
        [SearchFields.AutocompleteFolded] = AutocompleteFolded,
    });

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> and returns the terms.</summary>
    public static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>The words of <paramref name="text"/> as typed (lower-cased), with their offsets.</summary>
    public static List<(string Text, int Start, int End)> SplitWords(string text)
    {
        var words = new List<(string, int, int)>();
        using var stream = Words.GetTokenStream(SearchFields.Spelling, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return words;
    }

    /// <summary>Folds å/ä→a, ö→o (and other accents) the way the folded fields do.</summary>
    public static string Fold(string text)
    {
        var input = text.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    private static TokenStreamComponents Chain(TextReader reader, bool compounds, bool folded)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new StopFilter(Version, stream, StopWords);
        if (compounds)
        {
            stream = new SwedishCompoundWordFilter(stream, CompoundWords);
        }

        if (folded)
        {
            stream = new ASCIIFoldingFilter(stream, preserveOriginal: false);
        }

        stream = new StemmerOverrideFilter(stream, folded ? FoldedOverrides : Overrides);
        stream = new CompoundHeadStemFilter(stream, folded ? FoldedHeads : Heads);
        stream = new SwedishLightStemFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private static TokenStreamComponents AutocompleteChain(TextReader reader, bool folded)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new SwedishCompoundWordFilter(stream, CompoundWords);
        if (folded)
        {
            stream = new ASCIIFoldingFilter(stream, preserveOriginal: false);
        }

        stream = new EdgeNGramTokenFilter(Version, stream, MinAutocompleteGram, MaxAutocompleteGram);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildOverrides(bool folded)
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var (form, stem) in SwedishWordLists.StemmerOverrides)
        {
            // Builder.Add keeps the first mapping for a key; folding can merge two forms, and
            // then the first stem wins, which only matters inside the folded fields.
            builder.Add(folded ? Fold(form) : form, folded ? Fold(stem) : stem);
        }

        return builder.Build();
    }
}
