using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Halsoportal.Content.Transfer;

/// <summary>One article as read from the file, with the fields that could not be read at all.</summary>
/// <param name="Number">1-based place in the file.</param>
/// <param name="Record">The article; unreadable fields have their defaults.</param>
/// <param name="BadFields">JSON names of fields already reported, so the content rules do not report them twice.</param>
internal sealed record ReadArticle(int Number, ArticleRecord Record, IReadOnlySet<string> BadFields);

/// <summary>What <see cref="ContentFileReader.Read"/> found: the articles it could read and every problem, in Swedish.</summary>
internal sealed record ContentFileReadResult(IReadOnlyList<ReadArticle> Articles, IReadOnlyList<ImportProblem> Problems);

/// <summary>
/// Reads a content file by hand rather than with the serializer, so that one bad article does
/// not hide the problems of the others, and every message is Swedish and names the article and
/// the field. Content rules (required texts, dates in order, known kommuner and terms) are
/// checked later, with the editor's own validator.
/// </summary>
internal static class ContentFileReader
{
    private const int MaxExternalIdLength = 200;

    private static readonly string[] TopLevelFields = ["format", "version", "articles"];

    private static readonly string[] ArticleFields =
    [
        "externalId", "owner", "slug", "title", "ingress", "body", "easyRead", "showAlsoIn",
        "topics", "lifeSituations", "arenas", "lastReviewed", "nextReview", "responsibleUnit", "published",
    ];

    private static readonly string[] EasyReadFields = ["title", "ingress", "body"];

    public static ContentFileReadResult Read(ReadOnlyMemory<byte> utf8)
    {
        var bytes = utf8;
        if (bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            return new([], [new ImportProblem(null, null, SyntaxMessage(bytes.Span, e))]);
        }

        using (document)
        {
            var problems = new List<ImportProblem>();
            var articles = ReadFile(document.RootElement, problems);
            return new(articles, problems);
        }
    }

    private static List<ReadArticle> ReadFile(JsonElement root, List<ImportProblem> problems)
    {
        void FileProblem(string message) => problems.Add(new ImportProblem(null, null, message));

        if (root.ValueKind != JsonValueKind.Object)
        {
            FileProblem($"Filen ska vara ett JSON-objekt: {{ \"format\": \"{ContentFile.FormatName}\", \"version\": {ContentFile.CurrentVersion}, \"articles\": [ … ] }}.");
            return [];
        }

        var (unknown, repeated) = CheckNames(root, TopLevelFields);
        foreach (var name in unknown)
        {
            FileProblem($"Fältet ”{name}” finns inte i formatet – är det felstavat? Översta nivån har bara format, version och articles.");
        }

        foreach (var name in repeated)
        {
            FileProblem($"Fältet ”{name}” står två gånger på översta nivån; ta bort det ena.");
        }

        // A wrong format or version means the articles may mean something else: stop before reading them.
        if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != ContentFile.FormatName)
        {
            FileProblem($"Det här är ingen innehållsfil från Hälsoportal: ”format” ska vara \"{ContentFile.FormatName}\".");
            return [];
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number))
        {
            FileProblem($"Fältet ”version” saknas eller är inget heltal; skriv \"version\": {ContentFile.CurrentVersion}.");
            return [];
        }

        if (number != ContentFile.CurrentVersion)
        {
            FileProblem($"Filen har version {number} av formatet, men den här versionen av Hälsoportal läser bara version {ContentFile.CurrentVersion}.");
            return [];
        }

        if (!root.TryGetProperty("articles", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            FileProblem("Fältet ”articles” saknas eller är ingen lista; skriv \"articles\": [ … ] med en { … } per artikel.");
            return [];
        }

        var articles = new List<ReadArticle>();
        var firstPlace = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            index++;
            var article = ReadArticle(index, element, problems);
            if (article is null)
            {
                continue;
            }

            var id = article.Record.ExternalId;
            if (id.Length > 0 && !firstPlace.TryAdd(id, index))
            {
                problems.Add(new ImportProblem(index, id, $"externalId: samma id som artikel {firstPlace[id]}. Varje artikel i filen behöver ett eget externalId."));
            }

            articles.Add(article);
        }

        return articles;
    }

    private static ReadArticle? ReadArticle(int number, JsonElement element, List<ImportProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ImportProblem(number, null, "ska vara ett JSON-objekt { … } med artikelns fält."));
            return null;
        }

        var fields = new FieldReader(element, number, problems);
        var externalId = fields.Text("externalId")?.Trim() ?? "";
        fields.ExternalId = externalId;
        if (externalId.Length == 0)
        {
            fields.Problem("externalId", "saknas. Ge varje artikel id:t den har i systemet den kommer från (\"timra-webb:4711\"), så att importen känner igen den nästa gång.");
        }
        else if (externalId.Length > MaxExternalIdLength)
        {
            fields.Problem("externalId", $"får vara högst {MaxExternalIdLength} tecken.");
        }
        else if (externalId.Any(char.IsControl))
        {
            fields.Problem("externalId", "får inte innehålla radbrytningar eller andra styrtecken.");
        }

        fields.CheckNames(element, ArticleFields, prefix: "");

        var record = new ArticleRecord
        {
            ExternalId = externalId,
            Owner = fields.Text("owner") ?? "",
            Slug = fields.Text("slug"),
            Title = fields.Text("title") ?? "",
            Ingress = fields.Text("ingress") ?? "",
            Body = fields.Text("body") ?? "",
            EasyRead = fields.EasyRead("easyRead"),
            ShowAlsoIn = fields.TextList("showAlsoIn"),
            Topics = fields.TextList("topics"),
            LifeSituations = fields.TextList("lifeSituations"),
            Arenas = fields.TextList("arenas"),
            LastReviewed = fields.Date("lastReviewed"),
            NextReview = fields.Date("nextReview"),
            ResponsibleUnit = fields.Text("responsibleUnit") ?? "",
            Published = fields.Boolean("published"),
        };
        return new ReadArticle(number, record, fields.BadFields);
    }

    /// <summary>Field names the format does not have, and known names given twice (JSON allows it; readers disagree about which wins).</summary>
    private static (List<string> Unknown, List<string> Repeated) CheckNames(JsonElement element, string[] known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        var repeated = new List<string>();
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                unknown.Add(property.Name);
            }
            else if (!seen.Add(property.Name))
            {
                repeated.Add(property.Name);
            }
        }

        return (unknown, repeated);
    }

    /// <summary>"rad 12, tecken 7", counting characters (not bytes) so å/ä/ö count as one each.</summary>
    private static string SyntaxMessage(ReadOnlySpan<byte> utf8, JsonException error)
    {
        if (error.LineNumber is not { } line || error.BytePositionInLine is not { } column)
        {
            return "Filen är inte giltig JSON. Kontrollera kommatecken, citattecken och klamrar.";
        }

        var lineStart = 0;
        for (var seen = 0L; seen < line && lineStart < utf8.Length; seen++)
        {
            var next = utf8[lineStart..].IndexOf((byte)'\n');
            lineStart = next < 0 ? utf8.Length : lineStart + next + 1;
        }

        var offset = (int)Math.Min(utf8.Length, lineStart + column);
        var character = Encoding.UTF8.GetCharCount(utf8[lineStart..offset]) + 1;
        var place = string.Create(CultureInfo.InvariantCulture, $"rad {line + 1}, tecken {character}");
        if (offset >= utf8.Length)
        {
            return $"Filen är inte giltig JSON: den tar slut för tidigt ({place}). Något {{, [ eller \" är inte stängt.";
        }

        var found = Encoding.UTF8.GetString(utf8.Slice(offset, Math.Min(4, utf8.Length - offset)));
        var shown = found.Length == 0 || char.IsControl(found[0]) ? "" : $" vid ”{found[..1]}”";
        return $"Filen är inte giltig JSON: fel på {place}{shown}. Kontrollera kommatecken, citattecken och klamrar där och just före.";
    }

    /// <summary>Reads the fields of one object; a field of the wrong type is reported once and gets its default.</summary>
    private sealed class FieldReader(JsonElement element, int number, List<ImportProblem> problems)
    {
        public HashSet<string> BadFields { get; } = new(StringComparer.Ordinal);

        public string? ExternalId { get; set; }

        public void Problem(string field, string message)
        {
            BadFields.Add(field);
            problems.Add(new ImportProblem(number, ExternalId, $"{field}: {message}"));
        }

        public void CheckNames(JsonElement owner, string[] known, string prefix)
        {
            var (unknown, repeated) = ContentFileReader.CheckNames(owner, known);
            foreach (var name in unknown)
            {
                Problem(prefix + name, "finns inte i formatet – är fältet felstavat?");
            }

            foreach (var name in repeated)
            {
                Problem(prefix + name, "står två gånger; ta bort det ena.");
            }
        }

        public string? Text(string name) => Text(element, name, name);

        public IReadOnlyList<string> TextList(string name)
        {
            if (!Present(element, name, out var value))
            {
                return [];
            }

            if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
            {
                return [.. value.EnumerateArray().Select(v => v.GetString()!.Trim())];
            }

            Problem(name, "ska vara en lista med texter, till exempel [\"fysisk-aktivitet\", \"somn\"].");
            return [];
        }

        public DateOnly Date(string name)
        {
            if (!Present(element, name, out var value))
            {
                return default;
            }

            if (value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Problem(name, $"ska vara ett datum skrivet som \"2026-11-23\" (år-månad-dag), inte {value.GetRawText()}.");
            return default;
        }

        public bool Boolean(string name)
        {
            if (!Present(element, name, out var value))
            {
                return false;
            }

            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetBoolean();
            }

            Problem(name, "ska vara true eller false, utan citattecken.");
            return false;
        }

        public EasyReadRecord? EasyRead(string name)
        {
            if (!Present(element, name, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                Problem(name, "ska vara ett objekt { \"title\": …, \"ingress\": …, \"body\": … } eller utelämnas.");
                return null;
            }

            CheckNames(value, EasyReadFields, prefix: $"{name}.");

            return new EasyReadRecord(
                Text(value, "title", $"{name}.title") ?? "",
                Text(value, "ingress", $"{name}.ingress") ?? "",
                Text(value, "body", $"{name}.body") ?? "");
        }

        private string? Text(JsonElement owner, string name, string field)
        {
            if (!Present(owner, name, out var value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            Problem(field, "ska vara en text inom citattecken.");
            return null;
        }

        /// <summary>A field set to null counts as left out.</summary>
        private static bool Present(JsonElement owner, string name, out JsonElement value) =>
            owner.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }
}
