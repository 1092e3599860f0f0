namespace Halsoportal.Content.Pages;

/// <summary>A stand-alone page: about, accessibility statement, privacy.</summary>
public sealed class Page
{
    /// <summary>The pages residents can read in lättläst and other languages (<c>/om/lattlast</c>, <c>/om/fi</c>).</summary>
    public static IReadOnlyList<string> WithVariants { get; } = ["om", "integritet"];

    public int Id { get; set; }

    /// <summary>The page's path under the site root ("tillganglighetsredogorelse").</summary>
    public required string Slug { get; init; }

    public required string Title { get; set; }

    public string? Ingress { get; set; }

    /// <summary>Structured Markdown; rendered through an allow-list.</summary>
    public required string Body { get; set; }

    /// <summary>Shown as "Senast uppdaterad".</summary>
    public DateOnly Updated { get; set; }

    /// <summary>Newest saved version in the editor (0 before the first save). Concurrency token.</summary>
    public int DraftVersion { get; set; }

    /// <summary>The published lättläst text and translations; the Swedish standard text is the page's own.</summary>
    public List<PageText> Texts { get; } = [];
}
