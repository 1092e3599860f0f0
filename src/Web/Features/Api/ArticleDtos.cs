using System.ComponentModel;

namespace Halsoportal.Web.Features.Api;

/// <summary>Who an article is for.</summary>
public enum ApiArticleScope
{
    /// <summary>Everyone in Sweden.</summary>
    National,

    /// <summary>Every kommun of one län.</summary>
    Region,

    /// <summary>One or more named kommuner.</summary>
    Municipality,
}

/// <summary>How much of each article a list carries.</summary>
public enum ApiArticleFields
{
    /// <summary>Everything but the body texts and the lokalt tillägg (the default for lists).</summary>
    Summary,

    /// <summary>Everything, as <c>/api/v1/articles/{id}</c> gives it.</summary>
    Full,
}

/// <summary>A topic, life situation or arena as an article carries it.</summary>
public sealed record TermRefDto(string Slug, string Name);

/// <summary>The article's main image: one rendition and its text alternative.</summary>
public sealed record ImageDto(
    [property: Description("En JPEG-version högst 960 bildpunkter bred, root-relativ / a JPEG rendition at most 960 px wide, root-relative")] string Url,
    [property: Description("Alt-text; tom när bilden är dekorativ / alt text; empty when decorative")] string AltText,
    bool Decorative,
    [property: Description("Renditionens bredd i bildpunkter / the rendition's width in pixels")] int Width,
    [property: Description("Renditionens höjd i bildpunkter / the rendition's height in pixels")] int Height,
    [property: Description("Fotograf eller källa / photographer or source")] string? Credit);

/// <summary>A kommun's lokalt tillägg to a national or regional article.</summary>
public sealed record LocalAdditionDto(
    MunicipalityRefDto Municipality,
    string Heading,
    string BodyHtml,
    string BodyText,
    DateOnly LastReviewed,
    DateOnly NextReview);

/// <summary>
/// One published article (or, in a preview, the newest draft) in one language and reading level.
/// Links are root-relative on this site.
/// </summary>
public sealed record ArticleDto(
    [property: Description("Artikelns nummer: stabilt, till skillnad från slug / the article's number: stable, unlike the slug")] int Id,
    string Slug,
    ApiArticleScope Scope,
    [property: Description("Länet som artikeln eller dess kommuner hör till; null för nationella / the county of the article or its municipalities; null when national")] RegionRefDto? Region,
    [property: Description("Kommunerna en lokal artikel gäller / the municipalities a local article is for")] IReadOnlyList<MunicipalityRefDto> Municipalities,
    IReadOnlyList<TermRefDto> Topics,
    IReadOnlyList<TermRefDto> LifeSituations,
    IReadOnlyList<TermRefDto> Arenas,
    [property: Description("Språket för texten här (BCP 47) / the language of the text given here (BCP 47)")] string Language,
    [property: Description("true: texten här är den lättlästa / true: the text given here is the easy-to-read one")] bool EasyRead,
    string Title,
    string Ingress,
    [property: Description("Brödtexten som HTML med bara tillåtna element; null i listor utan fields=full / the body as allow-listed HTML; null in lists without fields=full")] string? BodyHtml,
    [property: Description("Brödtexten som ren text med stycken; null i listor utan fields=full / the body as plain text with paragraphs; null in lists without fields=full")] string? BodyText,
    [property: Description("Senast granskad / last reviewed")] DateOnly LastReviewed,
    [property: Description("Nästa granskning / next review")] DateOnly NextReview,
    [property: Description("Ansvarig enhet / responsible unit")] string ResponsibleUnit,
    [property: Description("Första publicering; null bara i förhandsvisning av en opublicerad artikel / first published; null only in a preview of an unpublished article")] DateTimeOffset? Published,
    [property: Description("Senaste publicerade ändring / last published change")] DateTimeOffset Updated,
    [property: Description("Artikelns kanoniska sida / the article's canonical page")] string Url,
    [property: Description("Artikelns sida i kommunen som angavs med municipality, med lokalt tillägg / its page in the municipality asked for, with the local addition")] string? MunicipalityUrl,
    [property: Description("Den lättlästa textens sida, när den finns / the easy-to-read text's page, when there is one")] string? EasyReadUrl,
    [property: Description("Språk som artikeln har text på (BCP 47) / languages the article has text in")] IReadOnlyList<string> Languages,
    ImageDto? Image,
    [property: Description("Kommunens publicerade lokala tillägg, med municipality på /articles/{id} / the municipality's published local addition, with municipality on /articles/{id}")] LocalAdditionDto? LocalAddition,
    [property: Description("Bara i förhandsvisning: numret på utkastversionen som visas / preview only: the number of the draft version shown")] int? PreviewVersion);
