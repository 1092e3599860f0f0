using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;

namespace Halsoportal.Content.Tests.Editing;

/// <summary>A valid article draft to vary with <c>with</c> in tests.</summary>
internal static class Drafts
{
    public static ArticleDraft Standard(string body = "Du kan få hjälp att röra dig mer.") => new()
    {
        Title = "Fysisk aktivitet på recept",
        Ingress = "Rörelse är bra för hälsan.",
        Body = body,
        Scope = ArticleScope.Region,
        RegionCode = "22",
        Terms = ["topic:fysisk-aktivitet"],
        LastReviewed = new DateOnly(2025, 1, 15),
        NextReview = new DateOnly(2026, 1, 15),
        ResponsibleUnit = "Folkhälsoenheten",
    };

    public static ArticleDraft WithEasyRead(string body) => Standard() with
    {
        EasyReadTitle = "Rör dig mer",
        EasyReadIngress = "Det är bra att röra sig.",
        EasyReadBody = body,
    };
}
