using System.Diagnostics;
using System.Net;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Taxonomy;
using Halsoportal.Search.Querying;
using Halsoportal.Web.Features.PageCache;
using Halsoportal.Web.Tests.Editor;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Halsoportal.Web.Tests.PageCache;

/// <summary>
/// The page cache as residents and editors meet it: a second look at a page is served from memory
/// (ASP.NET Core's output cache says so with an <c>Age</c> header), a publication shows on the very
/// next request and evicts only the pages that show it, a change made by another node arrives
/// through the change feed, time-dependent text is true to the minute, and nobody signed in, no
/// form and no API answer is ever cached.
/// </summary>
public sealed class PageCacheTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task SecondLook_IsServedFromTheCache_WithTheSameBodyAndEverySecurityHeader()
    {
        using var client = site.CreateSiteClient();
        var first = await GetAsync(client, "/kramfors");
        var second = await GetAsync(client, "/kramfors");

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        foreach (var response in new[] { first, second })
        {
            Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.False(response.Headers.Contains("Set-Cookie"));
        }
    }

    [Fact]
    public async Task Publishing_ShowsOnTheNextRequest_AndEvictsOnlyThePagesOfTheKommunerItIsFor()
    {
        await using var own = new SiteFactory();
        using var client = own.CreateSiteClient();
        await WarmAsync(client, "/sundsvall", "/jonkoping", "/sok?q=vattengympa&kommun=sundsvall");
        var publisher = await TestEditors.CreateUserAsync(own.Services, "Petra Publicerare", (EditorRole.Publisher, TestEditors.Sundsvall));
        var articles = new TestArticles(own);
        var id = await articles.CreateAsync(publisher, TestArticles.Draft("Vattengympa i Sundsvall för seniorer", TestEditors.Sundsvall));

        await articles.PublishAsync(publisher, id);

        var sundsvall = await GetAsync(client, "/sundsvall");
        Assert.Null(sundsvall.Headers.Age);
        Assert.Contains("Vattengympa i Sundsvall för seniorer", await sundsvall.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull((await GetAsync(client, "/jonkoping")).Headers.Age);

        // Search pages follow the index, which catches up a moment later; the cached "no results" page must not outlive it.
        // (The hit's title has the query word marked, so look for its address.)
        await EventuallyAsync(client, "/sok?q=vattengympa&kommun=sundsvall", html => html.Contains("/sundsvall/vattengympa-i-sundsvall-for-seniorer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchRenderedFromTheOldIndex_AndStoredAfterTheIndexChanged_IsNeverServed()
    {
        const string Word = "solbergsträffen";
        var held = new HeldSearch(Word);
        var evictions = new SearchEvictions();
        await using var own = new SiteFactory { ExtraServices = services => { held.Wrap(services); evictions.Wrap(services); } };
        using var client = own.CreateSiteClient();

        // A resident's search reads the index before the article is there, and is held before its page is stored.
        var early = GetAsync(client, $"/sok?q={Word}");
        await held.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        var publisher = await TestEditors.CreateUserAsync(own.Services, "Petra Publicerare", (EditorRole.Publisher, TestEditors.Sundsvall));
        var articles = new TestArticles(own);
        var evicted = evictions.Next();
        await articles.PublishAsync(publisher, await articles.CreateAsync(publisher, TestArticles.Draft("Solbergsträffen: promenad och fika i Sundsvall", TestEditors.Sundsvall)));

        // The index shows the article and its result pages have been evicted; only then is the old page stored.
        await evicted.WaitAsync(TimeSpan.FromSeconds(30));
        held.Release();
        Assert.DoesNotContain("/solbergstraffen-promenad-och-fika-i-sundsvall\"", await (await early).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var next = await GetAsync(client, $"/sok?q={Word}");
        Assert.Null(next.Headers.Age);
        Assert.Contains("/solbergstraffen-promenad-och-fika-i-sundsvall\"", await next.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeMadeByAnotherNode_ReachesThisNodesCachedPages_ThroughTheFeed()
    {
        await using var own = new SiteFactory();
        using var client = own.CreateSiteClient();
        await WarmAsync(client, "/sundsvall/amne", "/amne");

        // Another node (or an operator) renames a topic in the shared store; this node hears of it only through the feed.
        await using (var other = SiteFactory.OpenContentStore(own.DataPath))
        {
            var topic = await other.TaxonomyTerms.FirstAsync(t => t.Kind == TaxonomyKind.Topic && t.Slug == "fysisk-aktivitet");
            topic.Name = "Rörelse och motion";
            await other.SaveChangesAsync();
        }

        await EventuallyAsync(client, "/sundsvall/amne", html => html.Contains("Rörelse och motion", StringComparison.Ordinal));
        await EventuallyAsync(client, "/amne", html => html.Contains("Rörelse och motion", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpeningHours_AreTrueToTheMinute_ThoughThePageIsCached()
    {
        const string HealthCentre = "/sundsvall/kontakt/halsocentralen-matfors";
        var tuesday = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.FromHours(1));
        var clock = new FakeTimeProvider(tuesday.AddHours(3));
        await using var nightSite = new SiteFactory { Clock = clock };
        using var client = nightSite.CreateSiteClient();
        var night = await GetAsync(client, HealthCentre);
        var nightAgain = await GetAsync(client, HealthCentre);
        Assert.NotNull(nightAgain.Headers.Age);
        Assert.DoesNotContain("Öppet nu", await nightAgain.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        clock.SetUtcNow(tuesday.AddHours(10));
        var morning = await GetAsync(client, HealthCentre);

        Assert.Null(morning.Headers.Age);
        Assert.Contains("Öppet nu", await morning.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(await night.Content.ReadAsStringAsync(), await morning.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignedInEditor_IsNeitherServedNorLeavesACachedPage_NorIsTheBackoffice()
    {
        using var client = site.CreateSiteClient();
        using var editor = await EditorClient.SignInAsync(site, EditorRole.Editor);
        await editor.GetAsync("/timra");
        var editorsSecond = await editor.GetAsync("/timra");
        Assert.Equal(HttpStatusCode.OK, editorsSecond.StatusCode);
        Assert.Null(editorsSecond.Headers.Age);

        // Nothing the editor saw was stored for residents either.
        Assert.Null((await GetAsync(client, "/timra")).Headers.Age);
        Assert.NotNull((await GetAsync(client, "/timra")).Headers.Age);
        Assert.Null((await editor.GetAsync("/timra")).Headers.Age);

        // Nor is the backoffice, signed in or not.
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/redaktor")).StatusCode);
        Assert.Null((await editor.GetAsync("/redaktor")).Headers.Age);
        using var anonymous = EditorClient.Anonymous(site);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/redaktor/logga-in")).StatusCode);
        Assert.Null((await anonymous.GetAsync("/redaktor/logga-in")).Headers.Age);
    }

    [Theory]
    [InlineData("/sundsvall/dialog")]
    [InlineData("/tillganglighetsredogorelse/rapportera")]
    [InlineData("/api/v1/regions")]
    [InlineData("/sitemap.xml")]
    public async Task FormsDialogsAndTheApi_AreNeverCached(string url)
    {
        using var client = site.CreateSiteClient();
        var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        var second = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task NotFound_IsNotCached()
    {
        using var client = site.CreateSiteClient();
        await client.GetAsync(new Uri("/sundsvall/finns-inte-alls", UriKind.Relative));
        var second = await client.GetAsync(new Uri("/sundsvall/finns-inte-alls", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Null(second.Headers.Age);
    }

    private static async Task WarmAsync(HttpClient client, params string[] urls)
    {
        foreach (var url in urls)
        {
            await GetAsync(client, url);
            Assert.NotNull((await GetAsync(client, url)).Headers.Age);
        }
    }

    /// <summary>Polls a page until it shows what <paramref name="shows"/> looks for; fails after five seconds (the feed is polled every half second).</summary>
    private static async Task EventuallyAsync(HttpClient client, string url, Func<string, bool> shows)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var response = await GetAsync(client, url);
            var html = await response.Content.ReadAsStringAsync();
            if (shows(html))
            {
                return;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{url} still showed the old page after {clock.Elapsed.TotalSeconds:0.0} s (Age: {response.Headers.Age?.TotalSeconds.ToString() ?? "none, rendered"})");
            await Task.Delay(100);
        }
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    /// <summary>Holds the first search for a word after it has read the index, until released.</summary>
    private sealed class HeldSearch(string word) : ISearchService
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private ISearchService _inner = null!;
        private int _held;

        public Task Reached => _reached.Task;

        public void Release() => _released.SetResult();

        public void Wrap(IServiceCollection services) => Decorate<ISearchService>(services, inner =>
        {
            _inner = inner;
            return this;
        });

        public SearchResult Search(SearchRequest request)
        {
            var result = _inner.Search(request);
            if (request.Query == word && Interlocked.Exchange(ref _held, 1) == 0)
            {
                _reached.SetResult();
                _released.Task.Wait(TimeSpan.FromSeconds(30)); // Search is synchronous: the render waits on this thread.
            }

            return result;
        }

        public IReadOnlyList<AutocompleteSuggestion> Autocomplete(AutocompleteRequest request) => _inner.Autocomplete(request);
    }

    /// <summary>Tells when this node's search result pages are next evicted from the page cache.</summary>
    private sealed class SearchEvictions : IOutputCacheStore
    {
        private IOutputCacheStore _inner = null!;
        private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes at the first eviction of the search pages after this call.</summary>
        public Task Next()
        {
            var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _next, next);
            return next.Task;
        }

        public void Wrap(IServiceCollection services) => Decorate<IOutputCacheStore>(services, inner =>
        {
            _inner = inner;
            return this;
        });

        public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            await _inner.EvictByTagAsync(tag, cancellationToken);
            if (tag == PageCacheTags.Search)
            {
                Volatile.Read(ref _next).TrySetResult();
            }
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => _inner.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
            _inner.SetAsync(key, value, tags, validFor, cancellationToken);
    }

    /// <summary>Replaces the app's singleton <typeparamref name="TService"/> with <paramref name="decorate"/>'s wrapper around it.</summary>
    private static void Decorate<TService>(IServiceCollection services, Func<TService, TService> decorate)
        where TService : class
    {
        var original = services.Last(d => d.ServiceType == typeof(TService));
        services.Remove(original);
        services.AddSingleton(sp => decorate((TService)(original.ImplementationInstance
            ?? original.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!))));
    }
}
