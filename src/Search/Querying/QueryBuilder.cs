using Halsoportal.Search.Analysis;
using Halsoportal.Search.Documents;
using Halsoportal.Search.Synonyms;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Halsoportal.Search.Querying;

/// <summary>The text part of a query, and what the rest of the search needs to know about it.</summary>
/// <param name="Core">What a hit must match, and its score; null when no word was searchable (only stop words).</param>
/// <param name="Bonus">Extra score for the words standing together (a phrase); matches nothing on its own.</param>
/// <param name="Units">How many word groups must match (before relaxing).</param>
/// <param name="SynonymWords">Indexes of words that were matched by a synonym expression.</param>
internal sealed record TextQuery(Query? Core, Query? Bonus, int Units, IReadOnlySet<int> SynonymWords)
{
    /// <summary>Core and bonus in one query (the bonus optional), for ranking in a single pass.</summary>
    public Query? Query => Core is null || Bonus is null
        ? Core
        : new BooleanQuery(disableCoord: true) { { Core, Occur.MUST }, { Bonus, Occur.SHOULD } };
}

/// <summary>
/// Builds queries from words without QueryParser (not thread-safe, and its syntax is not for
/// residents). Per word: the analysed term on title, ingress and body with their boosts, a bonus on
/// the whole-word field, the folded fields when the word was typed without å/ä/ö, and a fuzzy
/// clause for rare longer terms. Synonym expressions become alternatives for their words.
/// Fuzzy and folded terms are normalised here because those queries skip analysis.
/// </summary>
internal sealed class QueryBuilder(IndexReader reader, SearchOptions options)
{
    private readonly TermStates _terms = TermStates.For(reader);

    /// <summary>Whole-word clauses of the query being built: they add score but never decide a match, so they go in the bonus.</summary>
    private readonly List<Query> _wholeWords = [];

    private const int MaxFuzzyCandidatesScanned = 500;

    private static readonly string[] TextFields = [SearchFields.Title, SearchFields.Ingress, SearchFields.Body];

    /// <param name="words">The query's words, lower-cased.</param>
    /// <param name="typed">The same words as typed, for case-sensitive abbreviations.</param>
    /// <param name="synonyms">The compiled synonym table.</param>
    /// <param name="relaxed">Require only one word group instead of (nearly) all, and let a compound match on any one of its parts.</param>
    public TextQuery Build(IReadOnlyList<string> words, IReadOnlyList<string> typed, SynonymTable synonyms, bool relaxed)
    {
        _wholeWords.Clear();
        var units = new List<Query>();
        var synonymWords = new HashSet<int>();
        for (var i = 0; i < words.Count;)
        {
            var (length, alternatives) = synonyms.Match(words, typed, i);
            if (length == 0)
            {
                if (WordQuery(words[i], allowFuzzy: true, relaxed) is { } single)
                {
                    units.Add(single);
                }

                i++;
                continue;
            }

            var unit = new BooleanQuery(disableCoord: true);
            var original = length == 1 ? WordQuery(words[i], allowFuzzy: true, relaxed) : AllWords(words.Skip(i).Take(length).ToList());
            if (original is not null)
            {
                unit.Add(original, Occur.SHOULD);
            }

            foreach (var alternative in alternatives)
            {
                var query = alternative.Length == 1 ? WordQuery(alternative[0], allowFuzzy: false, wholeWordFactor: options.SynonymBoost) : PhraseAlternative(alternative);
                if (query is not null)
                {
                    query.Boost = options.SynonymBoost;
                    unit.Add(query, Occur.SHOULD);
                }
            }

            if (unit.Clauses.Count > 0)
            {
                units.Add(unit);
            }

            for (var k = i; k < i + length; k++)
            {
                synonymWords.Add(k);
            }

            i += length;
        }

        if (units.Count == 0)
        {
            return new TextQuery(null, null, 0, synonymWords);
        }

        Query core;
        if (units.Count == 1)
        {
            core = units[0];
        }
        else
        {
            var all = new BooleanQuery(disableCoord: true);
            var required = relaxed ? 1 : Required(units.Count);
            // All required: MUST clauses run as a conjunction, much cheaper than minimum-should-match.
            var occur = required == units.Count ? Occur.MUST : Occur.SHOULD;
            foreach (var unit in units)
            {
                all.Add(unit, occur);
            }

            if (occur == Occur.SHOULD)
            {
                all.MinimumNumberShouldMatch = required;
            }

            core = all;
        }

        return new TextQuery(core, Bonus(words), units.Count, synonymWords);
    }

    /// <summary>How many of <paramref name="units"/> word groups a hit needs: all of one or two, then all but one, then 60 %.</summary>
    internal static int Required(int units) => units switch
    {
        <= 2 => units,
        <= 4 => units - 1,
        _ => (int)Math.Ceiling(units * 0.6),
    };

    /// <summary>
    /// One typed word on every text field; null for a stop word. Its whole-word clauses go to the
    /// bonus (<see cref="_wholeWords"/>), scaled by <paramref name="wholeWordFactor"/> (the boost the
    /// word's query will get), since a whole word always also matches its stem in title, ingress or body.
    /// </summary>
    private BooleanQuery? WordQuery(string word, bool allowFuzzy, bool relaxed = false, float wholeWordFactor = 1f)
    {
        var terms = SwedishAnalysis.Terms(SwedishAnalysis.Query, word);
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            AddTerm(query, SearchFields.Title, term, options.TitleBoost);
            AddTerm(query, SearchFields.Ingress, term, options.IngressBoost);
            AddTerm(query, SearchFields.Body, term, options.BodyBoost);
            if (options.WholeWordBoost > 0)
            {
                var whole = _terms.Query(SearchFields.WholeWords, term);
                whole.Boost = options.WholeWordBoost * wholeWordFactor;
                _wholeWords.Add(whole);
            }
            if (allowFuzzy && term.Length >= options.FuzzyMinLength && IsRare(term))
            {
                // A lower-scored fallback for typos. The term is already lower-cased and stemmed by
                // the query chain (fuzzy matching does no analysis of its own).
                foreach (var (candidate, similarity) in FuzzyCandidates(term))
                {
                    AddTerm(query, SearchFields.Title, candidate, options.FuzzyBoost * options.TitleBoost * similarity);
                    AddTerm(query, SearchFields.Body, candidate, options.FuzzyBoost * similarity);
                }
            }
        }

        // A rare compound ("tandläkartid") may be written differently in the text ("tid hos
        // tandläkaren"): its parts then still match. Lower weight than the whole compound, so the
        // exact compound ranks first; common compounds skip it (it would cost without adding).
        if (allowFuzzy && (relaxed || terms.Any(IsRare)) && CompoundParts(word, relaxed) is { } parts)
        {
            query.Add(parts, Occur.SHOULD);
        }

        // Typed without å/ä/ö (a phone keyboard in English, say): let "vardcentral" find "vårdcentral".
        // A word typed with them means what it says, so "får" does not find "far".
        if (word.All(char.IsAscii))
        {
            foreach (var folded in SwedishAnalysis.Terms(SwedishAnalysis.QueryFolded, word).Where(f => FoldingAddsDocuments(f, terms)))
            {
                AddTerm(query, SearchFields.TitleFolded, folded, options.TitleBoost * options.FoldedFactor);
                AddTerm(query, SearchFields.IngressFolded, folded, options.IngressBoost * options.FoldedFactor);
                AddTerm(query, SearchFields.BodyFolded, folded, options.BodyBoost * options.FoldedFactor);
            }
        }

        return query;
    }

    /// <summary>
    /// The dictionary parts of a compound word on title and body: all of them, or (relaxed, when
    /// nothing else was found) any one, so "fallolyckor" still finds texts about "fall". Null when
    /// the word has too few parts.
    /// </summary>
    private BooleanQuery? CompoundParts(string word, bool relaxed)
    {
        if (options.CompoundPartsBoost <= 0)
        {
            return null;
        }

        var whole = SwedishAnalysis.Terms(SwedishAnalysis.Query, word);
        var parts = SwedishAnalysis.Terms(SwedishAnalysis.Index, word).Skip(1).Where(p => !whole.Contains(p)).Distinct(StringComparer.Ordinal).ToList();
        if (parts.Count < (relaxed ? 1 : 2))
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true) { Boost = options.CompoundPartsBoost };
        foreach (var part in parts)
        {
            var either = new BooleanQuery(disableCoord: true);
            AddTerm(either, SearchFields.Title, part, options.TitleBoost);
            AddTerm(either, SearchFields.Body, part, options.BodyBoost);
            query.Add(either, relaxed ? Occur.SHOULD : Occur.MUST);
        }

        return query;
    }

    /// <summary>Every word of a multi-word expression as typed (all required).</summary>
    private BooleanQuery? AllWords(IReadOnlyList<string> words)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
        {
            if (WordQuery(word, allowFuzzy: true) is { } clause)
            {
                query.Add(clause, Occur.MUST);
            }
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>A multi-word synonym ("fysisk aktivitet på recept") as a phrase on each text field.</summary>
    private BooleanQuery? PhraseAlternative(IReadOnlyList<string> words)
    {
        var positioned = PositionedTerms(words);
        if (positioned.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true);
        var boosts = new[] { options.TitleBoost, options.IngressBoost, options.BodyBoost };
        for (var f = 0; f < TextFields.Length; f++)
        {
            query.Add(Phrase(TextFields[f], positioned, slop: 1, boosts[f]), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// Score that never decides a match: the words as whole words (not only as stems or compound
    /// parts), and standing together in the title or body. Null when there is none.
    /// </summary>
    private BooleanQuery? Bonus(IReadOnlyList<string> words)
    {
        var bonus = new BooleanQuery(disableCoord: true);
        foreach (var whole in _wholeWords)
        {
            bonus.Add(whole, Occur.SHOULD);
        }

        var positioned = PositionedTerms(words);
        if (positioned.Count >= 2)
        {
            bonus.Add(Phrase(SearchFields.Title, positioned, slop: 1, options.PhraseBoost * options.TitleBoost), Occur.SHOULD);
            // Exact in the body (stop words keep their gaps in the positions): a sloppy phrase would
            // read positions for every candidate of a broad query.
            bonus.Add(Phrase(SearchFields.Body, positioned, slop: 0, options.PhraseBoost), Occur.SHOULD);
        }

        return bonus.Clauses.Count == 0 ? null : bonus;
    }

    /// <summary>Analysed terms at the position of their word; stop words leave the same gap the index has.</summary>
    private static List<(string Term, int Position)> PositionedTerms(IReadOnlyList<string> words)
    {
        var positioned = new List<(string, int)>();
        for (var i = 0; i < words.Count; i++)
        {
            var terms = SwedishAnalysis.Terms(SwedishAnalysis.Query, words[i]);
            if (terms.Count == 1)
            {
                positioned.Add((terms[0], i));
            }
        }

        return positioned;
    }

    private static PhraseQuery Phrase(string field, List<(string Term, int Position)> terms, int slop, float boost)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        var first = terms[0].Position;
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position - first);
        }

        return phrase;
    }

    /// <summary>
    /// Index terms within one edit (two from 8 letters) of <paramref name="term"/>, closest and most
    /// common first. One Levenshtein automaton over the corpus-wide whole-word dictionary per word,
    /// instead of a FuzzyQuery per field; the candidates then become plain term clauses.
    /// </summary>
    private List<(string Term, float Similarity)> FuzzyCandidates(string term)
    {
        var terms = MultiFields.GetTerms(reader, SearchFields.WholeWords);
        if (terms is null)
        {
            return [];
        }

        var maxEdits = term.Length >= 8 ? 2 : 1;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(SearchFields.WholeWords, term), maxEdits, prefixLength: 1, transpositions: true);
        var candidates = new List<(string Term, int Distance, int DocFreq)>();
        var seen = 0;
        while (fuzzy.MoveNext() && seen++ < MaxFuzzyCandidatesScanned)
        {
            var candidate = fuzzy.Term.Utf8ToString();
            if (candidate != term)
            {
                candidates.Add((candidate, EditDistance.Between(term, candidate), fuzzy.DocFreq));
            }
        }

        return [.. candidates
            .OrderBy(c => c.Distance)
            .ThenByDescending(c => c.DocFreq)
            .Take(options.FuzzyMaxExpansions)
            .Select(c => (c.Term, 1f - ((float)c.Distance / Math.Min(term.Length, c.Term.Length))))
            .Where(c => c.Item2 > 0)];
    }

    /// <summary>
    /// Folded clauses only pay off when the folded term reaches documents the typed term does not
    /// ("vardcentral" → vårdcentral); for "barn" they would score the same postings twice.
    /// </summary>
    private bool FoldingAddsDocuments(string folded, List<string> terms) =>
        _terms.DocFreq(SearchFields.BodyFolded, folded) + _terms.DocFreq(SearchFields.TitleFolded, folded)
        > terms.Sum(t => _terms.DocFreq(SearchFields.Body, t) + _terms.DocFreq(SearchFields.Title, t));

    private bool IsRare(string term) =>
        _terms.DocFreq(SearchFields.Body, term) + _terms.DocFreq(SearchFields.Title, term) < options.FuzzyWhenDocFreqBelow;

    private void AddTerm(BooleanQuery query, string field, string term, float boost)
    {
        if (boost > 0)
        {
            var clause = _terms.Query(field, term);
            clause.Boost = boost;
            query.Add(clause, Occur.SHOULD);
        }
    }
}
