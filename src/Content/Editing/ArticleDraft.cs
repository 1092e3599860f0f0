using System.Text.Json;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Taxonomy;

namespace Halsoportal.Content.Editing;

/// <summary>
/// Everything an editor can change in an article, as stored in a <see cref="ContentVersion"/>.
/// The slug and the owner are not here: a URL and an owner never change through an edit.
/// </summary>
public sealed record ArticleDraft
{
    public required string Title { get; init; }

    public required string Ingress { get; init; }

    public required string Body { get; init; }

    /// <summary>Lättläst variant; all three set or none.</summary>
    public string? EasyReadTitle { get; init; }

    public string? EasyReadIngress { get; init; }

    public string? EasyReadBody { get; init; }

    /// <summary>
    /// Translations of the standard text, one per language (never Swedish), in the order the editor
    /// added them. Versions saved before translations existed read as none.
    /// </summary>
    public IReadOnlyList<ArticleTranslationDraft> Translations { get; init; } = [];

    public ArticleScope Scope { get; init; }

    /// <summary>Set when <see cref="Scope"/> is <see cref="ArticleScope.Region"/>.</summary>
    public string? RegionCode { get; init; }

    /// <summary>Set when <see cref="Scope"/> is <see cref="ArticleScope.Kommuner"/>.</summary>
    public IReadOnlyList<string> KommunCodes { get; init; } = [];

    /// <summary>Topic, life situation and arena slugs, each as "kind:slug" (see <see cref="TermKey"/>).</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    public DateOnly LastReviewed { get; init; }

    public DateOnly NextReview { get; init; }

    public required string ResponsibleUnit { get; init; }

    public int? ImageMediaId { get; init; }

    /// <summary>True when the lättläst variant is filled in.</summary>
    public bool HasEasyRead => !string.IsNullOrWhiteSpace(EasyReadTitle);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string TermKey(TaxonomyKind kind, string slug) => $"{kind.ToString().ToLowerInvariant()}:{slug}";

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ArticleDraft FromJson(string json) =>
        JsonSerializer.Deserialize<ArticleDraft>(json, Json) ?? throw new InvalidDataException("Empty article version.");

    /// <summary>The published state of an article as a draft: the baseline before its first edit.</summary>
    public static ArticleDraft FromArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var standard = article.Texts.FirstOrDefault(t => t.Language == ArticleText.Swedish && !t.IsEasyRead);
        var easy = article.Texts.FirstOrDefault(t => t.Language == ArticleText.Swedish && t.IsEasyRead);
        return new ArticleDraft
        {
            Title = standard?.Title ?? "",
            Ingress = standard?.Ingress ?? "",
            Body = standard?.Body ?? "",
            EasyReadTitle = easy?.Title,
            EasyReadIngress = easy?.Ingress,
            EasyReadBody = easy?.Body,
            Translations = [.. article.Texts.Where(t => t.Language != ArticleText.Swedish && !t.IsEasyRead)
                .OrderBy(t => t.Language, StringComparer.Ordinal)
                .Select(t => new ArticleTranslationDraft(t.Language, t.Title, t.Ingress, t.Body))],
            Scope = article.Scope,
            RegionCode = article.RegionCode,
            KommunCodes = [.. article.Kommuner.Select(k => k.Code).Order(StringComparer.Ordinal)],
            Terms = [.. article.Terms.OrderBy(t => t.Kind).ThenBy(t => t.SortOrder).Select(t => TermKey(t.Kind, t.Slug))],
            LastReviewed = article.LastReviewed,
            NextReview = article.NextReview,
            ResponsibleUnit = article.ResponsibleUnit,
            ImageMediaId = article.ImageMediaId,
        };
    }
}

/// <summary>An article's text in another language than Swedish, as stored in a version.</summary>
/// <param name="Language">A translation code from <see cref="Languages.SiteLanguages"/> ("fi", "yi").</param>
/// <param name="Title">Rubrik in that language.</param>
/// <param name="Ingress">Ingress in that language.</param>
/// <param name="Body">Markdown, rendered through the same allow-list as the Swedish text.</param>
public sealed record ArticleTranslationDraft(string Language, string Title, string Ingress, string Body);
