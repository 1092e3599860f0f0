using System.Globalization;
using Halsoportal.Content.Articles;

namespace Halsoportal.Content.Editing.Diff;

/// <summary>What changed between two versions of an article, field by field, for the version history.</summary>
public static class ArticleDraftDiff
{
    /// <summary>
    /// The fields that differ between <paramref name="older"/> and <paramref name="newer"/>, in the
    /// order of the edit form. Fields that did not change are left out, so identical drafts give an
    /// empty list.
    /// </summary>
    /// <remarks>
    /// Line breaks are compared as "\n": a browser posts "\r\n", and a version saved through another
    /// path should not show every line of the body as changed.
    /// </remarks>
    public static IReadOnlyList<FieldDiff> Compare(ArticleDraft older, ArticleDraft newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var diffs = new List<FieldDiff>();
        Add(diffs, "Rubrik", older.Title, newer.Title);
        Add(diffs, "Ingress", older.Ingress, newer.Ingress);
        Add(diffs, "Brödtext", older.Body, newer.Body);
        Add(diffs, "Lättläst rubrik", older.EasyReadTitle, newer.EasyReadTitle);
        Add(diffs, "Lättläst ingress", older.EasyReadIngress, newer.EasyReadIngress);
        Add(diffs, "Lättläst brödtext", older.EasyReadBody, newer.EasyReadBody);
        AddTranslations(diffs, older.Translations, newer.Translations);
        Add(diffs, "Gäller", ScopeText(older), ScopeText(newer));
        Add(diffs, "Ämnen och livssituationer", string.Join(", ", older.Terms), string.Join(", ", newer.Terms));
        Add(diffs, "Senast granskad", DateText(older.LastReviewed), DateText(newer.LastReviewed));
        Add(diffs, "Nästa granskning", DateText(older.NextReview), DateText(newer.NextReview));
        Add(diffs, "Ansvarig enhet", older.ResponsibleUnit, newer.ResponsibleUnit);
        Add(diffs, "Bild", ImageText(older.ImageMediaId), ImageText(newer.ImageMediaId));
        return diffs;
    }

    /// <summary>
    /// "Hela landet", "Region 22" or "Kommuner: 2280, 2281". Codes, not names: the caller owns the
    /// catalogue and may render names. A code the scope does not use is not shown, so clearing a
    /// stale region code on a national article is not reported as a change.
    /// </summary>
    internal static string ScopeText(ArticleDraft draft) => draft.Scope switch
    {
        ArticleScope.National => "Hela landet",
        ArticleScope.Region => $"Region {(string.IsNullOrWhiteSpace(draft.RegionCode) ? "–" : draft.RegionCode)}",
        ArticleScope.Kommuner => $"Kommuner: {(draft.KommunCodes.Count == 0 ? "–" : string.Join(", ", draft.KommunCodes))}",
        _ => draft.Scope.ToString(),
    };

    private static string DateText(DateOnly date) =>
        date == default ? "" : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string ImageText(int? mediaId) =>
        mediaId is { } id ? $"Bild {id.ToString(CultureInfo.InvariantCulture)}" : "Ingen bild";

    /// <summary>Per language, in the newer version's order and then the removed ones: "Rubrik (finska)" and so on.</summary>
    private static void AddTranslations(List<FieldDiff> diffs, IReadOnlyList<ArticleTranslationDraft> older, IReadOnlyList<ArticleTranslationDraft> newer)
    {
        var languages = newer.Select(t => t.Language).Concat(older.Select(t => t.Language)).Distinct(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var before = older.FirstOrDefault(t => t.Language == language);
            var after = newer.FirstOrDefault(t => t.Language == language);
            var name = Languages.SiteLanguages.SwedishNameOf(language);
            Add(diffs, $"Rubrik ({name})", before?.Title, after?.Title);
            Add(diffs, $"Ingress ({name})", before?.Ingress, after?.Ingress);
            Add(diffs, $"Brödtext ({name})", before?.Body, after?.Body);
        }
    }

    private static void Add(List<FieldDiff> diffs, string label, string? older, string? newer)
    {
        var before = NormalizeLineBreaks(older);
        var after = NormalizeLineBreaks(newer);
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            diffs.Add(new FieldDiff(label, TextDiff.Compute(before, after)));
        }
    }

    private static string NormalizeLineBreaks(string? text) =>
        text is null ? "" : text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
