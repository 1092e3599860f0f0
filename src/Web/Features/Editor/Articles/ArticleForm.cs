using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;

namespace Halsoportal.Web.Features.Editor.Articles;

/// <summary>
/// The article form as posted. It has no owner, slug, publication state or author fields on
/// purpose: whatever else is posted cannot reach the draft (security.md item 3).
/// </summary>
public sealed class ArticleForm
{
    public string? Title { get; set; }

    public string? Ingress { get; set; }

    public string? Body { get; set; }

    public string? EasyReadTitle { get; set; }

    public string? EasyReadIngress { get; set; }

    public string? EasyReadBody { get; set; }

    /// <summary>Further kommuner the article is shown in (the owner kommun always is).</summary>
    public List<string> KommunCodes { get; set; } = [];

    public List<string> Topics { get; set; } = [];

    public List<string> LifeSituations { get; set; } = [];

    public List<string> Arenas { get; set; } = [];

    public DateOnly? LastReviewed { get; set; }

    public DateOnly? NextReview { get; set; }

    public string? ResponsibleUnit { get; set; }

    public int? ImageMediaId { get; set; }

    /// <summary>The draft for an article owned by <paramref name="owner"/>; the scope follows the owner.</summary>
    public ArticleDraft ToDraft(ItemOwner owner) => new()
    {
        Title = Title?.Trim() ?? "",
        Ingress = Ingress?.Trim() ?? "",
        Body = Body?.Trim() ?? "",
        EasyReadTitle = Blank(EasyReadTitle),
        EasyReadIngress = Blank(EasyReadIngress),
        EasyReadBody = Blank(EasyReadBody),
        Scope = owner switch
        {
            { KommunCode: not null } => ArticleScope.Kommuner,
            { RegionCode: not null } => ArticleScope.Region,
            _ => ArticleScope.National,
        },
        RegionCode = owner.KommunCode is null ? owner.RegionCode : null,
        KommunCodes = owner.KommunCode is { } own ? [own, .. KommunCodes.Where(c => c != own).Distinct().Order(StringComparer.Ordinal)] : [],
        Terms = [.. Topics, .. LifeSituations, .. Arenas],
        LastReviewed = LastReviewed ?? default,
        NextReview = NextReview ?? default,
        ResponsibleUnit = ResponsibleUnit?.Trim() ?? "",
        ImageMediaId = ImageMediaId,
    };

    public static ArticleForm From(ArticleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new()
        {
            Title = draft.Title,
            Ingress = draft.Ingress,
            Body = draft.Body,
            EasyReadTitle = draft.EasyReadTitle,
            EasyReadIngress = draft.EasyReadIngress,
            EasyReadBody = draft.EasyReadBody,
            KommunCodes = [.. draft.KommunCodes],
            Topics = [.. draft.Terms.Where(t => t.StartsWith("topic:", StringComparison.Ordinal))],
            LifeSituations = [.. draft.Terms.Where(t => t.StartsWith("lifesituation:", StringComparison.Ordinal))],
            Arenas = [.. draft.Terms.Where(t => t.StartsWith("arena:", StringComparison.Ordinal))],
            LastReviewed = draft.LastReviewed == default ? null : draft.LastReviewed,
            NextReview = draft.NextReview == default ? null : draft.NextReview,
            ResponsibleUnit = draft.ResponsibleUnit,
            ImageMediaId = draft.ImageMediaId,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
