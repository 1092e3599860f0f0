using System.Net;
using System.Text.Json;

namespace Halsoportal.Web.Tests.Api;

/// <summary><c>/api/v1/articles</c> over the demo content: every filter, paging, order and bad input.</summary>
[Collection(SharedSite.Name)]
public sealed class ArticlesApiTests(SiteFactory site)
{
    private const string Sundsvall = "2281";
    private const string Jonkoping = "0680";

    private readonly HttpClient _client = site.CreateSiteClient();

    private static bool IsFor(JsonElement item, string kommunCode) =>
        item.GetProperty("municipalities").EnumerateArray().Any(k => k.GetProperty("code").GetString() == kommunCode);

    private static string Scope(JsonElement item) => item.GetProperty("scope").GetString()!;

    private static string? RegionCode(JsonElement item) =>
        item.GetProperty("region").ValueKind == JsonValueKind.Null ? null : item.GetProperty("region").GetProperty("code").GetString();

    [Fact]
    public async Task List_Default_IsFirstPageOfSummariesWithTotals()
    {
        var page = await _client.GetJsonAsync("/api/v1/articles");
        var all = await _client.AllArticlesAsync();
        var first = page.Items()[0];

        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(20, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(all.Count, page.GetProperty("totalItems").GetInt32());
        Assert.Equal((all.Count + 19) / 20, page.GetProperty("pageCount").GetInt32());
        Assert.Equal(20, page.Items().Count);
        Assert.True(all.Count > 40, $"only {all.Count} demo articles");
        Assert.Equal(JsonValueKind.Null, first.GetProperty("bodyHtml").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("bodyText").ValueKind);
        Assert.True(first.GetProperty("id").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("title").GetString()));
        Assert.Equal("sv", first.GetProperty("language").GetString());
    }

    [Fact]
    public async Task List_IsOrderedByUpdatedThenId_AndPageTwoContinuesPageOne()
    {
        var all = await _client.AllArticlesAsync();
        var one = (await _client.GetJsonAsync("/api/v1/articles?pageSize=7&page=1")).Items();
        var two = await _client.GetJsonAsync("/api/v1/articles?pageSize=7&page=2");
        var beyond = await _client.GetJsonAsync($"/api/v1/articles?pageSize=7&page={(all.Count / 7) + 2}");

        var keys = all.Select(i => (Updated: i.GetProperty("updated").GetDateTimeOffset(), Id: i.GetProperty("id").GetInt32())).ToList();
        Assert.Equal(keys.OrderByDescending(k => k.Updated).ThenByDescending(k => k.Id), keys);
        Assert.Equal(all.Take(14).Select(i => i.GetProperty("id").GetInt32()), one.Concat(two.Items()).Select(i => i.GetProperty("id").GetInt32()));
        Assert.Equal(all.Count, two.GetProperty("totalItems").GetInt32());
        Assert.Empty(beyond.Items());
    }

    [Theory]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=zwei", "page")]
    [InlineData("topic=sovande", "topic")]
    [InlineData("topic=somn,sovande", "topic")]
    [InlineData("lifeSituation=pensionar", "lifeSituation")]
    [InlineData("municipality=atlantis", "municipality")]
    [InlineData("region=99", "region")]
    [InlineData("scope=kommun", "scope")]
    [InlineData("language=klingon", "language")]
    [InlineData("easyRead=ja", "easyRead")]
    [InlineData("updatedSince=igår", "updatedSince")]
    [InlineData("updatedSince=2026-13-01", "updatedSince")]
    [InlineData("fields=everything", "fields")]
    [InlineData("kommun=sundsvall", "kommun")]
    public async Task List_BadParameter_Gives400NamingIt(string query, string parameter)
    {
        await _client.GetFieldErrorAsync($"/api/v1/articles?{query}", parameter);
    }

    [Fact]
    public async Task Municipality_GivesOwnRegionalAndNational_NotOtherKommunsOrRegions()
    {
        var all = await _client.AllArticlesAsync();
        var sundsvall = await _client.AllArticlesAsync("municipality=sundsvall");

        Assert.Contains(sundsvall, i => IsFor(i, Sundsvall));
        Assert.Contains(sundsvall, i => Scope(i) == "national");
        Assert.Contains(sundsvall, i => Scope(i) == "region" && RegionCode(i) == "22");
        Assert.Contains(all, i => IsFor(i, Jonkoping));
        Assert.DoesNotContain(sundsvall, i => IsFor(i, Jonkoping));
        Assert.DoesNotContain(sundsvall, i => RegionCode(i) == "06");
        Assert.DoesNotContain(sundsvall, i => Scope(i) == "municipality" && !IsFor(i, Sundsvall));
        Assert.Equal(all.Count(i => Scope(i) == "national"), sundsvall.Count(i => Scope(i) == "national"));
        Assert.Equal(sundsvall.Select(i => i.GetProperty("id").GetInt32()), (await _client.AllArticlesAsync("municipality=2281")).Select(i => i.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Municipality_GivesEachItemItsPageInThatKommun()
    {
        var sundsvall = await _client.AllArticlesAsync("municipality=sundsvall");

        Assert.All(sundsvall, i => Assert.Equal($"/sundsvall/{i.Slug()}", i.GetProperty("municipalityUrl").GetString()));
    }

    [Fact]
    public async Task Region_GivesTheLansOwnAndItsKommunersArticles_NotNationalOrOtherLan()
    {
        var jonkopingsLan = await _client.AllArticlesAsync("region=06");

        Assert.Contains(jonkopingsLan, i => Scope(i) == "region");
        Assert.Contains(jonkopingsLan, i => IsFor(i, Jonkoping));
        Assert.All(jonkopingsLan, i => Assert.Equal("06", RegionCode(i)));
        Assert.DoesNotContain(jonkopingsLan, i => Scope(i) == "national");
    }

    [Theory]
    [InlineData("national")]
    [InlineData("region")]
    [InlineData("municipality")]
    public async Task Scope_GivesOnlyThatScope(string scope)
    {
        var all = await _client.AllArticlesAsync();
        var filtered = await _client.AllArticlesAsync($"scope={scope}");

        Assert.NotEmpty(filtered);
        Assert.All(filtered, i => Assert.Equal(scope, Scope(i)));
        Assert.Equal(all.Count(i => Scope(i) == scope), filtered.Count);
    }

    [Fact]
    public async Task Scope_CombinesWithMunicipality()
    {
        var own = await _client.AllArticlesAsync("municipality=sundsvall&scope=municipality");

        Assert.NotEmpty(own);
        Assert.All(own, i => Assert.True(IsFor(i, Sundsvall)));
    }

    [Fact]
    public async Task Topic_GivesArticlesWithTheTopic_SeveralMeanAnyOf()
    {
        var all = await _client.AllArticlesAsync();
        var somn = await _client.AllArticlesAsync("topic=somn");
        var alkohol = await _client.AllArticlesAsync("topic=alkohol");
        var either = await _client.AllArticlesAsync("topic=somn,alkohol");
        var repeated = await _client.AllArticlesAsync("topic=somn&topic=alkohol");

        Assert.NotEmpty(somn);
        Assert.All(somn, i => Assert.Contains("somn", i.Slugs("topics")));
        Assert.Equal(all.Count(i => i.Slugs("topics").Contains("somn")), somn.Count);
        Assert.Equal(somn.Concat(alkohol).Select(i => i.GetProperty("id").GetInt32()).Distinct().Order(), either.Select(i => i.GetProperty("id").GetInt32()).Order());
        Assert.Equal(either.Count, repeated.Count);
        Assert.True(either.Count > somn.Count);
    }

    [Fact]
    public async Task LifeSituation_GivesArticlesForIt_SeveralMeanAnyOf()
    {
        var all = await _client.AllArticlesAsync();
        var aldre = await _client.AllArticlesAsync("lifeSituation=aldre");
        var either = await _client.AllArticlesAsync("lifeSituation=aldre,narstaende");

        Assert.NotEmpty(aldre);
        Assert.All(aldre, i => Assert.Contains("aldre", i.Slugs("lifeSituations")));
        Assert.Equal(all.Count(i => i.Slugs("lifeSituations").Contains("aldre")), aldre.Count);
        Assert.Equal(all.Count(i => i.Slugs("lifeSituations").Intersect(["aldre", "narstaende"]).Any()), either.Count);
    }

    [Fact]
    public async Task EasyRead_GivesOnlyArticlesWithALattlastText_AndThatText()
    {
        var all = await _client.AllArticlesAsync();
        var easy = await _client.AllArticlesAsync("easyRead=true&fields=full");
        var standard = await _client.AllArticlesAsync("easyRead=false");

        Assert.NotEmpty(easy);
        Assert.Equal(all.Count(i => i.GetProperty("easyReadUrl").ValueKind == JsonValueKind.String), easy.Count);
        Assert.All(easy, i => Assert.True(i.GetProperty("easyRead").GetBoolean()));
        Assert.All(easy, i => Assert.NotEqual(all.Single(a => a.GetProperty("id").GetInt32() == i.GetProperty("id").GetInt32()).GetProperty("title").GetString(), i.GetProperty("title").GetString()));
        Assert.Equal(all.Count, standard.Count);
    }

    [Fact]
    public async Task Language_FiltersToTextsThatExist_AndListsItsLanguages()
    {
        var all = await _client.AllArticlesAsync();
        var swedish = await _client.AllArticlesAsync("language=sv");
        var finnish = await _client.AllArticlesAsync("language=fi");
        var message = await _client.GetFieldErrorAsync("/api/v1/articles?language=xx", "language");

        Assert.Equal(all.Count, swedish.Count);
        Assert.All(swedish, i => Assert.Contains("sv", i.GetProperty("languages").EnumerateArray().Select(l => l.GetString())));

        // The demo's sleep article has a Finnish text: that text, at its own address.
        var sleep = Assert.Single(finnish);
        Assert.Equal("fi", sleep.GetProperty("language").GetString());
        Assert.Equal("Nuku paremmin – helppoja neuvoja öihisi", sleep.GetProperty("title").GetString());
        Assert.Equal("/artikel/sov-battre-enkla-rad-for-dina-natter/fi", sleep.GetProperty("url").GetString());
        Assert.Equal(["en", "fi", "sv"], sleep.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("sv", message, StringComparison.Ordinal);
        Assert.Contains("fi", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdatedSince_GivesArticlesChangedFromThatInstant()
    {
        var all = await _client.AllArticlesAsync();
        var newest = all[0].GetProperty("updated").GetDateTimeOffset();
        var since = Uri.EscapeDataString(newest.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", System.Globalization.CultureInfo.InvariantCulture));
        var after = Uri.EscapeDataString(newest.AddSeconds(1).ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture));

        var fromNewest = await _client.AllArticlesAsync($"updatedSince={since}");
        var later = await _client.AllArticlesAsync($"updatedSince={after}");
        var longAgo = await _client.AllArticlesAsync("updatedSince=2000-01-01");

        Assert.NotEmpty(fromNewest);
        Assert.All(fromNewest, i => Assert.True(i.GetProperty("updated").GetDateTimeOffset() >= newest));
        Assert.Empty(later);
        Assert.Equal(all.Count, longAgo.Count);
    }

    [Fact]
    public async Task FieldsFull_GivesSanitizedHtmlAndPlainTextWithParagraphs()
    {
        var full = await _client.AllArticlesAsync("fields=full&scope=national");

        Assert.All(full, i =>
        {
            var html = i.GetProperty("bodyHtml").GetString()!;
            var text = i.GetProperty("bodyText").GetString()!;
            Assert.Contains("<p>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain('<', text);
            Assert.DoesNotContain('>', text);
            Assert.Contains("\n\n", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Items_CarryCanonicalUrlsScopeAndTerms()
    {
        var all = await _client.AllArticlesAsync();
        var national = all.First(i => Scope(i) == "national");
        var local = all.First(i => IsFor(i, Sundsvall));

        Assert.Equal($"/artikel/{national.Slug()}", national.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, national.GetProperty("region").ValueKind);
        Assert.Equal($"/sundsvall/{local.Slug()}", local.GetProperty("url").GetString());
        Assert.Equal("22", RegionCode(local));
        Assert.Equal(JsonValueKind.Null, local.GetProperty("municipalityUrl").ValueKind);
        Assert.All(all, i => Assert.NotEmpty(i.Slugs("topics")));
        Assert.All(all, i => Assert.NotEmpty(i.Slugs("lifeSituations")));
        Assert.Contains(all, i => i.GetProperty("easyReadUrl").GetString() == $"{i.GetProperty("url").GetString()}/lattlast");
    }

    [Fact]
    public async Task ById_GivesTheFullArticle_AndItsPageAnswersAtItsUrl()
    {
        var summary = (await _client.AllArticlesAsync("scope=national")).First(i => i.GetProperty("easyReadUrl").ValueKind == JsonValueKind.String);
        var id = summary.GetProperty("id").GetInt32();

        var full = await _client.GetJsonAsync($"/api/v1/articles/{id}");
        var easy = await _client.GetJsonAsync($"/api/v1/articles/{id}?easyRead=true");
        var page = await _client.GetAsync(new Uri(full.GetProperty("url").GetString()!, UriKind.Relative));

        Assert.Equal(summary.GetProperty("title").GetString(), full.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(full.GetProperty("bodyHtml").GetString()));
        Assert.False(string.IsNullOrEmpty(full.GetProperty("bodyText").GetString()));
        Assert.Equal(JsonValueKind.Null, full.GetProperty("previewVersion").ValueKind);
        Assert.True(easy.GetProperty("easyRead").GetBoolean());
        Assert.NotEqual(full.GetProperty("title").GetString(), easy.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task ById_UnknownId_Gives404Problem()
    {
        var problem = await _client.GetProblemAsync("/api/v1/articles/987654", HttpStatusCode.NotFound);

        Assert.Contains("987654", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ById_NotShownInTheKommunAsked_Gives404_AndEasyReadMissingGives404()
    {
        var all = await _client.AllArticlesAsync();
        var jonkopings = all.First(i => IsFor(i, Jonkoping)).GetProperty("id").GetInt32();
        var withoutEasyRead = all.First(i => i.GetProperty("easyReadUrl").ValueKind == JsonValueKind.Null).GetProperty("id").GetInt32();

        await _client.GetProblemAsync($"/api/v1/articles/{jonkopings}?municipality=sundsvall", HttpStatusCode.NotFound);
        await _client.GetJsonAsync($"/api/v1/articles/{jonkopings}?municipality=jonkoping");
        await _client.GetProblemAsync($"/api/v1/articles/{withoutEasyRead}?easyRead=true", HttpStatusCode.NotFound);
        await _client.GetFieldErrorAsync($"/api/v1/articles/{jonkopings}?fields=full", "fields");
        await _client.GetFieldErrorAsync($"/api/v1/articles/{jonkopings}?municipality=atlantis", "municipality");
    }

    [Fact]
    public async Task ById_SecondRequestWithTheETag_Gives304()
    {
        var id = (await _client.AllArticlesAsync())[0].GetProperty("id").GetInt32();
        var first = await _client.GetAsync(new Uri($"/api/v1/articles/{id}", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/articles/{id}");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }
}
