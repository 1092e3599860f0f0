using Halsoportal.Search.Analysis;
using Halsoportal.Search.Documents;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Halsoportal.Search.Querying;

/// <summary>
/// "Menade du …?": for each query word the index does not know in any inflection (or, when a
/// search found little, knows only barely), the closest word of the spelling field within two edits, preferring fewer
/// edits and then more documents. Words are the text as written (lower-cased, unstemmed), so the
/// suggestion is something a resident would type.
/// </summary>
internal static class SpellingSuggester
{
    private const int MinWordLength = 4;
    private const int MaxCandidatesPerWord = 200;

    /// <summary>A rare word is replaced only by a word this many times more common.</summary>
    private const int RareWordFactor = 20;

    private const int RareWordMaxDocFreq = 2;

    public static string? Suggest(IndexReader reader, IReadOnlyList<string> words, IReadOnlySet<int> skip, bool fewHits)
    {
        var terms = MultiFields.GetTerms(reader, SearchFields.Spelling);
        if (terms is null || words.Count == 0)
        {
            return null;
        }

        var states = TermStates.For(reader);
        var changed = false;
        var output = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (skip.Contains(i) || !Eligible(word))
            {
                output.Add(word);
                continue;
            }

            var docFreq = states.DocFreq(SearchFields.Spelling, word);
            if ((docFreq > 0 && (!fewHits || docFreq > RareWordMaxDocFreq)) || (docFreq == 0 && StemIsKnown(states, word)))
            {
                output.Add(word);
                continue;
            }

            var minDocFreq = docFreq == 0 ? 1 : docFreq * RareWordFactor;
            var best = BestCandidate(terms, word, minDocFreq);
            if (best is null)
            {
                output.Add(word);
            }
            else
            {
                output.Add(best);
                changed = true;
            }
        }

        return changed ? string.Join(' ', output) : null;
    }

    /// <summary>
    /// A word the text never uses in this inflection ("ryggen") is still no typo when its stem
    /// occurs ("rygg"): suggesting another inflection would only confuse.
    /// </summary>
    private static bool StemIsKnown(TermStates states, string word) =>
        SwedishAnalysis.Terms(SwedishAnalysis.Query, word).Any(stem => states.DocFreq(SearchFields.WholeWords, stem) > 0);

    private static bool Eligible(string word) =>
        word.Length >= MinWordLength
        && !word.All(char.IsDigit)
        && !SwedishAnalyzer.DefaultStopSet.Contains(word);

    private static string? BestCandidate(Terms terms, string word, int minDocFreq)
    {
        var maxEdits = word.Length <= 5 ? 1 : 2;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(SearchFields.Spelling, word), maxEdits, prefixLength: 1, transpositions: true);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestDocFreq = 0;
        var seen = 0;
        while (fuzzy.MoveNext() && seen++ < MaxCandidatesPerWord)
        {
            var candidate = fuzzy.Term.Utf8ToString();
            var docFreq = fuzzy.DocFreq;
            if (candidate == word || docFreq < minDocFreq)
            {
                continue;
            }

            var distance = EditDistance.Between(word, candidate);
            if (distance < bestDistance || (distance == bestDistance && docFreq > bestDocFreq))
            {
                best = candidate;
                bestDistance = distance;
                bestDocFreq = docFreq;
            }
        }

        return best;
    }
}
