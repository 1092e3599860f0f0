using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Halsoportal.Content.Transfer;

/// <summary>
/// The documented content file that <c>content export</c> writes and <c>content import</c>
/// reads (README, "Content import and export"). Version 1 carries articles: their Swedish and
/// lättläst texts, owner, scope, taxonomy, review dates and whether they are published.
/// Images and other languages are not part of version 1.
/// </summary>
public sealed record ContentFile
{
    /// <summary>The value of <see cref="Format"/>: tells a content file from any other JSON.</summary>
    public const string FormatName = "halsoportal-content";

    /// <summary>The only version this build reads and writes.</summary>
    public const int CurrentVersion = 1;

    public string Format { get; init; } = FormatName;

    public int Version { get; init; } = CurrentVersion;

    public IReadOnlyList<ArticleRecord> Articles { get; init; } = [];
}

/// <summary>One article in a <see cref="ContentFile"/>. Property names are the JSON names in camelCase.</summary>
public sealed record ArticleRecord
{
    /// <summary>
    /// The article's id in the system it comes from ("timra-webb:4711"); the import finds the
    /// article again by it, so importing a file twice changes nothing the second time.
    /// </summary>
    public required string ExternalId { get; init; }

    /// <summary>"kommun:2262", "region:22" or "nationell". Fixed once the article exists.</summary>
    public required string Owner { get; init; }

    /// <summary>The article's URL segment. Written by the export for the reader; the import makes its own from the title.</summary>
    public string? Slug { get; init; }

    public required string Title { get; init; }

    public required string Ingress { get; init; }

    /// <summary>Markdown, as the editor stores it.</summary>
    public required string Body { get; init; }

    /// <summary>The lättläst text; omitted when there is none.</summary>
    public EasyReadRecord? EasyRead { get; init; }

    /// <summary>SCB codes of other kommuner that show a kommun's article besides its owner.</summary>
    public IReadOnlyList<string> ShowAlsoIn { get; init; } = [];

    /// <summary>Topic slugs ("fysisk-aktivitet").</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Life-situation slugs ("aldre").</summary>
    public IReadOnlyList<string> LifeSituations { get; init; } = [];

    /// <summary>Arena slugs ("fritid").</summary>
    public IReadOnlyList<string> Arenas { get; init; } = [];

    /// <summary>Senast granskad, written yyyy-MM-dd.</summary>
    public DateOnly LastReviewed { get; init; }

    /// <summary>Nästa granskning, written yyyy-MM-dd.</summary>
    public DateOnly NextReview { get; init; }

    public required string ResponsibleUnit { get; init; }

    /// <summary>True: residents see this text. False: it is imported as a draft.</summary>
    public bool Published { get; init; }
}

/// <summary>The lättläst variant of an article.</summary>
public sealed record EasyReadRecord(string Title, string Ingress, string Body);

/// <summary>How content files are written. Reading is done by <see cref="ContentFileReader"/>, which explains every problem in Swedish.</summary>
internal static class ContentFileJson
{
    /// <summary>
    /// Indented camelCase UTF-8 with å/ä/ö as they are (the relaxed encoder: the file is read by
    /// people and by this importer, never pasted into HTML). DateOnly is yyyy-MM-dd by default.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        IndentSize = 2,

        // The same bytes on every OS, so two exports can be compared with diff.
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = ContentFileJsonContext.Default,
    };
}

/// <summary>Source-generated serialisation: no reflection at run time, and the JSON shape is fixed at build.</summary>
[JsonSerializable(typeof(ContentFile))]
internal sealed partial class ContentFileJsonContext : JsonSerializerContext;
