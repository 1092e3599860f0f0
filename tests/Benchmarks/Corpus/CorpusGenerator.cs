using System.Text;
using Halsoportal.Search.Documents;

namespace Halsoportal.Benchmarks.Corpus;

/// <summary>
/// Generates Swedish-like search documents (≈1.5–2 KB of text each) from
/// <see cref="SwedishVocabulary"/>. Deterministic: document <c>i</c> depends only on the seed and
/// <c>i</c>, so the Lucene index and the PostgreSQL table are fed the same documents without
/// keeping 100 000 of them in memory (which would distort the memory measurement).
/// </summary>
internal sealed class CorpusGenerator
{
    public const int DefaultSeed = 20_260_601;

    /// <summary>Share of words drawn from the document's topic list instead of the whole vocabulary.</summary>
    private const double TopicShare = 0.22;

    private static readonly DateTimeOffset Newest = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly int _seed;
    private readonly ZipfTable _global;
    private readonly ZipfTable[] _topics;

    public CorpusGenerator(int seed = DefaultSeed)
    {
        _seed = seed;
        var shuffle = new Random(seed);
        var ranked = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void AddTier(IEnumerable<string> words, bool keepOrder)
        {
            var tier = words.Where(seen.Add).ToArray();
            if (!keepOrder)
            {
                shuffle.Shuffle(tier);
            }

            ranked.AddRange(tier);
        }

        AddTier(SwedishVocabulary.Top, keepOrder: true);
        AddTier(SwedishVocabulary.Everyday, keepOrder: false);
        AddTier(SwedishVocabulary.Health, keepOrder: false);
        AddTier(SwedishVocabulary.Rare, keepOrder: false);
        AddTier(
            SwedishVocabulary.CompoundModifiers.SelectMany(m => SwedishVocabulary.CompoundHeads.SelectMany(h => new[] { m + h.Indefinite, m + h.Definite })),
            keepOrder: false);

        _global = new ZipfTable([.. ranked], exponent: 1.0);
        _topics = [.. SwedishVocabulary.Topics.Select(t => new ZipfTable(t.Words, exponent: 0.8))];
    }

    /// <summary>Distinct words and phrases the generator draws from.</summary>
    public int VocabularySize => _global.Count;

    /// <summary>Documents 0 … <paramref name="count"/>−1, generated one at a time.</summary>
    public IEnumerable<SearchDocument> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Create(i);
        }
    }

    /// <summary>Document number <paramref name="index"/>; the same for the same seed and index, always.</summary>
    public SearchDocument Create(int index)
    {
        var rng = new Random(Mix(_seed, index));
        var roll = rng.NextDouble();
        var type = roll switch
        {
            < 0.70 => SearchDocumentType.Article,
            < 0.88 => SearchDocumentType.ContactPoint,
            < 0.97 => SearchDocumentType.Dialog,
            _ => SearchDocumentType.Page,
        };

        // Scope: contact points belong to a kommun, the site's pages are national, the rest spread.
        var scopeRoll = rng.NextDouble();
        var kommun = DemoKommuner.All[rng.Next(DemoKommuner.All.Length)];
        var level = type switch
        {
            SearchDocumentType.ContactPoint => SearchScopeLevel.Kommun,
            SearchDocumentType.Page => SearchScopeLevel.National,
            _ => scopeRoll < 0.35 ? SearchScopeLevel.National : scopeRoll < 0.55 ? SearchScopeLevel.Region : SearchScopeLevel.Kommun,
        };
        var kommunCodes = new List<string>();
        if (level == SearchScopeLevel.Kommun)
        {
            kommunCodes.Add(kommun.Code);
            if (rng.NextDouble() < 0.1)
            {
                // Some items are shared by neighbouring kommuner of the same region.
                var neighbours = DemoKommuner.All.Where(k => k.RegionCode == kommun.RegionCode && k.Code != kommun.Code).ToArray();
                kommunCodes.Add(neighbours[rng.Next(neighbours.Length)].Code);
            }
        }

        var topic = PickTopic(rng);
        var topics = new List<string> { SwedishVocabulary.Topics[topic].Slug };
        if (rng.NextDouble() < 0.3)
        {
            var second = SwedishVocabulary.Topics[rng.Next(SwedishVocabulary.Topics.Length)].Slug;
            if (second != topics[0])
            {
                topics.Add(second);
            }
        }

        var life = new List<string> { SwedishVocabulary.LifeSituations[rng.Next(SwedishVocabulary.LifeSituations.Length)] };
        if (rng.NextDouble() < 0.4)
        {
            var second = SwedishVocabulary.LifeSituations[rng.Next(SwedishVocabulary.LifeSituations.Length)];
            if (second != life[0])
            {
                life.Add(second);
            }
        }

        var town = kommun.Towns[rng.Next(kommun.Towns.Length)];
        var place = level switch
        {
            SearchScopeLevel.Kommun => kommun.Name,
            SearchScopeLevel.Region => DemoKommuner.RegionName(kommun.RegionCode),
            _ => "Sverige",
        };
        var topicWord = _topics[topic].Draw(rng);
        var title = type switch
        {
            SearchDocumentType.ContactPoint => Format(Pick(rng, SwedishVocabulary.ContactPointNames), town),
            SearchDocumentType.Dialog => Format(Pick(rng, SwedishVocabulary.DialogTitles), topicWord, place),
            SearchDocumentType.Page => Pick(rng, SwedishVocabulary.PageTitles),
            _ => Format(Pick(rng, SwedishVocabulary.ArticleTitles), topicWord, Pick(rng, SwedishVocabulary.Audiences), place),
        };

        var placeWords = level == SearchScopeLevel.Kommun ? new[] { kommun.Name, town } : level == SearchScopeLevel.Region ? [DemoKommuner.RegionName(kommun.RegionCode)] : [];
        var ingress = new StringBuilder();
        while (ingress.Length < 110)
        {
            AppendSentence(ingress, rng, topic, placeWords);
        }

        var body = new StringBuilder(2048);
        if (type == SearchDocumentType.ContactPoint)
        {
            body.Append(title).Append(" ligger på ").Append(Pick(rng, SwedishVocabulary.Streets)).Append(' ')
                .Append(rng.Next(1, 60)).Append(" i ").Append(town).Append(". Du kan boka tid via 1177 eller ringa oss på telefon. ")
                .Append("Öppettider: måndag till fredag ").Append(rng.Next(7, 10)).Append('–').Append(rng.Next(15, 18)).Append(".\n\n");
        }

        var target = rng.Next(1300, 1750);
        while (body.Length < target)
        {
            var sentences = rng.Next(3, 6);
            for (var s = 0; s < sentences && body.Length < target; s++)
            {
                AppendSentence(body, rng, topic, placeWords);
            }

            body.Append("\n\n");
        }

        var typeValue = type.ToValue();
        return new SearchDocument
        {
            Id = typeValue + ":" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Type = type,
            Title = title,
            Ingress = ingress.ToString().TrimEnd(),
            Body = body.ToString().TrimEnd(),
            Url = UrlPrefix(type) + Slug(title) + "-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            KommunCodes = kommunCodes,
            RegionCode = level == SearchScopeLevel.National ? null : kommun.RegionCode,
            Topics = topics,
            LifeSituations = life,
            Updated = Newest.AddDays(-rng.Next(0, 1500)).AddMinutes(-rng.Next(0, 1440)),
        };
    }

    private void AppendSentence(StringBuilder text, Random rng, int topic, string[] placeWords)
    {
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append(' ');
        }

        var length = rng.Next(6, 17);
        var sentenceStart = text.Length;
        for (var w = 0; w < length; w++)
        {
            var roll = rng.NextDouble();
            var word = roll < TopicShare ? _topics[topic].Draw(rng)
                : roll < TopicShare + 0.015 && placeWords.Length > 0 ? placeWords[rng.Next(placeWords.Length)]
                : _global.Draw(rng);
            if (w > 0)
            {
                text.Append(rng.NextDouble() < 0.07 ? ", " : " ");
            }

            text.Append(word);
        }

        // Capitalise the first letter of the sentence ("1177" and "KBT" stay as they are).
        text[sentenceStart] = char.ToUpperInvariant(text[sentenceStart]);
        var end = rng.NextDouble();
        text.Append(end < 0.9 ? '.' : end < 0.97 ? '?' : '!');
    }

    private static int PickTopic(Random rng)
    {
        // Some topics are written about far more than others.
        var roll = rng.NextDouble();
        var weightSum = 0.0;
        var total = 0.0;
        for (var i = 0; i < SwedishVocabulary.Topics.Length; i++)
        {
            total += 1.0 / (i + 2);
        }

        for (var i = 0; i < SwedishVocabulary.Topics.Length; i++)
        {
            weightSum += 1.0 / (i + 2) / total;
            if (roll < weightSum)
            {
                return i;
            }
        }

        return SwedishVocabulary.Topics.Length - 1;
    }

    private static string Pick(Random rng, string[] values) => values[rng.Next(values.Length)];

    private static string Format(string pattern, params string[] values)
    {
        var text = pattern;
        for (var i = 0; i < values.Length; i++)
        {
            text = text.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", values[i], StringComparison.Ordinal);
        }

        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string UrlPrefix(SearchDocumentType type) => type switch
    {
        SearchDocumentType.ContactPoint => "/kontakt/",
        SearchDocumentType.Dialog => "/dialog/",
        SearchDocumentType.Page => "/sida/",
        _ => "/artikel/",
    };

    private static string Slug(string title)
    {
        var slug = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            var mapped = c switch
            {
                'å' or 'ä' => 'a',
                'ö' => 'o',
                _ => c,
            };
            if (char.IsAsciiLetterOrDigit(mapped))
            {
                slug.Append(mapped);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }

    /// <summary>SplitMix64 of seed and index: independent, reproducible streams per document.</summary>
    private static int Mix(int seed, int index)
    {
        var z = ((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & 0x7FFF_FFFF);
    }

    /// <summary>Words with Zipf weights 1/rank^s, drawn by binary search over the cumulative weights.</summary>
    private sealed class ZipfTable
    {
        private readonly string[] _words;
        private readonly double[] _cumulative;

        public ZipfTable(string[] words, double exponent)
        {
            _words = words;
            _cumulative = new double[words.Length];
            var sum = 0.0;
            for (var i = 0; i < words.Length; i++)
            {
                sum += 1.0 / Math.Pow(i + 1, exponent);
                _cumulative[i] = sum;
            }
        }

        public int Count => _words.Length;

        public string Draw(Random rng)
        {
            var target = rng.NextDouble() * _cumulative[^1];
            var index = Array.BinarySearch(_cumulative, target);
            return _words[index < 0 ? Math.Min(~index, _words.Length - 1) : index];
        }
    }
}
