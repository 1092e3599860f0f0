using System.Globalization;
using System.Net;
using System.Xml.Linq;

namespace Halsoportal.Web.Tests.Discovery;

/// <summary>robots.txt and the Atom feeds per kommun and per topic.</summary>
public sealed class FeedTests(DiscoverySite fixture) : IClassFixture<DiscoverySite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Robots_AllowsTheSite_KeepsCrawlersFromEditorPreviewsAnsweringAndSearch_NamesTheSitemap()
    {
        var response = await _client.GetAsync(new Uri("/robots.txt", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        var origin = await SiteOrigin.GetAsync(_client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Allow: /", lines);
        Assert.Contains("Disallow: /redaktor", lines);
        Assert.Contains("Disallow: /forhandsvisning/", lines);
        Assert.Contains("Disallow: /*/dialog/*/svara", lines);
        Assert.Contains("Disallow: /sok", lines);
        Assert.DoesNotContain("Disallow: /", lines);
        Assert.Contains($"Sitemap: {origin}/sitemap.xml", lines);
    }

    [Fact]
    public async Task KommunFeed_IsAtomWithRequiredElements_NewestFirst_WithArticlesAndDialogs()
    {
        var origin = await SiteOrigin.GetAsync(_client);
        var feed = await GetFeedAsync("/sundsvall/flode.xml");

        Assert.Equal($"{origin}/sundsvall/flode.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal($"{origin}/sundsvall/flode.xml", Link(feed, "self"));
        Assert.Equal($"{origin}/sundsvall", Link(feed, "alternate"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.InRange(entries.Count, 1, 20);
        var titles = entries.Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Contains("Promenera längs älven", titles);
        Assert.Contains($"Ny dialog: {fixture.OpenDialog.Title}", titles);
        Assert.Contains($"Resultat: {fixture.DialogWithResults.Title}", titles);
        Assert.DoesNotContain(entries, e => Link(e, "alternate").Contains(fixture.FutureDialog.Slug, StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => Link(e, "alternate").Contains(fixture.DraftSlug, StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => Link(e, "alternate").Contains(fixture.ScheduledSlug, StringComparison.Ordinal));
        Assert.Contains(entries, e => Link(e, "alternate") == $"{origin}/sundsvall/{fixture.ImageArticleSlug}");
    }

    [Theory]
    [InlineData("/amne/fysisk-aktivitet/flode.xml", "/amne/fysisk-aktivitet")]
    [InlineData("/sundsvall/amne/fysisk-aktivitet/flode.xml", "/sundsvall/amne/fysisk-aktivitet")]
    public async Task TopicFeeds_ListTheTopicsArticles_AtTheirCanonicalAddresses(string path, string page)
    {
        var origin = await SiteOrigin.GetAsync(_client);
        var feed = await GetFeedAsync(path);

        Assert.Equal($"{origin}{page}", Link(feed, "alternate"));
        var links = feed.Elements(Atom + "entry").Select(e => Link(e, "alternate")).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(link))).StatusCode);
        }

        // A national topic feed has no kommun: local articles are not in it; in Sundsvall they are, at home there.
        var local = $"{origin}/sundsvall/{fixture.ImageArticleSlug}";
        Assert.Equal(page.StartsWith("/sundsvall", StringComparison.Ordinal), links.Contains(local));
    }

    [Theory]
    [InlineData("/finns-inte/flode.xml")]
    [InlineData("/amne/finns-inte/flode.xml")]
    [InlineData("/sundsvall/amne/finns-inte/flode.xml")]
    [InlineData("/finns-inte/amne/fysisk-aktivitet/flode.xml")]
    public async Task UnknownKommunOrTopic_IsNotFound(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/sundsvall", "/sundsvall/flode.xml")]
    [InlineData("/amne/fysisk-aktivitet", "/amne/fysisk-aktivitet/flode.xml")]
    [InlineData("/sundsvall/amne/fysisk-aktivitet", "/sundsvall/amne/fysisk-aktivitet/flode.xml")]
    public async Task KommunAndTopicPages_AnnounceTheirFeed(string page, string feed)
    {
        var document = await Html.GetOkAsync(_client, page);

        var link = document.QuerySelector("head link[rel='alternate'][type='application/atom+xml']")!;
        Assert.Equal(feed, link.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(link.GetAttribute("title")));
        await GetFeedAsync(feed);
    }

    private static string Link(XElement parent, string rel) =>
        parent.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == rel).Attribute("href")!.Value;

    /// <summary>Fetches a feed and checks what RFC 4287 requires of it and of every entry.</summary>
    private async Task<XElement> GetFeedAsync(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value));
        Assert.True(Uri.IsWellFormedUriString(feed.Element(Atom + "id")?.Value, UriKind.Absolute));
        var updated = Instant(feed.Element(Atom + "updated")!.Value);
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        DateTimeOffset? previous = null;
        foreach (var entry in entries)
        {
            Assert.StartsWith("tag:localhost,", entry.Element(Atom + "id")!.Value, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "summary")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "author")?.Element(Atom + "name")?.Value));
            Assert.True(Uri.IsWellFormedUriString(Link(entry, "alternate"), UriKind.Absolute));
            var entryUpdated = Instant(entry.Element(Atom + "updated")!.Value);
            Assert.True(Instant(entry.Element(Atom + "published")!.Value) <= entryUpdated);
            Assert.True(entryUpdated <= updated);
            Assert.True(previous is null || entryUpdated <= previous, "entries are newest first");
            previous = entryUpdated;
        }

        return feed;
    }

    private static DateTimeOffset Instant(string value) =>
        DateTimeOffset.ParseExact(value, "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
