namespace Halsoportal.Search.Tests;

public sealed class SearchServiceTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private static readonly ResidentScope SundsvallResident = new(SwedishCorpus.Sundsvall, SwedishCorpus.Vasternorrland);

    private SearchResult Search(string query, ResidentScope? resident = null, int pageSize = 10) =>
        corpus.Service.Search(new SearchRequest { Query = query, Resident = resident, PageSize = pageSize });

    private static List<string> Ids(SearchResult result) => [.. result.Hits.Select(h => h.Id)];

    [Fact]
    public void Search_Mottagning_FindsUngdomsmottagningen()
    {
        var result = Search("mottagning");

        Assert.Equal(SearchStatus.Ok, result.Status);
        Assert.Contains("contactpoint:umo-sundsvall", Ids(result));
        Assert.Contains("article:umo-nationell", Ids(result));
    }

    [Fact]
    public void Search_Mottagning_WholeWordRanksAboveCompoundPart()
    {
        var ids = Ids(Search("mottagning"));

        Assert.Equal("article:mottagning-vuxna", ids[0]);
    }

    [Fact]
    public void Search_Ungdomsmottagning_ExactCompoundRanksFirst()
    {
        var result = Search("ungdomsmottagning");

        // The short title that is exactly the compound first; nothing that only has "mottagning" or "ungdom" above any compound hit.
        Assert.Equal("article:umo-nationell", result.Hits[0].Id);
        var firstWithoutCompound = result.Hits.ToList().FindIndex(h => !h.Title.Contains("ngdomsmottagning", StringComparison.OrdinalIgnoreCase) && !h.SnippetHtml.Contains("ngdomsmottagning", StringComparison.OrdinalIgnoreCase));
        var lastWithCompound = result.Hits.ToList().FindLastIndex(h => h.Title.Contains("ngdomsmottagning", StringComparison.OrdinalIgnoreCase));
        Assert.True(firstWithoutCompound == -1 || firstWithoutCompound > lastWithCompound);
    }

    [Fact]
    public void Search_Vardcentral_FindsVardcentralWithRing()
    {
        var result = Search("vardcentral");

        Assert.Equal("contactpoint:vc-sundsvall", result.Hits[0].Id);
        Assert.Contains("<mark>Vårdcentralen</mark>", result.Hits[0].TitleHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Vardcentral_SuggestsSpellingWithRing()
    {
        Assert.Equal("vårdcentralen", Search("vardcentralen").DidYouMean);
    }

    [Fact]
    public void Search_Bvc_FindsBarnavardscentral()
    {
        var ids = Ids(Search("BVC"));

        Assert.Equal("contactpoint:bvc-haga", ids[0]);
        Assert.Contains("article:barnhalsovard", ids);
    }

    [Fact]
    public void Search_Barnavardscentral_FindsAbbreviationToo()
    {
        var document = SwedishCorpus.Doc("contactpoint:bvc-only", SearchDocumentType.ContactPoint, "BVC Norr", "Öppet alla vardagar.", "Ring oss.");
        using var index = LuceneSearchIndex.CreateInMemory();
        index.Upsert(document);
        index.Commit(1);
        var service = new LuceneSearchService(index, new DefaultSynonymSource(), new SearchOptions());

        var result = service.Search(new SearchRequest { Query = "barnavårdscentral" });

        Assert.Equal("contactpoint:bvc-only", Assert.Single(result.Hits).Id);
    }

    [Fact]
    public void Search_Umo_FindsUngdomsmottagningar()
    {
        var ids = Ids(Search("umo"));

        Assert.Contains("article:umo-nationell", ids);
        Assert.Contains("contactpoint:umo-sundsvall", ids);
    }

    [Fact]
    public void Search_Far_FindsFysiskAktivitetPaRecept()
    {
        var ids = Ids(Search("FaR", SundsvallResident));

        Assert.Equal("article:far-vasternorrland", ids[0]);
    }

    [Theory]
    [InlineData("FAR")]
    [InlineData("far på recept")]
    public void Search_FarInCapitalsOrContext_FindsFysiskAktivitetPaRecept(string query)
    {
        Assert.Contains("article:far-vasternorrland", Ids(Search(query, SundsvallResident))[..2]);
    }

    [Fact]
    public void Search_CompoundInOtherInflection_FindsItThroughItsParts()
    {
        var document = SwedishCorpus.Doc("contactpoint:tand", SearchDocumentType.ContactPoint, "Folktandvården Centrum", "Boka tid hos tandläkaren.", "Tandläkaren och tandhygienisten tar emot vardagar.");
        using var index = LuceneSearchIndex.CreateInMemory();
        index.Upsert(document);
        index.Commit(1);
        var service = new LuceneSearchService(index, new DefaultSynonymSource(), new SearchOptions());

        Assert.Single(service.Search(new SearchRequest { Query = "tandläkare" }).Hits);
        Assert.Single(service.Search(new SearchRequest { Query = "tandlakare" }).Hits);
    }

    private static LuceneSearchService ServiceOver(LuceneSearchIndex index, params SearchDocument[] documents)
    {
        foreach (var document in documents)
        {
            index.Upsert(document);
        }

        index.Commit(1);
        return new LuceneSearchService(index, new DefaultSynonymSource(), new SearchOptions());
    }

    [Fact]
    public void Search_KnownStemInAnotherInflection_OffersNoSuggestion()
    {
        using var index = LuceneSearchIndex.CreateInMemory();
        var service = ServiceOver(index, SwedishCorpus.Doc("article:rygg", SearchDocumentType.Article, "Stark rygg", "", "Övningar för rygg och nacke."));

        var result = service.Search(new SearchRequest { Query = "ryggen" });

        Assert.Single(result.Hits);
        Assert.Null(result.DidYouMean);
    }

    [Fact]
    public void Search_SynonymTypedWithoutRing_StillExpands()
    {
        using var index = LuceneSearchIndex.CreateInMemory();
        var service = ServiceOver(index, SwedishCorpus.Doc("contactpoint:hc", SearchDocumentType.ContactPoint, "Hälsocentralen Nord", "", "Öppet vardagar."));

        Assert.Equal("contactpoint:hc", Assert.Single(service.Search(new SearchRequest { Query = "vardcentral" }).Hits).Id);
    }

    [Fact]
    public void Search_CompoundWithUnknownPart_FallsBackToAKnownPart()
    {
        using var index = LuceneSearchIndex.CreateInMemory();
        var service = ServiceOver(index, SwedishCorpus.Doc("article:fall", SearchDocumentType.Article, "Förebygg fall", "", "Balansträning minskar risken att falla."));

        var result = service.Search(new SearchRequest { Query = "fallolyckor" });

        Assert.Equal("article:fall", Assert.Single(result.Hits).Id);
        Assert.True(result.MatchedSomeWordsOnly);
    }

    [Fact]
    public void Search_FysiskAktivitetPaRecept_FindsDocumentsThatOnlySayFar()
    {
        var ids = Ids(Search("fysisk aktivitet på recept"));

        Assert.Contains("article:far-jonkoping", ids);
        Assert.Contains("article:far-vasternorrland", ids[..2]);
    }

    [Fact]
    public void Search_SlutaSnusa_FindsQuitSnusArticleFirst()
    {
        var result = Search("sluta snusa");

        Assert.Equal("article:sluta-snusa", result.Hits[0].Id);
        Assert.Contains("<mark>", result.Hits[0].SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_OntIRyggenTraning_FindsBackPainTrainingFirst()
    {
        var result = Search("ont i ryggen träning");

        Assert.Equal("article:ryggont", result.Hits[0].Id);
        Assert.Contains("<mark>ont</mark>", result.Hits[0].TitleHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Ungdomsmotagning_TypoStillFindsIt()
    {
        var result = Search("ungdomsmotagning");

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits.Take(3), h => Assert.Contains("ngdomsmottagning", h.Title, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Search_Ungdomsmotagning_OffersMenadeDu()
    {
        Assert.Equal("ungdomsmottagning", Search("ungdomsmotagning").DidYouMean);
    }

    [Fact]
    public void Search_CorrectlySpelled_OffersNoSuggestion()
    {
        Assert.Null(Search("ungdomsmottagning").DidYouMean);
    }

    [Fact]
    public void Search_TyposInTwoWords_CorrectsBoth()
    {
        Assert.Equal("sluta snusa", Search("slta snussa").DidYouMean);
    }

    [Fact]
    public void Search_WordWithSwedishLetter_DoesNotFindAsciiSibling()
    {
        var ids = Ids(Search("får"));

        Assert.Contains("article:somn", ids);
        Assert.DoesNotContain("article:pappa", ids);
    }

    [Fact]
    public void Search_AsciiWord_FindsExactFirstAndFoldedSecond()
    {
        var ids = Ids(Search("far"));

        Assert.Equal("article:pappa", ids[0]);
        Assert.Contains("article:somn", ids);
    }

    [Fact]
    public void Search_Barnen_FindsBarnAndBarnet()
    {
        var ids = Ids(Search("barnen"));

        Assert.Contains("article:barnhalsovard", ids);
        Assert.Contains("article:pappa", ids);
        Assert.Contains("contactpoint:bvc-haga", ids);
    }

    [Fact]
    public void Search_Halsan_FindsHalsaInCompounds()
    {
        Assert.Contains("article:barnhalsovard", Ids(Search("hälsan")));
    }

    [Fact]
    public void Search_Resident_RanksOwnKommunFirst()
    {
        var national = Search("ungdomsmottagning");
        var local = Search("ungdomsmottagning", SundsvallResident);

        Assert.NotEqual("contactpoint:umo-sundsvall", national.Hits[0].Id);
        Assert.Equal("contactpoint:umo-sundsvall", local.Hits[0].Id);
    }

    [Fact]
    public void Search_Resident_ExcludesOtherKommunerAndOtherRegions()
    {
        var ids = Ids(Search("ungdomsmottagning", SundsvallResident, pageSize: 50));

        Assert.DoesNotContain("contactpoint:umo-jonkoping", ids);
        Assert.DoesNotContain("contactpoint:umo-harnosand", ids);
        Assert.DoesNotContain("article:umo-jonkopings-lan", ids);
    }

    [Fact]
    public void Search_Resident_KeepsRegionalAndNational()
    {
        var ids = Ids(Search("recept", SundsvallResident, pageSize: 50));
        var national = Ids(Search("ungdomsmottagning", SundsvallResident, pageSize: 50));

        Assert.Contains("article:far-vasternorrland", ids);
        Assert.DoesNotContain("article:far-jonkoping", ids);
        Assert.Contains("article:umo-nationell", national);
    }

    [Fact]
    public void Search_Resident_RegionRanksAboveNationalOnEqualText()
    {
        var documents = new[]
        {
            SwedishCorpus.Doc("article:n", SearchDocumentType.Article, "Simskola för barn", "Lär dig simma.", "Simskola varje lördag."),
            SwedishCorpus.Doc("article:r", SearchDocumentType.Article, "Simskola för barn", "Lär dig simma.", "Simskola varje lördag.", region: SwedishCorpus.Vasternorrland),
            SwedishCorpus.Doc("article:k", SearchDocumentType.Article, "Simskola för barn", "Lär dig simma.", "Simskola varje lördag.", kommuner: [SwedishCorpus.Sundsvall], region: SwedishCorpus.Vasternorrland),
        };
        using var index = LuceneSearchIndex.CreateInMemory();
        foreach (var document in documents)
        {
            index.Upsert(document);
        }

        index.Commit(1);
        var service = new LuceneSearchService(index, new DefaultSynonymSource(), new SearchOptions());

        var ids = Ids(service.Search(new SearchRequest { Query = "simskola", Resident = SundsvallResident }));

        Assert.Equal(["article:k", "article:r", "article:n"], ids);
    }

    [Fact]
    public void Search_Language_OnlyReturnsThatLanguage()
    {
        var english = corpus.Service.Search(new SearchRequest { Query = "youth clinic", Language = "en" });
        var swedish = Search("youth clinic");

        Assert.Equal("article:youth-clinic", Assert.Single(english.Hits).Id);
        Assert.DoesNotContain("article:youth-clinic", Ids(swedish));
    }

    [Fact]
    public void Search_EasyReadFilter_ReturnsOnlyLattlast()
    {
        var result = corpus.Service.Search(new SearchRequest { Query = "sluta snusa", EasyRead = true });

        var hit = Assert.Single(result.Hits);
        Assert.True(hit.IsEasyRead);
        Assert.EndsWith("/lattlast", hit.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_EmptyQueryFacets_CountTheWholeCorpus()
    {
        var result = corpus.Service.Search(new SearchRequest { Query = "" });
        var swedish = SwedishCorpus.Documents.Where(d => d.Language == "sv").ToList();

        Assert.Equal(SearchStatus.EmptyQuery, result.Status);
        Assert.Equal(swedish.Count, result.TotalHits);
        AssertCounts(swedish.GroupBy(d => d.Type.ToValue()), result.Facets.Types);
        AssertCounts(swedish.SelectMany(d => d.Topics).GroupBy(t => t), result.Facets.Topics);
        AssertCounts(swedish.SelectMany(d => d.KommunCodes).GroupBy(k => k), result.Facets.Kommuner);
        AssertCounts(swedish.SelectMany(d => d.LifeSituations).GroupBy(l => l), result.Facets.LifeSituations);
    }

    [Fact]
    public void Search_TypeFilter_FacetsCountTheFilteredHits()
    {
        var result = corpus.Service.Search(new SearchRequest
        {
            Query = "ungdomsmottagning",
            Types = [SearchDocumentType.ContactPoint],
        });

        Assert.All(result.Hits, h => Assert.Equal(SearchDocumentType.ContactPoint, h.Type));
        Assert.Equal(new FacetCount("contactpoint", result.TotalHits), Assert.Single(result.Facets.Types));
        Assert.Equal(result.TotalHits, result.Facets.Kommuner.Sum(k => k.Count));
        Assert.Contains(new FacetCount(SwedishCorpus.Sundsvall, 1), result.Facets.Kommuner);
    }

    [Fact]
    public void Search_TopicAndLifeSituationFilters_Combine()
    {
        var result = corpus.Service.Search(new SearchRequest
        {
            Query = "",
            Topics = ["foraldraskap"],
            LifeSituations = ["barn-och-unga"],
        });

        Assert.Equal("article:barnhalsovard", Assert.Single(result.Hits).Id);
    }

    [Fact]
    public void Search_KommunFilter_ReturnsThatKommunsItems()
    {
        var result = corpus.Service.Search(new SearchRequest { Query = "", KommunCodes = [SwedishCorpus.Jonkoping] });

        Assert.Equal(2, result.TotalHits);
        Assert.All(result.Hits, h => Assert.Contains(SwedishCorpus.Jonkoping, h.KommunCodes));
    }

    [Fact]
    public void Search_UnknownFacetValue_IsIgnored()
    {
        var filtered = corpus.Service.Search(new SearchRequest { Query = "snus", Topics = ["finns-inte", "<script>"] });
        var plain = Search("snus");

        Assert.Equal(plain.TotalHits, filtered.TotalHits);
        Assert.Equal(["finns-inte", "<script>"], filtered.IgnoredFilterValues);
    }

    [Fact]
    public void Search_Snippet_MarksMatchesAndEncodesHtml()
    {
        var hit = Assert.Single(Search("kod").Hits);

        Assert.Contains("<mark>kod</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&amp;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Equal("Om webbplatsen", hit.TitleHtml);
    }

    [Fact]
    public void Search_Snippet_MarksFoldedMatchOnTheRealWord()
    {
        var hit = Search("tobaksavvanjning").Hits.First(h => h.Id == "contactpoint:vc-sundsvall");

        Assert.Contains("<mark>tobaksavvänjning</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Snippet_MarksCompoundThatContainsTheWord()
    {
        var hit = Search("vård").Hits.First(h => h.Id == "article:sluta-snusa" && !h.IsEasyRead);

        Assert.Contains("<mark>vårdcentralen</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_NoHitHasAllWords_ShowsPartialMatchesAndSaysSo()
    {
        var result = Search("snus xylofon");

        Assert.True(result.MatchedSomeWordsOnly);
        Assert.NotEmpty(result.Hits);
    }

    [Fact]
    public void Search_Paging_SplitsTheResult()
    {
        var all = corpus.Service.Search(new SearchRequest { Query = "", PageSize = 50 });
        var second = corpus.Service.Search(new SearchRequest { Query = "", Page = 2, PageSize = 5 });

        Assert.Equal(all.Hits.Skip(5).Take(5).Select(h => h.Url), second.Hits.Select(h => h.Url));
        Assert.Equal(2, second.Page);
        Assert.Equal((all.TotalHits + 4) / 5, second.PageCount);
    }

    [Fact]
    public void Search_PageBeyondTheEnd_ReturnsNoHitsButTheTotal()
    {
        var result = corpus.Service.Search(new SearchRequest { Query = "snus", Page = 50 });

        Assert.Empty(result.Hits);
        Assert.True(result.TotalHits > 0);
    }

    [Fact]
    public void Search_EmptyQuery_SortsNewestFirst()
    {
        var result = corpus.Service.Search(new SearchRequest { Query = "   " });

        Assert.Equal(SearchStatus.EmptyQuery, result.Status);
        Assert.Equal(result.Hits.OrderByDescending(h => h.Updated).Select(h => h.Url), result.Hits.Select(h => h.Url));
    }

    [Fact]
    public void Search_OnlyStopWords_IsAnEmptyQuery()
    {
        Assert.Equal(SearchStatus.EmptyQuery, Search("och i på").Status);
    }

    [Fact]
    public void Search_NewestSort_OrdersByUpdated()
    {
        var result = corpus.Service.Search(new SearchRequest { Query = "ungdomsmottagning", Sort = SearchSort.Newest });

        Assert.Equal(result.Hits.OrderByDescending(h => h.Updated).Select(h => h.Url), result.Hits.Select(h => h.Url));
    }

    [Fact]
    public void Search_VeryLongQuery_IsShortenedAndFlagged()
    {
        var result = Search(string.Join(' ', Enumerable.Repeat("snus", 3000)));

        Assert.True(result.QueryWasShortened);
        Assert.True(result.Query.Length <= new SearchOptions().MaxQueryLength);
        Assert.Equal("article:sluta-snusa", result.Hits[0].Id);
    }

    [Fact]
    public void Search_LuceneSyntax_IsTreatedAsText()
    {
        var result = Search("title:(snus OR");

        Assert.Contains("article:sluta-snusa", Ids(result));
    }

    public static TheoryData<string?> HostileQueries => new()
    {
        null,
        "",
        " ",
        "*",
        "?",
        "~",
        "\\",
        "\"",
        "\"unbalanced",
        "title:(a OR",
        "AND OR NOT",
        "((((((",
        ")))",
        "[1 TO *]",
        "{a TO b}",
        "a^99999999999",
        "snus~2000",
        "ungdom*",
        "/regex[/",
        "+-&&||!(){}[]^\"~*?:\\/",
        "!!!...???",
        "\u0000\u0001\u0002 snus \u001f",
        "emoji 😀🙈 sömn 👩‍👩‍👧",
        "a\u0308ldre",
        "<script>alert(1)</script>",
        "'; DROP TABLE articles; --",
        new string('a', 10_000),
        string.Join(' ', Enumerable.Repeat("vårdcentral", 2_000)),
        new string('å', 300),
        string.Concat(Enumerable.Repeat("😀", 5_000)),
        "ä ö å é ü ß æ ø",
        "\u202Eomvänd text",
        "مرحبا بالعالم",
        "你好",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void Search_HostileQuery_NeverThrows(string? query)
    {
        var result = corpus.Service.Search(new SearchRequest
        {
            Query = query,
            Resident = SundsvallResident,
            Page = -5,
            PageSize = 100_000,
            Topics = [query ?? ""],
        });

        Assert.NotNull(result.Hits);
        Assert.InRange(result.Query.Length, 0, new SearchOptions().MaxQueryLength);
        Assert.All(result.Hits, h => Assert.DoesNotContain("<script>", h.SnippetHtml, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void Autocomplete_HostileQuery_NeverThrows(string? query)
    {
        var suggestions = corpus.Service.Autocomplete(new AutocompleteRequest { Prefix = query, MaxResults = int.MaxValue });

        Assert.NotNull(suggestions);
    }

    [Fact]
    public void Search_LoneSurrogates_NeverThrow()
    {
        // Built in code: xunit's data serialisation would replace a lone surrogate before the test sees it.
        var query = new string(['\ud800', 's', 'n', 'u', 's', '\udc00', ' ', '\udbff']);

        Assert.Contains("article:sluta-snusa", Ids(Search(query)));
        Assert.NotNull(corpus.Service.Autocomplete(new AutocompleteRequest { Prefix = query }));
    }

    [Fact]
    public void Search_UnknownTypeValue_IsIgnored()
    {
        var result = corpus.Service.Search(new SearchRequest { Query = "snus", Types = [(SearchDocumentType)99] });

        Assert.NotEmpty(result.Hits);
    }

    [Fact]
    public void Search_DecomposedUmlaut_MatchesComposed()
    {
        var result = Search("a\u0308ldre");

        Assert.Contains("article:traffpunkter-jonkoping", Ids(result));
    }

    [Fact]
    public void Search_SynonymSourceChanges_AreUsedOnTheNextSearch()
    {
        var source = new MutableSynonymSource();
        var service = new LuceneSearchService(corpus.Index, source, new SearchOptions());
        Assert.DoesNotContain("article:sluta-snusa", Ids(service.Search(new SearchRequest { Query = "prillan" })));

        source.Groups = [new SynonymGroup(["prillan", "snus"])];

        Assert.Contains("article:sluta-snusa", Ids(service.Search(new SearchRequest { Query = "prillan" })));
    }

    [Fact]
    public void Autocomplete_Prefix_ReturnsMatchingTitles()
    {
        var titles = corpus.Service.Autocomplete(new AutocompleteRequest { Prefix = "ungdoms" }).Select(s => s.Title).ToList();

        Assert.Contains("Ungdomsmottagning", titles);
        Assert.Contains("Ungdomsmottagningen i Sundsvall", titles);
        Assert.Equal("Ungdomsmottagning", titles[0]);
    }

    [Fact]
    public void Autocomplete_AsciiPrefix_FindsSwedishTitle()
    {
        var suggestion = Assert.Single(corpus.Service.Autocomplete(new AutocompleteRequest { Prefix = "vardc" }));

        Assert.Equal("Vårdcentralen Centrum, Sundsvall", suggestion.Title);
        Assert.Equal("<mark>Vårdc</mark>entralen Centrum, Sundsvall", suggestion.TitleHtml);
        Assert.Equal(SearchDocumentType.ContactPoint, suggestion.Type);
    }

    [Fact]
    public void Autocomplete_CompoundPart_Matches()
    {
        var titles = corpus.Service.Autocomplete(new AutocompleteRequest { Prefix = "mottagning" }).Select(s => s.Title).ToList();

        Assert.Contains("Mottagning för vuxna med stress", titles);
        Assert.Contains("Ungdomsmottagningen i Sundsvall", titles);
    }

    [Fact]
    public void Autocomplete_SeveralWords_AllMustMatch()
    {
        var titles = corpus.Service.Autocomplete(new AutocompleteRequest { Prefix = "sluta sn" }).Select(s => s.Title).ToList();

        Assert.Equal(["Sluta snusa", "Sluta snusa – så får du hjälp"], titles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Autocomplete_Resident_HidesOtherKommuner()
    {
        var titles = corpus.Service.Autocomplete(new AutocompleteRequest { Prefix = "ungdomsm", Resident = SundsvallResident }).Select(s => s.Title).ToList();

        Assert.Equal("Ungdomsmottagningen i Sundsvall", titles[0]);
        Assert.DoesNotContain("Ungdomsmottagningen i Jönköping", titles);
    }

    [Fact]
    public void Autocomplete_OneLetter_ReturnsNothing()
    {
        Assert.Empty(corpus.Service.Autocomplete(new AutocompleteRequest { Prefix = "u" }));
    }

    private static void AssertCounts<T>(IEnumerable<IGrouping<string, T>> expected, IReadOnlyList<FacetCount> actual) =>
        Assert.Equal(
            expected.Select(g => (g.Key, g.Count())).OrderBy(p => p.Key, StringComparer.Ordinal),
            actual.Select(f => (f.Value, f.Count)).OrderBy(p => p.Value, StringComparer.Ordinal));

    private sealed class MutableSynonymSource : ISynonymSource
    {
        public IReadOnlyList<SynonymGroup> Groups { get; set; } = [];

        public IReadOnlyList<SynonymGroup> GetGroups() => Groups;
    }
}
