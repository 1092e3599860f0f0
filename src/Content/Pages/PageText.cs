namespace Halsoportal.Content.Pages;

/// <summary>
/// A site page's words in another language or reading level: the lättläst Swedish text or a
/// translation. The Swedish standard text stays on <see cref="Page"/> itself.
/// </summary>
public sealed class PageText
{
    public int Id { get; set; }

    public int PageId { get; set; }

    /// <summary>BCP 47 language tag ("sv" for lättläst, otherwise a translation code of <see cref="Languages.SiteLanguages"/>).</summary>
    public required string Language { get; set; }

    /// <summary>Lättläst: the easy-to-read variant (Swedish only).</summary>
    public bool IsEasyRead { get; set; }

    public required string Title { get; set; }

    public string? Ingress { get; set; }

    /// <summary>Structured Markdown; rendered through an allow-list.</summary>
    public required string Body { get; set; }
}
