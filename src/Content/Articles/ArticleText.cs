namespace Halsoportal.Content.Articles;

/// <summary>The words of an article in one language and reading level.</summary>
public sealed class ArticleText
{
    /// <summary>Swedish, the source language of all content.</summary>
    public const string Swedish = "sv";

    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>BCP 47 language tag ("sv", "en", "fit", …).</summary>
    public string Language { get; set; } = Swedish;

    /// <summary>Lättläst: the easy-to-read variant.</summary>
    public bool IsEasyRead { get; set; }

    public required string Title { get; set; }

    /// <summary>One paragraph that introduces the article.</summary>
    public required string Ingress { get; set; }

    /// <summary>Structured Markdown; rendered through an allow-list.</summary>
    public required string Body { get; set; }
}
