using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;

namespace Halsoportal.Web.Features.Api;

/// <summary>
/// What the API shows of an article, read either from its published state or from a draft
/// version, so both go through one mapping (<see cref="ArticleApiContext"/>).
/// </summary>
internal sealed record ArticleSource(
    int Id,
    string Slug,
    ArticleScope Scope,
    string? RegionCode,
    IReadOnlyList<string> KommunCodes,
    IReadOnlyList<string> TermKeys,
    IReadOnlyList<ArticleText> Texts,
    DateOnly LastReviewed,
    DateOnly NextReview,
    string ResponsibleUnit,
    DateTime? PublishedAt,
    DateTime UpdatedAt,
    int? ImageMediaId,
    int? PreviewVersion = null)
{
    /// <summary>The published state residents read (the article row and its texts).</summary>
    public static ArticleSource Published(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new(
            article.Id,
            article.Slug,
            article.Scope,
            article.RegionCode,
            [.. article.Kommuner.Select(k => k.Code)],
            [.. article.Terms.OrderBy(t => t.Kind).ThenBy(t => t.SortOrder).Select(t => ArticleDraft.TermKey(t.Kind, t.Slug))],
            article.Texts,
            article.LastReviewed,
            article.NextReview,
            article.ResponsibleUnit,
            article.PublishedAt,
            article.UpdatedAt,
            article.ImageMediaId);
    }

    /// <summary>Version <paramref name="version"/> of the article as saved in the editor, which may not be published.</summary>
    public static ArticleSource Draft(Article article, ArticleDraft draft, int version)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(draft);
        List<ArticleText> texts = [new() { Language = ArticleText.Swedish, Title = draft.Title, Ingress = draft.Ingress, Body = draft.Body }];
        if (draft.HasEasyRead)
        {
            texts.Add(new() { Language = ArticleText.Swedish, IsEasyRead = true, Title = draft.EasyReadTitle!, Ingress = draft.EasyReadIngress ?? "", Body = draft.EasyReadBody ?? "" });
        }

        texts.AddRange(draft.Translations.Select(t => new ArticleText { Language = t.Language, Title = t.Title, Ingress = t.Ingress, Body = t.Body }));

        return new(
            article.Id,
            article.Slug,
            draft.Scope,
            draft.RegionCode,
            draft.KommunCodes,
            draft.Terms,
            texts,
            draft.LastReviewed,
            draft.NextReview,
            draft.ResponsibleUnit,
            article.PublishedAt,
            article.UpdatedAt,
            draft.ImageMediaId,
            version);
    }

    /// <summary>The text in <paramref name="language"/> at the reading level asked for, or null.</summary>
    public ArticleText? TextIn(string language, bool easyRead) =>
        Texts.FirstOrDefault(t => t.Language == language && t.IsEasyRead == easyRead);
}
