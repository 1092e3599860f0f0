using System.Text;
using System.Text.Json;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Transfer;

namespace Halsoportal.Content.Tests.Transfer;

/// <summary>Reading and writing the content file, without a database: every problem in Swedish, with article and field.</summary>
public sealed class ContentFileReaderTests
{
    private const string ValidArticle = """
        {
          "externalId": "timra-webb:1042",
          "owner": "kommun:2262",
          "slug": "promenader",
          "title": "Promenadgrupper i Timrå",
          "ingress": "Gå tillsammans varje vecka.",
          "body": "## Så går det till\n\nVi går från biblioteket.",
          "easyRead": { "title": "Gå tillsammans", "ingress": "Det är gratis.", "body": "Kom och gå med oss." },
          "showAlsoIn": ["2281"],
          "topics": ["fysisk-aktivitet"],
          "lifeSituations": ["aldre"],
          "arenas": ["fritid"],
          "lastReviewed": "2026-10-05",
          "nextReview": "2027-10-05",
          "responsibleUnit": "Folkhälsoenheten",
          "published": true
        }
        """;

    private static ContentFileReadResult Read(string json) => ContentFileReader.Read(Encoding.UTF8.GetBytes(json));

    private static string File(params string[] articles) =>
        $$"""{ "format": "halsoportal-content", "version": 1, "articles": [{{string.Join(",", articles)}}] }""";

    private static string Article(string externalId = "timra-webb:1042", string? replace = null, string? with = null)
    {
        var json = ValidArticle.Replace("timra-webb:1042", externalId, StringComparison.Ordinal);
        return replace is null ? json : json.Replace(replace, with, StringComparison.Ordinal);
    }

    private static List<string> Messages(ContentFileReadResult result) => [.. result.Problems.Select(p => p.ToString())];

    [Fact]
    public void Read_ValidArticle_ReadsEveryField()
    {
        var result = Read(File(Article()));

        Assert.Empty(result.Problems);
        var article = Assert.Single(result.Articles);
        Assert.Equal(1, article.Number);
        var record = article.Record;
        Assert.Equal(("timra-webb:1042", "kommun:2262", "Promenadgrupper i Timrå"), (record.ExternalId, record.Owner, record.Title));
        Assert.Equal("## Så går det till\n\nVi går från biblioteket.", record.Body);
        Assert.Equal(new EasyReadRecord("Gå tillsammans", "Det är gratis.", "Kom och gå med oss."), record.EasyRead);
        Assert.Equal(["2281"], record.ShowAlsoIn);
        Assert.Equal(["fysisk-aktivitet"], record.Topics);
        Assert.Equal(["aldre"], record.LifeSituations);
        Assert.Equal(["fritid"], record.Arenas);
        Assert.Equal((new DateOnly(2026, 10, 5), new DateOnly(2027, 10, 5)), (record.LastReviewed, record.NextReview));
        Assert.True(record.Published);
    }

    [Fact]
    public void Read_ByteOrderMarkAndOptionalFieldsLeftOut_Reads()
    {
        var json = File("""{ "externalId": "a", "owner": "nationell", "title": "T", "ingress": "I", "body": "B", "responsibleUnit": "E", "easyRead": null }""");
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)];
        var result = ContentFileReader.Read(bytes);

        Assert.Empty(result.Problems);
        var record = Assert.Single(result.Articles).Record;
        Assert.Null(record.EasyRead);
        Assert.Empty(record.ShowAlsoIn);
        Assert.Empty(record.Arenas);
        Assert.False(record.Published);
    }

    public static TheoryData<string, string> BrokenJson => new()
    {
        // A missing comma after a value with å in it: the position counts characters, not bytes.
        { "{\n  \"format\": \"halsoportal-content\",\n  \"title\": \"Hälsa på äldre dagar\"\n  \"x\": 1\n}", "Filen är inte giltig JSON: fel på rad 4, tecken 3 vid ”\"”." },
        { "{ \"title\": \"Hälsa på äldre dagar\" \"x\": 1 }", "Filen är inte giltig JSON: fel på rad 1, tecken 35 vid ”\"”." },
        { "{ \"format\": \"halsoportal-content\", }", "Filen är inte giltig JSON: fel på rad 1, tecken 36 vid ”}”." },
        { "{ \"articles\": [ {\n", "Filen är inte giltig JSON: den tar slut för tidigt (rad 2, tecken 1). Något {, [ eller \" är inte stängt." },
        { "", "Filen är inte giltig JSON: den tar slut för tidigt (rad 1, tecken 1). Något {, [ eller \" är inte stängt." },
        { "<?xml version=\"1.0\"?>", "Filen är inte giltig JSON: fel på rad 1, tecken 1 vid ”<”." },
    };

    [Theory]
    [MemberData(nameof(BrokenJson))]
    public void Read_BrokenJson_SwedishMessageWithLineAndCharacter(string json, string expected)
    {
        var result = Read(json);

        Assert.Empty(result.Articles);
        var problem = Assert.Single(result.Problems);
        Assert.Null(problem.Article);
        Assert.StartsWith(expected, problem.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> WrongFiles => new()
    {
        { "[]", "Filen ska vara ett JSON-objekt" },
        { """{ "version": 1, "articles": [] }""", "Det här är ingen innehållsfil från Hälsoportal: ”format” ska vara \"halsoportal-content\"." },
        { """{ "format": "wordpress", "version": 1, "articles": [] }""", "Det här är ingen innehållsfil från Hälsoportal" },
        { """{ "format": "halsoportal-content", "version": 2, "articles": [] }""", "Filen har version 2 av formatet, men den här versionen av Hälsoportal läser bara version 1." },
        { """{ "format": "halsoportal-content", "version": "1", "articles": [] }""", "Fältet ”version” saknas eller är inget heltal" },
        { """{ "format": "halsoportal-content", "version": 1 }""", "Fältet ”articles” saknas eller är ingen lista" },
    };

    [Theory]
    [MemberData(nameof(WrongFiles))]
    public void Read_NotAVersionOneContentFile_OneProblemForTheFile(string json, string expected)
    {
        var result = Read(json);

        Assert.Empty(result.Articles);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith(expected, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FieldsOfTheWrongType_EachReportedOnceWithArticleAndField()
    {
        var bad = Article("sundsvall:7")
            .Replace("\"title\": \"Promenadgrupper i Timrå\"", "\"title\": 5", StringComparison.Ordinal)
            .Replace("\"published\": true", "\"published\": \"ja\"", StringComparison.Ordinal)
            .Replace("\"lastReviewed\": \"2026-10-05\"", "\"lastReviewed\": \"5 oktober 2026\"", StringComparison.Ordinal)
            .Replace("\"topics\": [\"fysisk-aktivitet\"]", "\"topics\": \"fysisk-aktivitet\"", StringComparison.Ordinal)
            .Replace("\"easyRead\": {", "\"easyRead\": { \"titel\": \"x\",", StringComparison.Ordinal);

        var result = Read(File(Article(), bad));

        Assert.Equal(
            [
                "artikel 2 (sundsvall:7): title: ska vara en text inom citattecken.",
                "artikel 2 (sundsvall:7): easyRead.titel: finns inte i formatet – är fältet felstavat?",
                "artikel 2 (sundsvall:7): topics: ska vara en lista med texter, till exempel [\"fysisk-aktivitet\", \"somn\"].",
                "artikel 2 (sundsvall:7): lastReviewed: ska vara ett datum skrivet som \"2026-11-23\" (år-månad-dag), inte \"5 oktober 2026\".",
                "artikel 2 (sundsvall:7): published: ska vara true eller false, utan citattecken.",
            ],
            Messages(result));
        Assert.Equal(2, result.Articles.Count);
        Assert.Equal(["easyRead.titel", "lastReviewed", "published", "title", "topics"], result.Articles[1].BadFields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_UnknownRepeatedAndMissingIds_Reported()
    {
        var misspelt = Article("a:1", "\"ingress\": \"Gå", "\"ingres\": \"Gå");
        var repeated = Article("a:2", "\"owner\": \"kommun:2262\",", "\"owner\": \"kommun:2262\", \"owner\": \"kommun:2281\",");
        var noId = Article("", "\"externalId\": \"\",", "");
        var blankId = Article("   ");
        var duplicate = Article("a:1");

        var result = Read(File(misspelt, repeated, noId, blankId, duplicate));

        Assert.Equal(
            [
                "artikel 1 (a:1): ingres: finns inte i formatet – är fältet felstavat?",
                "artikel 2 (a:2): owner: står två gånger; ta bort det ena.",
                "artikel 3: externalId: saknas. Ge varje artikel id:t den har i systemet den kommer från (\"timra-webb:4711\"), så att importen känner igen den nästa gång.",
                "artikel 4: externalId: saknas. Ge varje artikel id:t den har i systemet den kommer från (\"timra-webb:4711\"), så att importen känner igen den nästa gång.",
                "artikel 5 (a:1): externalId: samma id som artikel 1. Varje artikel i filen behöver ett eget externalId.",
            ],
            Messages(result));
    }

    [Fact]
    public void Read_ArticleThatIsNotAnObject_ReportedByPlace()
    {
        var result = Read(File(Article(), "\"en text\""));

        Assert.Equal(["artikel 2: ska vara ett JSON-objekt { … } med artikelns fält."], Messages(result));
        Assert.Single(result.Articles);
    }

    [Fact]
    public void Write_ThenRead_SameRecordsSwedishLettersUnescapedDatesAsDays()
    {
        var record = new ArticleRecord
        {
            ExternalId = "halsoportal:somn",
            Owner = "region:22",
            Slug = "somn",
            Title = "Sömn och återhämtning",
            Ingress = "Så får du en god natts sömn – även när livet är stökigt.",
            Body = "## Råd\n\n- Gå upp samma tid varje dag.\r\n- Undvik skärmar \"sent\" på kvällen.",
            Topics = ["somn"],
            LifeSituations = ["vuxna", "aldre"],
            LastReviewed = new DateOnly(2026, 1, 2),
            NextReview = new DateOnly(2027, 1, 2),
            ResponsibleUnit = "Region Västernorrland, Folkhälsoenheten",
            Published = true,
        };

        var json = JsonSerializer.Serialize(new ContentFile { Articles = [record] }, ContentFileJson.Options);
        var back = Assert.Single(Read(json).Articles).Record;

        Assert.Contains("\"title\": \"Sömn och återhämtning\"", json, StringComparison.Ordinal);
        Assert.Contains("\"lastReviewed\": \"2026-01-02\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("easyRead", json, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"format\": \"halsoportal-content\",\n  \"version\": 1,", json, StringComparison.Ordinal);
        Assert.Equal(
            (record.ExternalId, record.Owner, record.Title, record.Ingress, record.Body, record.LastReviewed, record.NextReview, record.ResponsibleUnit, record.Published),
            (back.ExternalId, back.Owner, back.Title, back.Ingress, back.Body, back.LastReviewed, back.NextReview, back.ResponsibleUnit, back.Published));
        Assert.Equal(record.Topics, back.Topics);
        Assert.Equal(record.LifeSituations, back.LifeSituations);
    }

    [Fact]
    public void Same_ListsInAnotherOrder_EqualButAnyTextChangeIsNot()
    {
        var draft = new ArticleDraft
        {
            Title = "Promenader",
            Ingress = "Gå tillsammans.",
            Body = "Text",
            Scope = ArticleScope.Kommuner,
            KommunCodes = ["2262", "2281"],
            Terms = ["topic:fysisk-aktivitet", "lifesituation:aldre"],
            LastReviewed = new DateOnly(2026, 1, 1),
            NextReview = new DateOnly(2027, 1, 1),
            ResponsibleUnit = "Folkhälsoenheten",
            ImageMediaId = 4,
        };

        Assert.True(ImportPlanner.Same(draft, draft with { KommunCodes = ["2281", "2262"], Terms = ["lifesituation:aldre", "topic:fysisk-aktivitet"], ImageMediaId = null }));
        Assert.True(ImportPlanner.Same(draft, draft with { EasyReadTitle = "", EasyReadIngress = null }));
        Assert.False(ImportPlanner.Same(draft, draft with { Body = "Text " }));
        Assert.False(ImportPlanner.Same(draft, draft with { KommunCodes = ["2262"] }));
        Assert.False(ImportPlanner.Same(draft, draft with { NextReview = new DateOnly(2027, 1, 2) }));
        Assert.False(ImportPlanner.Same(draft, draft with { EasyReadTitle = "Gå" }));
    }
}
