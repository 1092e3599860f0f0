using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Halsoportal.Testing;
using Halsoportal.Web.Tests.Editor;
using Xunit.Abstractions;

namespace Halsoportal.Web.Tests.Scale;

/// <summary>
/// Scale-out on PostgreSQL (issue 9): two app processes share one database; each keeps its own
/// search index and (per node) caches, fed by the change feed. What a publisher does on node A
/// reaches residents on node B within two seconds — the page and search — even when B served
/// the old page a moment before; an editor's session and forms work on either node; a node that
/// was down catches up, and one whose index is gone rebuilds it. Residents' requests are plain
/// GETs without cookies, query strings or headers that would keep them out of an output cache.
/// </summary>
public sealed class TwoNodeTests(TwoNodeFixture nodes, ITestOutputHelper output) : IClassFixture<TwoNodeFixture>
{
    private const string Reason = "two nodes share one PostgreSQL database";

    /// <summary>The issue's promise: a publication is visible on every node within this time.</summary>
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(2);

    /// <summary>For steps that are not the measured promise (the first version of a test's article reaching B).</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(15);

    private TwoNodeFixture.Node A => nodes.A;

    private TwoNodeFixture.Node B => nodes.B;

    private LoopbackBrowser Editor => nodes.Editor;

    [PostgresOnlyFact(Reason)]
    public async Task Publish_OnNodeA_PageAndSearchChangeOnNodeBWithinTwoSeconds()
    {
        await nodes.EnsureRunningAsync(B);
        var first = Word();
        var article = await CreateAndPublishAsync(first);
        await WaitUntilShownAsync(B, article, first, Settle);

        // B serves the old version to residents (what an output cache would keep), and finds nothing for the new word.
        var second = Word();
        Assert.Equal(Title(first), await HeadingAsync(B, article.Url));
        Assert.Equal(Title(first), await HeadingAsync(B, article.Url));
        Assert.DoesNotContain(article.Slug, await HitsAsync(B, second));
        Assert.Contains(article.Slug, await HitsAsync(B, first));

        await SaveAsync(article.Id, second);
        var publish = await PublishRequestAsync(article.Id);
        var clock = Stopwatch.StartNew();
        await PublishAsync(article.Id, publish);

        TimeSpan? page = null, search = null;
        while (clock.Elapsed < Propagation && (page is null || search is null))
        {
            if (page is null && await HeadingAsync(B, article.Url) == Title(second))
            {
                page = clock.Elapsed;
            }

            if (search is null && (await HitsAsync(B, second)).Contains(article.Slug))
            {
                search = clock.Elapsed;
            }

            await Task.Delay(50);
        }

        output.WriteLine($"Published on A; on B the page changed after {Ms(page)} and search after {Ms(search)}.");
        if (page is null || search is null)
        {
            // Late or never: how late, for the message.
            while (clock.Elapsed < Settle && (page is null || search is null))
            {
                page ??= await HeadingAsync(B, article.Url) == Title(second) ? clock.Elapsed : null;
                search ??= (await HitsAsync(B, second)).Contains(article.Slug) ? clock.Elapsed : null;
                await Task.Delay(100);
            }

            Assert.Fail(
                $"Within {Propagation.TotalSeconds:0} s of publishing on A, node B should show the new page and search hit; " +
                $"the page changed after {Ms(page)}, search after {Ms(search)}.\nB's log:\n{B.RecentOutput}");
        }

        Assert.Equal(Title(second), await HeadingAsync(A, article.Url));
        Assert.DoesNotContain(article.Slug, await HitsAsync(B, first));
    }

    [PostgresOnlyFact(Reason)]
    public async Task EditorSession_SignedInOnNodeA_WorksOnNodeB()
    {
        await nodes.EnsureRunningAsync(B);
        using var browser = new LoopbackBrowser();

        // Without a session B sends an editor to its login page: the 200 below is the session's doing.
        var anonymous = await browser.GetAsync(B.BaseUrl, "/redaktor");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/redaktor/logga-in", anonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);

        // The nodes started at once on an empty database. Had each made a key of its own, each would
        // encrypt cookies with it, and a node looks for keys it does not know only in its first two
        // minutes (then once a day): a session from A would be refused on B later on.
        Assert.Equal(1, await DataProtectionKeyCountAsync());

        await browser.SignInAsync(A.BaseUrl, nodes.Publisher.Email, nodes.Publisher.Password);
        var (dashboard, document) = await browser.GetDocumentAsync(B.BaseUrl, "/redaktor");
        Assert.True(dashboard.StatusCode == HttpStatusCode.OK, $"/redaktor on B with A's session cookie gave {(int)dashboard.StatusCode} {dashboard.Headers.Location}");
        Assert.Contains("Nora Nodsson", document.Body!.TextContent, StringComparison.Ordinal);

        // A form fetched from A (its antiforgery token and cookie made with A's key) is posted to B.
        var (_, form) = await browser.GetDocumentAsync(A.BaseUrl, "/redaktor/artiklar/ny");
        var word = Word();
        var fields = ArticleFields(form, word).Append(new("__RequestVerificationToken", TokenOf(form))).ToList();
        var refused = await browser.PostAsync(B.BaseUrl, "/redaktor/artiklar/ny", fields.Where(f => f.Key != "__RequestVerificationToken"));
        var created = await browser.PostAsync(B.BaseUrl, "/redaktor/artiklar/ny", fields);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, $"Posting A's form to B gave {(int)created.StatusCode}:\n{await created.Content.ReadAsStringAsync()}");
        var edit = created.Headers.Location!.OriginalString;
        Assert.Matches("^/redaktor/artiklar/[0-9]+$", edit);
        var (_, saved) = await browser.GetDocumentAsync(A.BaseUrl, edit);
        Assert.Equal(Title(word), saved.QuerySelector("[name='Input.Title']")?.GetAttribute("value"));
    }

    [PostgresOnlyFact(Reason)]
    public async Task NodeStartedLate_AfterPublishOnNodeA_CatchesUp()
    {
        await nodes.EnsureRunningAsync(B);
        var first = Word();
        var article = await CreateAndPublishAsync(first);
        await WaitUntilShownAsync(B, article, first, Settle);

        await B.StopAsync();
        var second = Word();
        await SaveAsync(article.Id, second);
        await PublishAsync(article.Id, await PublishRequestAsync(article.Id));
        var clock = Stopwatch.StartNew();
        await nodes.StartAsync(B);
        output.WriteLine($"B started again on its old index in {clock.Elapsed.TotalSeconds:0.0} s.");

        // Healthy means caught up: search is ready before the server takes its first request.
        Assert.Equal(Title(second), await HeadingAsync(B, article.Url));
        Assert.Contains(article.Slug, await HitsAsync(B, second));
        Assert.DoesNotContain(article.Slug, await HitsAsync(B, first));
    }

    [PostgresOnlyFact(Reason)]
    public async Task NodeWithIndexDeleted_Restarted_RebuildsItFromTheDatabase()
    {
        await nodes.EnsureRunningAsync(B);
        var unchangedWord = Word();
        var unchanged = await CreateAndPublishAsync(unchangedWord);
        var first = Word();
        var changed = await CreateAndPublishAsync(first);
        await WaitUntilShownAsync(B, changed, first, Settle);

        await B.StopAsync();
        Assert.True(Directory.Exists(B.IndexPath), $"No index at {B.IndexPath}: {string.Join(", ", Directory.GetFileSystemEntries(B.DataPath))}");
        Directory.Delete(B.IndexPath, recursive: true);
        var second = Word();
        await SaveAsync(changed.Id, second);
        await PublishAsync(changed.Id, await PublishRequestAsync(changed.Id));
        var clock = Stopwatch.StartNew();
        await nodes.StartAsync(B);
        output.WriteLine($"B rebuilt its index and started in {clock.Elapsed.TotalSeconds:0.0} s.");

        Assert.True(Directory.Exists(B.IndexPath), $"B started without an index at {B.IndexPath}.");
        Assert.Contains(unchanged.Slug, await HitsAsync(B, unchangedWord));
        Assert.Contains(changed.Slug, await HitsAsync(B, second));
        Assert.DoesNotContain(changed.Slug, await HitsAsync(B, first));

        // The rest of the published content (the demo's) is back too: B finds as much as A does.
        foreach (var query in new[] { "vårdcentral", "sluta röka", "BVC" })
        {
            var onA = await HitCountAsync(A, query);
            Assert.True(onA.Length > 0 && !onA.StartsWith("Inga", StringComparison.Ordinal), $"A finds nothing for ”{query}”: {onA}");
            Assert.Equal(onA, await HitCountAsync(B, query));
        }
    }

    private async Task<long> DataProtectionKeyCountAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(nodes.ContentDatabase);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM \"DataProtectionKeys\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string Title(string word) => $"Promenadgruppen {char.ToUpperInvariant(word[0])}{word[1..]}";

    /// <summary>A made-up word of five syllables: it occurs nowhere else, and no other test's word is a typo away from it.</summary>
    private static string Word()
    {
        const string consonants = "bdfgklmnprstv", vowels = "aeiou";
        return string.Concat(Enumerable.Range(0, 5).Select(_ =>
            $"{consonants[Random.Shared.Next(consonants.Length)]}{vowels[Random.Shared.Next(vowels.Length)]}"));
    }

    private static string Body(string word) =>
        $"## Så går det till\n\nVi träffas vid biblioteket och går en halvtimme tillsammans. Gruppen heter {word}.";

    private static string Ms(TimeSpan? elapsed) => elapsed is { } e ? $"{e.TotalMilliseconds:0} ms" : "never";

    private static IEnumerable<KeyValuePair<string, string>> ArticleFields(IDocument form, string word) =>
        FormFields.Of(form, "Input.Title")
            .Set("Input.Title", Title(word))
            .Set("Input.Ingress", "Varje vecka går vi tillsammans i Sundsvall.")
            .Set("Input.Body", Body(word))
            .Set("Input.Topics", "topic:fysisk-aktivitet")
            .Set("Input.LifeSituations", "lifesituation:vuxna")
            .Set("Input.ResponsibleUnit", "Folkhälsoenheten")
            .All;

    private static string TokenOf(IDocument document)
    {
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.True(token is not null, $"No antiforgery token on ”{document.Title}”.");
        return token;
    }

    /// <summary>The publisher, on node A, writes a new article in Sundsvall and publishes it; returns its id, public address and slug.</summary>
    private async Task<(int Id, string Url, string Slug)> CreateAndPublishAsync(string word)
    {
        var (_, form) = await Editor.GetDocumentAsync(A.BaseUrl, "/redaktor/artiklar/ny");
        var created = await Editor.PostAsync(A.BaseUrl, "/redaktor/artiklar/ny", ArticleFields(form, word).Append(new("__RequestVerificationToken", TokenOf(form))));
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, $"Creating an article on A gave {(int)created.StatusCode}");
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await PublishAsync(id, await PublishRequestAsync(id));
        var (_, panel) = await Editor.GetDocumentAsync(A.BaseUrl, $"/redaktor/artiklar/{id}/publicering");
        var url = panel.QuerySelector("dd a[href^='/sundsvall/']")?.GetAttribute("href");
        Assert.True(url is not null, $"Article {id} has no public address on its publishing page after publishing.");
        return (id, url, url.Split('/')[^1]);
    }

    /// <summary>The publisher saves a new version on node A through the edit form.</summary>
    private async Task SaveAsync(int id, string word)
    {
        var (_, form) = await Editor.GetDocumentAsync(A.BaseUrl, $"/redaktor/artiklar/{id}");
        var fields = FormFields.Of(form, "Input.Title").Set("Input.Title", Title(word)).Set("Input.Body", Body(word)).All;
        var saved = await Editor.PostAsync(A.BaseUrl, $"/redaktor/artiklar/{id}", fields.Append(new("__RequestVerificationToken", TokenOf(form))));
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"Saving article {id} on A gave {(int)saved.StatusCode}");
    }

    /// <summary>The publish form of the article's publishing page on node A, filled as shown (version and token).</summary>
    private async Task<List<KeyValuePair<string, string>>> PublishRequestAsync(int id)
    {
        var (_, page) = await Editor.GetDocumentAsync(A.BaseUrl, $"/redaktor/artiklar/{id}/publicering");
        var form = page.QuerySelector("form[action*='handler=publish']");
        var version = form?.QuerySelector("input[name=Version]")?.GetAttribute("value");
        Assert.True(version is not null, $"No publish form on the publishing page of article {id}.");
        return [new("Version", version), new("__RequestVerificationToken", TokenOf(page))];
    }

    private async Task PublishAsync(int id, List<KeyValuePair<string, string>> request)
    {
        var published = await Editor.PostAsync(A.BaseUrl, $"/redaktor/artiklar/{id}/publicering?handler=publish", request);
        Assert.True(published.StatusCode == HttpStatusCode.Redirect, $"Publishing article {id} on A gave {(int)published.StatusCode}:\n{await published.Content.ReadAsStringAsync()}");
    }

    /// <summary>The page's heading as a resident on <paramref name="node"/> sees it; null when it is not there (404).</summary>
    private static async Task<string?> HeadingAsync(TwoNodeFixture.Node node, string url)
    {
        using var response = await node.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} on {node.Name} gave {(int)response.StatusCode}");
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return document.QuerySelector("h1")?.TextContent.Trim();
    }

    /// <summary>The slugs of the hits the search page on <paramref name="node"/> lists for <paramref name="query"/> (a hit links to the canonical <c>/artikel/{slug}</c>).</summary>
    private static async Task<List<string>> HitsAsync(TwoNodeFixture.Node node, string query)
    {
        var document = await SearchAsync(node, query);
        return [.. document.QuerySelectorAll("ol.hits .hit__title a").Select(a => a.GetAttribute("href")!.Split('/')[^1])];
    }

    /// <summary>The search page's count line: "12 träffar för ”…”".</summary>
    private static async Task<string> HitCountAsync(TwoNodeFixture.Node node, string query) =>
        (await SearchAsync(node, query)).QuerySelector("#traffar")?.TextContent.Trim() ?? "";

    private static async Task<IDocument> SearchAsync(TwoNodeFixture.Node node, string query)
    {
        using var response = await node.GetAsync($"/sok?q={Uri.EscapeDataString(query)}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/sok?q={query} on {node.Name} gave {(int)response.StatusCode}");
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Polls until a resident on <paramref name="node"/> sees the article's page with <paramref name="word"/>'s title, and search finds it by that word.</summary>
    private static async Task WaitUntilShownAsync(TwoNodeFixture.Node node, (int Id, string Url, string Slug) article, string word, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        string? seen = null;
        while (clock.Elapsed < limit)
        {
            seen = await HeadingAsync(node, article.Url);
            if (seen == Title(word) && (await HitsAsync(node, word)).Contains(article.Slug))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"After {limit.TotalSeconds:0} s {article.Url} on {node.Name} showed ”{seen}”, not ”{Title(word)}”, or search did not find it by ”{word}”.\n{node.Name}'s log:\n{node.RecentOutput}");
    }
}
