using System.Text;
using Halsoportal.Search.Analysis;
using Halsoportal.Search.Documents;
using Halsoportal.Search.Indexing;
using Halsoportal.Search.Synonyms;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Halsoportal.Search.Querying;

/// <summary>
/// <see cref="ISearchService"/> on a Lucene index. Stateless per request apart from the compiled
/// synonym table, which is swapped atomically when the <see cref="ISynonymSource"/> returns a new list.
/// </summary>
public sealed class LuceneSearchService(ISearcherSource searchers, ISynonymSource synonyms, SearchOptions options) : ISearchService
{
    private static readonly string[] FacetFields =
        [SearchFields.FacetType, SearchFields.FacetTopic, SearchFields.FacetKommun, SearchFields.FacetLifeSituation];

    private static readonly string[] HighlightMainFields =
        [SearchFields.Title, SearchFields.Ingress, SearchFields.Body, SearchFields.WholeWords];

    private static readonly string[] HighlightFoldedFields =
        [SearchFields.TitleFolded, SearchFields.IngressFolded, SearchFields.BodyFolded];

    private static readonly Sort NewestFirst = new(new SortField(SearchFields.Updated, SortFieldType.INT64, reverse: true));

    private CompiledSynonyms? _synonyms;

    /// <inheritdoc />
    public SearchResult Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (text, shortened) = QueryText.Normalise(request.Query, options.MaxQueryLength);
        var split = SwedishAnalysis.SplitWords(text);
        var words = split.Take(options.MaxQueryWords).Select(w => w.Text).ToList();
        var typed = split.Take(options.MaxQueryWords).Select(w => text[w.Start..w.End]).ToList();
        shortened |= split.Count > words.Count;
        var pageSize = Math.Clamp(request.PageSize, 1, options.MaxPageSize);
        var page = Math.Clamp(request.Page, 1, options.MaxPage);

        using var lease = searchers.Acquire();
        var searcher = lease.Searcher;
        var reader = searcher.IndexReader;
        var ignored = new List<string>();
        var scope = ScopeFilter(request.Language, request.Resident);
        var filters = Filters(reader, request, ignored);
        var synonymTable = CurrentSynonyms();
        var builder = new QueryBuilder(reader, options);

        var textQuery = builder.Build(words, typed, synonymTable, relaxed: false);
        var status = textQuery.Core is null ? SearchStatus.EmptyQuery : SearchStatus.Ok;
        var sort = status == SearchStatus.EmptyQuery ? SearchSort.Newest : request.Sort;
        var execution = Execute(searcher, textQuery, scope, filters, request.Resident, sort, page, pageSize, request.IncludeFacets);
        var relaxed = false;
        if (execution.TotalHits == 0 && textQuery.Core is not null)
        {
            // Nothing had (nearly) all the words or compound parts: show what has some of them, and say so.
            var looser = builder.Build(words, typed, synonymTable, relaxed: true);
            execution = Execute(searcher, looser, scope, filters, request.Resident, sort, page, pageSize, request.IncludeFacets);
            relaxed = execution.TotalHits > 0;
        }

        string? didYouMean = null;
        if (status == SearchStatus.Ok)
        {
            var fewHits = execution.TotalHits <= options.SuggestWhenHitsAtMost;
            didYouMean = SpellingSuggester.Suggest(reader, words, textQuery.SynonymWords, fewHits);
        }

        return new SearchResult
        {
            Status = status,
            Query = text,
            QueryWasShortened = shortened,
            MatchedSomeWordsOnly = relaxed,
            TotalHits = execution.TotalHits,
            Page = page,
            PageSize = pageSize,
            Hits = Hits(searcher, execution, status == SearchStatus.Ok),
            Facets = execution.Facets,
            DidYouMean = didYouMean,
            IgnoredFilterValues = ignored,
        };
    }

    /// <inheritdoc />
    public IReadOnlyList<AutocompleteSuggestion> Autocomplete(AutocompleteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (text, _) = QueryText.Normalise(request.Prefix, options.MaxQueryLength);
        var words = SwedishAnalysis.SplitWords(text).Select(w => w.Text).Take(options.MaxQueryWords).ToList();
        var grams = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var isLast = i == words.Count - 1;
            // Earlier stop words are not in the autocomplete field; the last word is a prefix ("vår" → "vårdcentral").
            if (!isLast && Lucene.Net.Analysis.Sv.SwedishAnalyzer.DefaultStopSet.Contains(word))
            {
                continue;
            }

            var gram = word.Length > SwedishAnalysis.MaxAutocompleteGram ? word[..SwedishAnalysis.MaxAutocompleteGram] : word;
            if (gram.Length >= SwedishAnalysis.MinAutocompleteGram)
            {
                grams.Add(gram);
            }
        }

        if (grams.Count == 0)
        {
            return [];
        }

        var core = new BooleanQuery(disableCoord: true);
        foreach (var gram in grams)
        {
            var clause = new BooleanQuery(disableCoord: true)
            {
                { new TermQuery(new Term(SearchFields.Autocomplete, gram)) { Boost = 2f }, Occur.SHOULD },
            };
            if (gram.All(char.IsAscii))
            {
                clause.Add(new TermQuery(new Term(SearchFields.AutocompleteFolded, gram)), Occur.SHOULD);
            }

            core.Add(clause, Occur.MUST);
        }

        var max = Math.Clamp(request.MaxResults, 1, options.AutocompleteMaxResults);
        var filters = new List<Query>();
        if (request.EasyRead is { } easyRead)
        {
            filters.Add(Term(SearchFields.EasyRead, easyRead ? SearchFields.EasyReadYes : SearchFields.EasyReadNo));
        }

        using var lease = searchers.Acquire();
        var searcher = lease.Searcher;
        var query = Combine(core, ScopeFilter(request.Language, request.Resident), filters, request.Resident);
        var collector = TopScoreDocCollector.Create(max * 4, docsScoredInOrder: false);
        searcher.Search(query, collector);

        var suggestions = new List<AutocompleteSuggestion>(max);
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var scoreDoc in collector.GetTopDocs().ScoreDocs)
        {
            var doc = searcher.Doc(scoreDoc.Doc);
            var title = doc.Get(SearchFields.Title) ?? "";
            if (title.Length == 0 || !titles.Add(title) || !SearchDocumentTypes.TryParse(doc.Get(SearchFields.Type), out var type))
            {
                continue;
            }

            suggestions.Add(new AutocompleteSuggestion(title, MarkPrefixes(title, grams), doc.Get(SearchFields.Url) ?? "", type));
            if (suggestions.Count == max)
            {
                break;
            }
        }

        return suggestions;
    }

    private Execution Execute(IndexSearcher searcher, TextQuery textQuery, CachedSegmentFilter scope, List<Query> filters, ResidentScope? resident, SearchSort sort, int page, int pageSize, bool includeFacets)
    {
        // By relevance, the phrase bonus only reorders the best-ranked candidates (below); newest
        // first, it only adds to the shown score.
        var rescore = sort == SearchSort.Relevance && textQuery.Bonus is not null;
        var text = (rescore ? textQuery.Core : textQuery.Query) ?? new MatchAllDocsQuery();
        var rewritten = searcher.Rewrite(Combine(text, scope, filters, resident));
        var wanted = page * pageSize;
        var facets = new FacetCountsCollector(FacetFields);
        ITopDocsCollector top = sort == SearchSort.Newest
            ? TopFieldCollector.Create(NewestFirst, wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
            : TopScoreDocCollector.Create(rescore ? Math.Max(wanted, options.PhraseRescoreDepth) : wanted, docsScoredInOrder: false);
        searcher.Search(rewritten, includeFacets ? MultiCollector.Wrap(top, facets) : top);
        var scoreDocs = rescore
            ? [.. AddBonus(searcher, top.GetTopDocs().ScoreDocs, textQuery.Bonus!, resident, wanted).Skip((page - 1) * pageSize)]
            : top.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs;
        return new Execution(
            rewritten,
            top.TotalHits,
            scoreDocs,
            includeFacets ? new SearchFacets(facets.Counts(0), facets.Counts(1), facets.Counts(2), facets.Counts(3)) : SearchFacets.Empty);
    }

    /// <summary>
    /// Adds the phrase bonus to the first-pass candidates and reorders them: positions are read for
    /// a few hundred documents instead of every candidate of a broad query. The bonus gets the
    /// same kommun-first factor as the rest of the score. (Lucene's QueryRescorer fails on no hits
    /// and on segments the bonus does not match.)
    /// </summary>
    private ScoreDoc[] AddBonus(IndexSearcher searcher, ScoreDoc[] candidates, Query bonus, ResidentScope? resident, int wanted)
    {
        var scaled = IsValid(resident) ? new ScopeBoostQuery(bonus, options.KommunBoost, options.RegionBoost) : bonus;
        var weight = searcher.CreateNormalizedWeight(scaled);
        var leaves = searcher.IndexReader.Leaves;
        AtomicReaderContext? leaf = null;
        Scorer? scorer = null;
        foreach (var hit in candidates.OrderBy(c => c.Doc))
        {
            if (leaf is null || hit.Doc >= leaf.DocBase + leaf.AtomicReader.MaxDoc)
            {
                leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            }

            var target = hit.Doc - leaf.DocBase;
            if (scorer is not null && (scorer.DocID < target ? scorer.Advance(target) : scorer.DocID) == target)
            {
                hit.Score += scorer.GetScore();
            }
        }

        // The first pass's order: score, then document number.
        return [.. candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Doc).Take(wanted)];
    }

    /// <summary>
    /// Text query, the language and resident scope as a cached random-access filter, the other
    /// filters as constant-score clauses (MUST, no score), and the kommun-first factor.
    /// </summary>
    private Query Combine(Query core, CachedSegmentFilter scope, List<Query> filters, ResidentScope? resident)
    {
        var query = new BooleanQuery(disableCoord: true) { { core, Occur.MUST } };
        foreach (var filter in filters)
        {
            query.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        }

        var filtered = new FilteredQuery(query, scope, FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY);
        return IsValid(resident) ? new ScopeBoostQuery(filtered, options.KommunBoost, options.RegionBoost) : filtered;
    }

    /// <summary>
    /// The language, and for a resident their kommun's, region's and national items (no other
    /// kommun's): the same few combinations for every search, so their matches are cached per segment.
    /// </summary>
    private static CachedSegmentFilter ScopeFilter(string? language, ResidentScope? resident)
    {
        var normalised = SearchDocumentMapper.NormaliseLanguage(language ?? "sv");
        var query = new BooleanQuery(disableCoord: true) { { Term(SearchFields.Language, normalised), Occur.MUST } };
        var key = new StringBuilder().Append(normalised.Length).Append(':').Append(normalised);
        if (IsValid(resident))
        {
            var kommun = SearchFields.KommunScope(resident!.KommunCode.Trim());
            var region = SearchFields.RegionScope(resident.RegionCode.Trim());
            query.Add(new BooleanQuery(disableCoord: true)
            {
                { Term(SearchFields.Scope, kommun), Occur.SHOULD },
                { Term(SearchFields.Scope, region), Occur.SHOULD },
                { Term(SearchFields.Scope, SearchFields.NationalScope), Occur.SHOULD },
            }, Occur.MUST);

            // Length-prefixed, so no two different scopes share a key.
            key.Append(kommun.Length).Append(':').Append(kommun).Append(region.Length).Append(':').Append(region);
        }

        return new CachedSegmentFilter(key.ToString(), query);
    }

    private static List<Query> Filters(IndexReader reader, SearchRequest request, List<string> ignored)
    {
        var filters = new List<Query>();
        AddAnyOf(filters, reader, SearchFields.Type, (request.Types ?? []).Where(Enum.IsDefined).Select(t => t.ToValue()), ignored);
        AddAnyOf(filters, reader, SearchFields.Topic, request.Topics, ignored);
        AddAnyOf(filters, reader, SearchFields.LifeSituation, request.LifeSituations, ignored);
        AddAnyOf(filters, reader, SearchFields.Kommun, request.KommunCodes, ignored);
        if (request.EasyRead is { } easyRead)
        {
            filters.Add(Term(SearchFields.EasyRead, easyRead ? SearchFields.EasyReadYes : SearchFields.EasyReadNo));
        }

        return filters;
    }

    private static bool IsValid(ResidentScope? resident) =>
        resident is not null && !string.IsNullOrWhiteSpace(resident.KommunCode) && !string.IsNullOrWhiteSpace(resident.RegionCode);

    /// <summary>Any of the values; values the index has never seen are ignored rather than emptying the result.</summary>
    private static void AddAnyOf(List<Query> filters, IndexReader reader, string field, IEnumerable<string>? values, List<string> ignored)
    {
        var known = new BooleanQuery(disableCoord: true);
        foreach (var raw in (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).Take(50))
        {
            if (raw.Length <= 100 && TermStates.For(reader).DocFreq(field, raw) > 0)
            {
                known.Add(Term(field, raw), Occur.SHOULD);
            }
            else
            {
                ignored.Add(raw.Length <= 100 ? raw : raw[..100]);
            }
        }

        if (known.Clauses.Count > 0)
        {
            filters.Add(known);
        }
    }

    private static TermQuery Term(string field, string value) => new(new Term(field, value));

    private List<SearchHit> Hits(IndexSearcher searcher, Execution execution, bool highlight)
    {
        var (mainTerms, foldedTerms) = highlight ? HighlightTerms(execution.Query) : ([], []);
        var leaves = searcher.IndexReader.Leaves;
        var hits = new List<SearchHit>(execution.ScoreDocs.Length);
        foreach (var scoreDoc in execution.ScoreDocs)
        {
            var doc = searcher.Doc(scoreDoc.Doc);
            if (!SearchDocumentTypes.TryParse(doc.Get(SearchFields.Type), out var type))
            {
                continue;
            }

            var leaf = leaves[ReaderUtil.SubIndex(scoreDoc.Doc, leaves)];
            var local = scoreDoc.Doc - leaf.DocBase;
            var title = doc.Get(SearchFields.Title) ?? "";
            var ingress = doc.Get(SearchFields.Ingress) ?? "";
            var body = doc.Get(SearchFields.Body) ?? "";

            var titleSpans = Spans(leaf.AtomicReader, local, SearchFields.Title, mainTerms, foldedTerms);
            var snippet = SnippetBuilder.Best(body, Spans(leaf.AtomicReader, local, SearchFields.Body, mainTerms, foldedTerms), options.SnippetLength)
                ?? SnippetBuilder.Best(ingress, Spans(leaf.AtomicReader, local, SearchFields.Ingress, mainTerms, foldedTerms), options.SnippetLength)
                ?? SnippetBuilder.Plain(ingress.Length > 0 ? ingress : body, options.SnippetLength);

            hits.Add(new SearchHit
            {
                Id = doc.Get(SearchFields.Id) ?? "",
                Type = type,
                Language = doc.Get(SearchFields.Language) ?? "",
                IsEasyRead = doc.Get(SearchFields.EasyRead) == SearchFields.EasyReadYes,
                Title = title,
                TitleHtml = SnippetBuilder.MarkAll(title, titleSpans),
                SnippetHtml = snippet,
                Url = doc.Get(SearchFields.Url) ?? "",
                Score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score,
                Updated = DateTimeOffset.FromUnixTimeMilliseconds(doc.GetField(SearchFields.Updated)?.GetInt64Value() ?? 0),
                KommunCodes = doc.GetValues(SearchFields.Kommun) ?? [],
                RegionCode = doc.Get(SearchFields.Region),
                Topics = doc.GetValues(SearchFields.Topic) ?? [],
                LifeSituations = doc.GetValues(SearchFields.LifeSituation) ?? [],
            });
        }

        return hits;
    }

    private static List<MatchSpan> Spans(AtomicReader reader, int doc, string field, List<string> mainTerms, List<string> foldedTerms)
    {
        var spans = new List<MatchSpan>();
        SnippetBuilder.CollectSpans(reader, doc, field, mainTerms, 0, spans);
        SnippetBuilder.CollectSpans(reader, doc, SearchFields.FoldedOf(field), foldedTerms, mainTerms.Count, spans);
        return spans;
    }

    /// <summary>
    /// The terms of the rewritten query (so fuzzy expansions are included), split into terms of the
    /// main chain and of the folded chain; the offsets are then read from the stored text fields.
    /// </summary>
    private static (List<string> Main, List<string> Folded) HighlightTerms(Query rewritten)
    {
        var terms = new HashSet<Term>();
        try
        {
            rewritten.ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // A query type that cannot list its terms: no highlighting rather than no results.
            return ([], []);
        }

        // One-letter terms ("p" of "p-piller") would light up every stray letter.
        var main = terms.Where(t => HighlightMainFields.Contains(t.Field) && t.Text.Length > 1).Select(t => t.Text).Distinct(StringComparer.Ordinal).ToList();
        var folded = terms.Where(t => HighlightFoldedFields.Contains(t.Field) && t.Text.Length > 1).Select(t => t.Text).Distinct(StringComparer.Ordinal).ToList();
        return (main, folded);
    }

    /// <summary>Marks, in each title word, where a typed prefix matches (also without å/ä/ö).</summary>
    private static string MarkPrefixes(string title, List<string> grams)
    {
        var spans = new List<MatchSpan>();
        foreach (var (word, start, _) in SwedishAnalysis.SplitWords(title))
        {
            var plain = FoldSwedish(word);
            for (var g = 0; g < grams.Count; g++)
            {
                var gram = grams[g];
                var at = word.StartsWith(gram, StringComparison.Ordinal) || plain.StartsWith(gram, StringComparison.Ordinal) ? 0
                    : Math.Max(word.IndexOf(gram, StringComparison.Ordinal), gram.All(char.IsAscii) ? plain.IndexOf(gram, StringComparison.Ordinal) : -1);
                if (at >= 0)
                {
                    spans.Add(new MatchSpan(start + at, start + at + gram.Length, g));
                    break;
                }
            }
        }

        return SnippetBuilder.MarkAll(title, spans);
    }

    /// <summary>å/ä→a, ö→o one character for one, so positions stay valid.</summary>
    private static string FoldSwedish(string word) =>
        string.Create(word.Length, word, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    'å' or 'ä' => 'a',
                    'ö' => 'o',
                    'é' or 'è' => 'e',
                    'ü' => 'u',
                    _ => source[i],
                };
            }
        });

    private SynonymTable CurrentSynonyms()
    {
        var groups = synonyms.GetGroups();
        var cached = Volatile.Read(ref _synonyms);
        if (cached is not null && ReferenceEquals(cached.Source, groups))
        {
            return cached.Table;
        }

        var compiled = new CompiledSynonyms(groups, new SynonymTable(groups ?? []));
        Volatile.Write(ref _synonyms, compiled);
        return compiled.Table;
    }

    private sealed record CompiledSynonyms(IReadOnlyList<SynonymGroup> Source, SynonymTable Table);

    private sealed record Execution(Query Query, int TotalHits, ScoreDoc[] ScoreDocs, SearchFacets Facets);
}
