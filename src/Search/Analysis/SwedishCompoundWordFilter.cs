using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Util;

namespace Halsoportal.Search.Analysis;

/// <summary>
/// <see cref="DictionaryCompoundWordTokenFilter"/> with our sizes (word ≥ 5, sub-word 4–15, only the
/// longest match per start position) plus one guard: a sub-word that only partly overlaps a
/// protected word is dropped, so "standardglas" does not yield "tand" and "kostnadsfri" does not
/// yield "kost". The original token is always kept; sub-words follow it at the same position.
/// A position is only probed for all sub-word lengths when its first four letters begin some word
/// of the list, which keeps the brute-force search cheap at index time.
/// </summary>
internal sealed class SwedishCompoundWordFilter(TokenStream input, CompoundWordList words)
    : DictionaryCompoundWordTokenFilter(
        SwedishAnalysis.Version,
        input,
        words.Dictionary,
        SwedishAnalysis.MinCompoundWordSize,
        SwedishAnalysis.MinSubwordSize,
        SwedishAnalysis.MaxSubwordSize,
        onlyLongestMatch: true)
{
    private readonly CompoundWordList _words = words;
    private readonly List<(int Start, int End)> _protectedSpans = [];

    protected override void Decompose()
    {
        var length = m_termAtt.Length;
        var buffer = m_termAtt.Buffer;
        FindProtectedSpans(buffer, length);
        for (var start = 0; start <= length - m_minSubwordSize; start++)
        {
            if (!_words.DictionaryPrefixes.Contains(buffer, start, m_minSubwordSize))
            {
                continue;
            }

            var longest = 0;
            for (var size = m_minSubwordSize; size <= m_maxSubwordSize && start + size <= length; size++)
            {
                if (m_dictionary.Contains(buffer, start, size) && !CrossesProtectedWord(start, start + size))
                {
                    longest = size;
                }
            }

            if (longest > 0)
            {
                m_tokens.Enqueue(new CompoundToken(this, start, longest));
            }
        }
    }

    private void FindProtectedSpans(char[] buffer, int length)
    {
        _protectedSpans.Clear();
        for (var start = 0; start <= length - m_minSubwordSize; start++)
        {
            if (!_words.ProtectedPrefixes.Contains(buffer, start, m_minSubwordSize))
            {
                continue;
            }

            for (var size = m_minSubwordSize; start + size <= length && size <= m_maxSubwordSize; size++)
            {
                if (_words.Protected.Contains(buffer, start, size))
                {
                    _protectedSpans.Add((start, start + size));
                }
            }
        }
    }

    /// <summary>True when [start, end) overlaps a protected word without covering all of it.</summary>
    private bool CrossesProtectedWord(int start, int end)
    {
        foreach (var (protectedStart, protectedEnd) in _protectedSpans)
        {
            var overlaps = start < protectedEnd && end > protectedStart;
            var covers = start <= protectedStart && end >= protectedEnd;
            if (overlaps && !covers)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The compound dictionary and protected words, with the four-letter prefixes used to skip positions quickly.</summary>
internal sealed class CompoundWordList(IEnumerable<string> dictionary, IEnumerable<string> protectedWords)
{
    public CharArraySet Dictionary { get; } = new(SwedishAnalysis.Version, dictionary.ToList(), ignoreCase: false);

    public CharArraySet Protected { get; } = new(SwedishAnalysis.Version, protectedWords.ToList(), ignoreCase: false);

    public CharArraySet DictionaryPrefixes { get; } = Prefixes(dictionary);

    public CharArraySet ProtectedPrefixes { get; } = Prefixes(protectedWords);

    private static CharArraySet Prefixes(IEnumerable<string> words) =>
        new(SwedishAnalysis.Version, words.Select(w => w[..SwedishAnalysis.MinSubwordSize]).Distinct(StringComparer.Ordinal).ToList(), ignoreCase: false);
}
