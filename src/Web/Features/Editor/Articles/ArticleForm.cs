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

    /// <summary>Translations as posted: the saved ones, then one row for a new language (blank rows are ignored).</summary>
    public List<TranslationForm> Translations { get; set; } = [];

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
        Translations = [.. KeptTranslations().Select(t => t.Row.ToDraft())],
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
            Translations = [.. draft.Translations.Select(t => new TranslationForm { Language = t.Language, Title = t.Title, Ingress = t.Ingress, Body = t.Body })],
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

    /// <summary>
    /// Where a service error belongs on this form: <c>Input.{Field}</c>, with a translation's index
    /// in the draft turned back into its row on the form (blank and removed rows are not in the draft).
    /// </summary>
    public string FieldKey(FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return TranslationForm.FieldKey(Translations, error) ?? error.Field switch
        {
            "" => "",
            nameof(ArticleDraft.Terms) => "Input.Topics",
            _ => $"Input.{error.Field}",
        };
    }

    /// <summary>The rows that become translations, with their place on the form.</summary>
    private IEnumerable<(TranslationForm Row, int Index)> KeptTranslations() => TranslationForm.Kept(Translations);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>One translation on the article form.</summary>
public sealed class TranslationForm
{
    /// <summary>A translation code of <see cref="Halsoportal.Content.Languages.SiteLanguages"/>.</summary>
    public string? Language { get; set; }

    public string? Title { get; set; }

    public string? Ingress { get; set; }

    public string? Body { get; set; }

    /// <summary>"Ta bort översättningen": the row is left out of the saved version.</summary>
    public bool Remove { get; set; }

    /// <summary>Nothing chosen or written: the empty row for a new language.</summary>
    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Language) && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Ingress) && string.IsNullOrWhiteSpace(Body);

    public ArticleTranslationDraft ToDraft() =>
        new(Language?.Trim() ?? "", Title?.Trim() ?? "", Ingress?.Trim() ?? "", Body?.Trim() ?? "");

    /// <summary>The rows of a form that become translations (not blank, not removed), with their place on the form.</summary>
    public static IEnumerable<(TranslationForm Row, int Index)> Kept(IEnumerable<TranslationForm> rows) =>
        rows.Select((row, index) => (row, index)).Where(t => !t.row.Remove && !t.row.IsBlank);

    /// <summary>
    /// Where a service error about a translation belongs on a form with these <paramref name="rows"/>:
    /// <c>Input.Translations[row].Field</c>, the draft's index turned back into the form's row (blank
    /// and removed rows are not in the draft). Null for an error about another field.
    /// </summary>
    public static string? FieldKey(IReadOnlyList<TranslationForm> rows, FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var prefix = $"{nameof(ArticleDraft.Translations)}[";
        if (error.Field.StartsWith(prefix, StringComparison.Ordinal)
            && error.Field.IndexOf(']', StringComparison.Ordinal) is var end and > 0
            && int.TryParse(error.Field.AsSpan(prefix.Length, end - prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            var kept = Kept(rows).ToList();
            var row = index < kept.Count ? kept[index].Index : index;
            return $"Input.{prefix}{row.ToString(System.Globalization.CultureInfo.InvariantCulture)}{error.Field[end..]}";
        }

        return null;
    }
}

/// <summary>The translation rows of an editor form (<c>_TranslationFields</c>): the rows, the hint above them, and the id of the body's Markdown hint.</summary>
public sealed record TranslationFieldsViewModel(IReadOnlyList<TranslationForm> Rows, string Hint, string? BodyHintId);
