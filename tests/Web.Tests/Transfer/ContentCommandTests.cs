using System.Net;
using System.Text.Json;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Storage;
using Halsoportal.Content.Transfer;
using Halsoportal.Web.Features.Operations;
using Halsoportal.Web.Tests.Editor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Halsoportal.Web.Tests.Transfer;

/// <summary>
/// <c>content export</c> and <c>content import</c>, run in-process against the site's own services
/// (the code path the binary takes), over the seeded demo site and fresh sites without content.
/// </summary>
public sealed class ContentCommandTests(SiteFactory site) : IClassFixture<SiteFactory>, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string DocsExample = Path.Combine(AppProcess.RepositoryRoot, "docs", "import-example.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("halsoportal-transfer-").FullName;

    // The site is shared by the class's tests, which run one at a time: each looks only at the server logs of its own run.
    private readonly int _problemsBefore = site.Problems.Count;

    [Fact]
    public async Task ExportThenImport_IntoFreshSite_SameFileBackAndSecondRunChangesNothing()
    {
        var fromDemo = Path.Combine(_folder, "fran-demo.json");
        var export = await RunAsync(site, "content", "export", "--file", fromDemo);
        var total = await InDbAsync(site, db => db.Articles.CountAsync());

        Assert.Equal((0, ""), (export.Code, export.Error));
        Assert.Contains($"\r{total} artiklar exporterade till {fromDemo}.", export.Output, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(fromDemo);
        Assert.Contains("Västernorrland", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", text, StringComparison.Ordinal);
        var file = JsonSerializer.Deserialize<ContentFile>(text, Json)!;
        Assert.Equal(("halsoportal-content", 1, total), (file.Format, file.Version, file.Articles.Count));
        Assert.All(file.Articles, a => Assert.False(string.IsNullOrEmpty(a.ExternalId)));
        Assert.Equal(total, file.Articles.Select(a => a.ExternalId).Distinct().Count());

        await using var fresh = SiteFactory.WithoutDemoContent();
        var first = await RunAsync(fresh, "content", "import", "--file", fromDemo);

        Assert.Equal((0, ""), (first.Code, first.Error));
        Assert.StartsWith($"1/{total} ", first.Output, StringComparison.Ordinal);
        Assert.EndsWith($"\n{total} artiklar: {total} nya, 0 ändrade, 0 oförändrade.\n", first.Output, StringComparison.Ordinal);

        // Exported again from the new install, the file is the same byte for byte: texts, owners,
        // scope, terms, dates, published state, external ids – and slugs, made from the same titles.
        var fromFresh = Path.Combine(_folder, "fran-ny.json");
        Assert.Equal(0, (await RunAsync(fresh, "content", "export", "--file", fromFresh)).Code);
        Assert.Equal(text, await File.ReadAllTextAsync(fromFresh));

        var before = await CountsAsync(fresh);
        var second = await RunAsync(fresh, "content", "import", "--file", fromDemo);
        Assert.Equal((0, ""), (second.Code, second.Error));
        Assert.EndsWith($"\n{total} artiklar: 0 nya, 0 ändrade, {total} oförändrade.\n", second.Output, StringComparison.Ordinal);
        Assert.Equal(before with { Audit = before.Audit + 1 }, await CountsAsync(fresh));

        // Back into the install it came from: nothing to do either.
        var home = await RunAsync(site, "content", "import", "--file", fromDemo);
        Assert.EndsWith($"{total} artiklar: 0 nya, 0 ändrade, {total} oförändrade.\n", home.Output, StringComparison.Ordinal);

        var page = await Html.GetOkAsync(fresh.CreateSiteClient(), "/sundsvall");
        var links = Html.Links(page, ".card__title a");
        Assert.Contains("/sundsvall/motesplatser-mot-ensamhet-i-sundsvall", links);
        Assert.Contains("/sundsvall/fysisk-aktivitet-pa-recept-i-vasternorrland", links);
        Assert.Contains("/sundsvall/friska-tander-och-en-frisk-mun-genom-livet", links);
        Assert.DoesNotContain("/sundsvall/halsosamtal-pa-din-vardcentral-i-jonkopings-lan", links);
        Assert.Empty(fresh.Problems);
        Assert.Empty(NewProblems());
    }

    [Fact]
    public async Task Import_DocsExample_ImportsCleanlyAndResidentsSeeThePublishedArticles()
    {
        await using var fresh = SiteFactory.WithoutDemoContent();

        var result = await RunAsync(fresh, "content", "import", "--file", DocsExample);

        Assert.Equal((0, ""), (result.Code, result.Error));
        Assert.Equal(
            """
            1/3 Timrå: Promenadgrupper för dig över 65 i Timrå – ny, publicerad
            2/3 Timrå: Stöd till dig som vårdar en närstående – ny, publicerad
            3/3 Timrå: Rökfri och snusfri skoltid – ny
            3 artiklar: 3 nya, 0 ändrade, 0 oförändrade.

            """,
            result.Output);

        var client = fresh.CreateSiteClient();
        var timra = Html.Links(await Html.GetOkAsync(client, "/timra"), ".card__title a");
        Assert.Contains("/timra/promenadgrupper-for-dig-over-65-i-timra", timra);
        Assert.Contains("/timra/stod-till-dig-som-vardar-en-narstaende", timra);
        Assert.DoesNotContain("/timra/rokfri-och-snusfri-skoltid", timra);
        Assert.Contains("/sundsvall/stod-till-dig-som-vardar-en-narstaende", Html.Links(await Html.GetOkAsync(client, "/sundsvall"), ".card__title a"));
        var easyRead = await Html.GetOkAsync(client, "/timra/promenadgrupper-for-dig-over-65-i-timra/lattlast");
        Assert.Contains("Gå promenad tillsammans i Timrå", easyRead.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/timra/rokfri-och-snusfri-skoltid", UriKind.Relative))).StatusCode);

        // Publishing wrote the change feed, so search follows.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        List<string> hits;
        do
        {
            hits = Html.Links(await Html.GetOkAsync(client, "/sok?q=promenadgrupper&kommun=timra"), ".hit__title a");
        }
        while (hits.Count == 0 && DateTime.UtcNow < deadline && await Delay());
        Assert.Contains("/timra/promenadgrupper-for-dig-over-65-i-timra", hits);

        var again = await RunAsync(fresh, "content", "import", "--file", DocsExample);
        Assert.EndsWith("3 artiklar: 0 nya, 0 ändrade, 3 oförändrade.\n", again.Output, StringComparison.Ordinal);
        var audit = await InDbAsync(fresh, db => db.AuditEntries.Where(a => a.ItemType == "article").Select(a => new { a.Action, a.UserName, a.KommunCode }).ToListAsync());
        Assert.Equal(5, audit.Count);
        Assert.All(audit, a => Assert.Equal((AuditEntry.OperatorName, "2262"), (a.UserName, a.KommunCode)));
        Assert.Empty(fresh.Problems);
    }

    [Fact]
    public async Task Import_ReadmeExample_PassesDryRun()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(AppProcess.RepositoryRoot, "README.md"));
        var section = readme[readme.IndexOf("### The format", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var path = Path.Combine(_folder, "readme.json");
        await File.WriteAllTextAsync(path, section[start..section.IndexOf("```", start, StringComparison.Ordinal)]);

        var result = await RunAsync(site, "content", "import", "--file", path, "--dry-run");

        Assert.Equal((0, ""), (result.Code, result.Error));
        Assert.EndsWith("Torrkörning: 1 artikel: 1 ny, 0 ändrade, 0 oförändrade. Inget sparades.\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ChangedText_NewVersionAndFeedRowOnlyWhenChanged()
    {
        var id = NewId();
        var path = await WriteAsync(Article(id, "Första texten."));

        var created = await RunAsync(site, "content", "import", "--file", path);
        Assert.Equal((0, ""), (created.Code, created.Error));
        Assert.Equal($"1/1 Sundsvall: Simning för alla i Sundsvall – ny, publicerad\n1 artikel: 1 ny, 0 ändrade, 0 oförändrade.\n", created.Output);
        var article = await ArticleAsync(id);
        Assert.Equal((1, 1, "Första texten."), (article.DraftVersion, article.PublishedVersion, Body(article)));
        Assert.NotNull(article.PublishedAt);

        var before = await CountsAsync(site);
        await WriteAsync(Article(id, "Andra texten."), path);
        var changed = await RunAsync(site, "content", "import", "--file", path);
        Assert.Equal($"1/1 Sundsvall: Simning för alla i Sundsvall – ändrad, publicerad\n1 artikel: 0 nya, 1 ändrad, 0 oförändrade.\n", changed.Output);
        Assert.Equal(before with { Versions = before.Versions + 1, Changes = before.Changes + 1, Audit = before.Audit + 3 }, await CountsAsync(site));
        article = await ArticleAsync(id);
        Assert.Equal((2, 2, "Andra texten."), (article.DraftVersion, article.PublishedVersion, Body(article)));

        before = await CountsAsync(site);
        var same = await RunAsync(site, "content", "import", "--file", path);
        Assert.Equal($"1/1 Sundsvall: Simning för alla i Sundsvall – oförändrad\n1 artikel: 0 nya, 0 ändrade, 1 oförändrad.\n", same.Output);
        Assert.Equal(before with { Audit = before.Audit + 1 }, await CountsAsync(site));

        // As a draft: a new version, the published text stays, nothing for the feed.
        before = await CountsAsync(site);
        await WriteAsync(Article(id, "Tredje texten, ett utkast.") with { Published = false }, path);
        var draft = await RunAsync(site, "content", "import", "--file", path);
        Assert.Equal($"1/1 Sundsvall: Simning för alla i Sundsvall – ändrad\n1 artikel: 0 nya, 1 ändrad, 0 oförändrade.\n", draft.Output);
        Assert.Equal(before with { Versions = before.Versions + 1, Audit = before.Audit + 2 }, await CountsAsync(site));
        article = await ArticleAsync(id);
        Assert.Equal((3, 2, "Andra texten."), (article.DraftVersion, article.PublishedVersion, Body(article)));
        Assert.EndsWith("oförändrad.\n", (await RunAsync(site, "content", "import", "--file", path)).Output, StringComparison.Ordinal);

        var actions = await InDbAsync(site, db => db.AuditEntries.Where(a => a.ItemType == "article" && a.ItemId == article.Id.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["article.create", "article.publish", "article.save", "article.publish", "article.save"], actions);
        Assert.Empty(NewProblems());
    }

    [Fact]
    public async Task Import_InvalidArticles_ReportsEveryProblemAndWritesNothing()
    {
        var good = Article(NewId(), "En bra text.");
        var bad = Article("sundsvall-webb:trasig", "") with
        {
            Owner = "kommun:9999",
            Title = "",
            Topics = ["fysisk"],
            NextReview = new DateOnly(2026, 1, 1),
        };
        var twin = Article(good.ExternalId, "Samma id igen.");
        var path = await WriteAsync(good, bad, twin);
        var before = await CountsAsync(site);

        var result = await RunAsync(site, "content", "import", "--file", path);

        Assert.Equal((1, ""), (result.Code, result.Output));
        Assert.Equal(
            [
                "Fel: artikel 2 (sundsvall-webb:trasig): owner: det finns ingen kommun med kommunkoden 9999.",
                "Fel: artikel 2 (sundsvall-webb:trasig): topics: det finns inget ämne ”fysisk”. Välj bland: fysisk-aktivitet, matvanor, alkohol, tobak-och-nikotin, spel-om-pengar, somn, psykisk-halsa, sexuell-halsa, social-gemenskap, foraldraskap, aldres-halsa-och-fallprevention, munhalsa, vaccination.",
                "Fel: artikel 2 (sundsvall-webb:trasig): title: Skriv en rubrik.",
                "Fel: artikel 2 (sundsvall-webb:trasig): body: Skriv brödtexten.",
                "Fel: artikel 2 (sundsvall-webb:trasig): nextReview: Nästa granskning måste komma efter senaste granskning.",
                $"Fel: artikel 3 ({good.ExternalId}): externalId: samma id som artikel 1. Varje artikel i filen behöver ett eget externalId.",
                "Fel: Inget importerades: 6 fel i 2 av 3 artiklar. Rätta filen och kör igen; --dry-run kontrollerar utan att spara.",
            ],
            Lines(result.Error));
        Assert.Equal(before, await CountsAsync(site));
        Assert.Empty(NewProblems());
    }

    [Fact]
    public async Task Import_PublishCheckFails_RefusedUnlessImportedAsDraft()
    {
        var article = Article(NewId(), "Mer om simning hittar du [här](https://www.1177.se).");
        var path = await WriteAsync(article);
        var before = await CountsAsync(site);

        var refused = await RunAsync(site, "content", "import", "--file", path, "--dry-run");

        Assert.Equal(1, refused.Code);
        Assert.Matches($"^Fel: artikel 1 \\({article.ExternalId}\\): body, rad 1: Länktexten \"här\" säger inte vart länken leder\\..*\\(hindrar publicering; sätt \"published\": false för att importera texten som utkast\\)$", Lines(refused.Error)[0]);
        Assert.Equal(before, await CountsAsync(site));

        await WriteAsync(article with { Published = false }, path);
        var draft = await RunAsync(site, "content", "import", "--file", path);
        Assert.Equal((0, "1/1 Sundsvall: Simning för alla i Sundsvall – ny\n1 artikel: 1 ny, 0 ändrade, 0 oförändrade.\n"), (draft.Code, draft.Output));
        Assert.Null((await ArticleAsync(article.ExternalId)).PublishedAt);
    }

    [Fact]
    public async Task Import_BadJson_SwedishMessageWithLineAndCharacterNothingWritten()
    {
        var path = Path.Combine(_folder, "trasig.json");
        await File.WriteAllTextAsync(path, "{\n  \"format\": \"halsoportal-content\",\n  \"version\": 1\n  \"articles\": []\n}\n");
        var before = await CountsAsync(site);

        var result = await RunAsync(site, "content", "import", "--file", path);

        Assert.Equal((1, ""), (result.Code, result.Output));
        Assert.Equal(
            [
                "Fel: Filen är inte giltig JSON: fel på rad 4, tecken 3 vid ”\"”. Kontrollera kommatecken, citattecken och klamrar där och just före.",
                "Fel: Inget importerades: 1 fel i filen. Rätta filen och kör igen; --dry-run kontrollerar utan att spara.",
            ],
            Lines(result.Error));
        Assert.Equal(before, await CountsAsync(site));
    }

    [Fact]
    public async Task Import_DryRun_ShowsWhatWouldHappenAndWritesNothing()
    {
        var before = await CountsAsync(site);

        var result = await RunAsync(site, "content", "import", "--file", DocsExample, "--dry-run");

        Assert.Equal((0, ""), (result.Code, result.Error));
        Assert.Equal(
            """
            Torrkörning: filen kontrolleras och ingenting sparas.
            1/3 Timrå: Promenadgrupper för dig över 65 i Timrå – ny, publicerad
            2/3 Timrå: Stöd till dig som vårdar en närstående – ny, publicerad
            3/3 Timrå: Rökfri och snusfri skoltid – ny
            Torrkörning: 3 artiklar: 3 nya, 0 ändrade, 0 oförändrade. Inget sparades.

            """,
            result.Output);
        Assert.Equal(before, await CountsAsync(site));
    }

    [Fact]
    public async Task Import_KommunWithReviewStep_SendsForReviewInsteadOfPublishing()
    {
        await InDbAsync(site, db => db.Kommuner.Where(k => k.Code == "2280").ExecuteUpdateAsync(s => s.SetProperty(k => k.RequiresReview, true)));
        try
        {
            var article = Article(NewId(), "Simhallen i Härnösand har öppet varje dag.") with { Owner = "kommun:Härnösand", Title = "Simning för alla i Härnösand" };
            var path = await WriteAsync(article);

            var first = await RunAsync(site, "content", "import", "--file", path);
            var second = await RunAsync(site, "content", "import", "--file", path);

            Assert.Equal("1/1 Härnösand: Simning för alla i Härnösand – ny, skickad för granskning (kommunen har granskningssteg)", Lines(first.Output)[0]);
            Assert.Equal("1/1 Härnösand: Simning för alla i Härnösand – oförändrad", Lines(second.Output)[0]);
            var saved = await ArticleAsync(article.ExternalId);
            Assert.Null(saved.PublishedAt);
            Assert.Equal(ReviewState.Requested, saved.ReviewState);
        }
        finally
        {
            await InDbAsync(site, db => db.Kommuner.Where(k => k.Code == "2280").ExecuteUpdateAsync(s => s.SetProperty(k => k.RequiresReview, false)));
        }
    }

    [Fact]
    public async Task Import_EditorSavesDuringImport_StopsThereAndRunningAgainFinishes()
    {
        var first = Article(NewId(), "Ett.") with { Published = false };
        var second = Article(NewId(), "Två.") with { Published = false, Title = "Simskola för vuxna i Sundsvall" };
        var path = await WriteAsync(first, second);
        Assert.Equal(0, (await RunAsync(site, "content", "import", "--file", path)).Code);
        var editor = await TestEditors.CreateUserAsync(site.Services, "Eva Redaktör", (EditorRole.Editor, "2281"));
        var secondId = (await ArticleAsync(second.ExternalId)).Id;
        await WriteAsync([first with { Body = "Ett, ändrad." }, second with { Body = "Två, ändrad." }], path);

        // An editor saves the second article while the import is busy with the first.
        var stopped = await ImportInScopeAsync(path, progress =>
        {
            if (progress.Number == 1)
            {
                SaveAsEditorAsync(editor, secondId, "Redaktörens text.").GetAwaiter().GetResult();
            }
        });

        Assert.Equal((ImportStatus.Stopped, 0, 1, 0), (stopped.Status, stopped.Created, stopped.Updated, stopped.Unchanged));
        Assert.StartsWith($"artikel 2 ({second.ExternalId}): någon sparade artikeln i redaktörsvyn medan importen pågick.", Assert.Single(stopped.Problems).ToString(), StringComparison.Ordinal);
        Assert.Equal("Ett, ändrad.", await NewestBodyAsync(first.ExternalId));
        Assert.Equal("Redaktörens text.", await NewestBodyAsync(second.ExternalId));

        var again = await RunAsync(site, "content", "import", "--file", path);
        Assert.EndsWith("2 artiklar: 0 nya, 1 ändrad, 1 oförändrad.\n", again.Output, StringComparison.Ordinal);
        Assert.Equal("Två, ändrad.", await NewestBodyAsync(second.ExternalId));
    }

    [Fact]
    public async Task Import_OtherOwnerForKnownId_Refused()
    {
        var article = Article(NewId(), "Simhallen har öppet varje dag.") with { Published = false };
        var path = await WriteAsync(article);
        Assert.Equal(0, (await RunAsync(site, "content", "import", "--file", path)).Code);

        await WriteAsync(article with { Owner = "kommun:Timrå" }, path);
        var moved = await RunAsync(site, "content", "import", "--file", path);

        Assert.Equal(1, moved.Code);
        Assert.Equal($"Fel: artikel 1 ({article.ExternalId}): owner: artikeln finns redan och ägs av Sundsvall. Ägaren kan inte ändras genom import.", Lines(moved.Error)[0]);
    }

    [Fact]
    public async Task Export_OneKommun_OnlyItsArticles()
    {
        var path = Path.Combine(_folder, "timra.json");

        var result = await RunAsync(site, "content", "export", "--file", path, "--kommun", "Timrå");

        Assert.Equal((0, ""), (result.Code, result.Error));
        var file = JsonSerializer.Deserialize<ContentFile>(await File.ReadAllTextAsync(path), Json)!;
        Assert.NotEmpty(file.Articles);
        Assert.All(file.Articles, a => Assert.Equal("kommun:2262", a.Owner));
    }

    [Theory]
    [InlineData(new[] { "export", "--kommun", "Atlantis" }, "Fel: Det finns ingen kommun som heter ”Atlantis”.")]
    [InlineData(new[] { "export", "--kommun", "9999" }, "Fel: Det finns ingen kommun med kommunkoden 9999.")]
    [InlineData(new[] { "export" }, "Fel: Ange filen med --file, till exempel --file innehall.json.")]
    [InlineData(new[] { "import" }, "Fel: Ange filen med --file, till exempel --file innehall.json.")]
    public async Task Verbs_BadArguments_SwedishErrorExit1NoFile(string[] arguments, string expected)
    {
        var path = Path.Combine(_folder, "ut.json");
        string[] file = arguments.Length > 1 ? ["--file", path] : [];

        var result = await RunAsync(site, ["content", .. arguments, .. file]);

        Assert.Equal((1, expected), (result.Code, Lines(result.Error)[0]));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Export_FolderMissing_SwedishErrorExit1NothingStamped()
    {
        var path = Path.Combine(_folder, "finns-inte", "ut.json");
        var audit = (await CountsAsync(site)).Audit;

        var result = await RunAsync(site, "content", "export", "--file", path);

        Assert.Equal((1, $"Fel: Kan inte skriva {path}: mappen finns inte, eller filen får inte skrivas där.\n"), (result.Code, result.Error));
        Assert.Equal(audit, (await CountsAsync(site)).Audit);
    }

    [Fact]
    public async Task Import_MissingFile_SwedishErrorExit1()
    {
        var path = Path.Combine(_folder, "finns-inte.json");

        var result = await RunAsync(site, "content", "import", "--file", path);

        Assert.Equal((1, $"Fel: Filen {path} finns inte.\n"), (result.Code, result.Error));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string NewId() => $"sundsvall-webb:{Guid.NewGuid():N}";

    private static ArticleRecord Article(string externalId, string body) => new()
    {
        ExternalId = externalId,
        Owner = "kommun:2281",
        Title = "Simning för alla i Sundsvall",
        Ingress = "Simhallen har pass för seniorer, familjer och den som vill lära sig simma som vuxen.",
        Body = body,
        Topics = ["fysisk-aktivitet"],
        LifeSituations = ["vuxna", "aldre"],
        Arenas = ["fritid"],
        LastReviewed = new DateOnly(2026, 10, 1),
        NextReview = new DateOnly(2027, 10, 1),
        ResponsibleUnit = "Sundsvalls kommun, Fritid",
        Published = true,
    };

    private static string Body(Article article) => article.Texts.Single(t => !t.IsEasyRead).Body;

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    private static async Task<bool> Delay()
    {
        await Task.Delay(200);
        return true;
    }

    private async Task<string> WriteAsync(params ArticleRecord[] articles) =>
        await WriteAsync(articles, Path.Combine(_folder, $"{Guid.NewGuid():N}.json"));

    private static async Task<string> WriteAsync(ArticleRecord article, string path) => await WriteAsync([article], path);

    private static async Task<string> WriteAsync(ArticleRecord[] articles, string path)
    {
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new ContentFile { Articles = articles }, Json));
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(SiteFactory target, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = await OperatorCommands.RunAsync(target.Services, args, new OperatorConsole(new StringReader(""), output, error, null), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<ImportResult> ImportInScopeAsync(string path, Action<ImportProgress> onProgress)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var transfer = scope.ServiceProvider.GetRequiredService<ContentTransferService>();
        return await transfer.ImportAsync(await File.ReadAllBytesAsync(path), dryRun: false, new Progress(onProgress), CancellationToken.None);
    }

    private async Task SaveAsEditorAsync(EditorAccess editor, int id, string body)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<ArticleEditingService>();
        var view = (await editing.GetAsync(editor, id, CancellationToken.None))!;
        var saved = await editing.SaveAsync(editor, id, view.DraftVersion, view.Draft with { Body = body }, CancellationToken.None);
        Assert.Equal(EditStatus.Done, saved.Status);
    }

    private async Task<string> NewestBodyAsync(string externalId)
    {
        var id = (await ArticleAsync(externalId)).Id;
        var data = await InDbAsync(site, db => db.ContentVersions.Where(v => v.ItemId == id).OrderByDescending(v => v.Number).Select(v => v.Data).FirstAsync());
        return ArticleDraft.FromJson(data).Body;
    }

    private async Task<Article> ArticleAsync(string externalId) =>
        await InDbAsync(site, db => db.Articles.AsNoTracking().Include(a => a.Texts).SingleAsync(a => a.ExternalId == externalId));

    private static async Task<T> InDbAsync<T>(SiteFactory target, Func<ContentDbContext, Task<T>> query)
    {
        await using var scope = target.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ContentDbContext>());
    }

    private static Task<Counts> CountsAsync(SiteFactory target) => InDbAsync(target, async db => new Counts(
        await db.Articles.CountAsync(),
        await db.ContentVersions.CountAsync(),
        await db.ContentChanges.CountAsync(),
        await db.AuditEntries.CountAsync()));

    private List<string> NewProblems() => [.. site.Problems.Skip(_problemsBefore)];

    private sealed record Counts(int Articles, int Versions, int Changes, int Audit);

    /// <summary>Runs the callback on the importing thread, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class Progress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
