using System.Globalization;
using System.Text.Encodings.Web;
using Halsoportal.Content.Languages;
using Halsoportal.Dialog.Results;
using Halsoportal.Dialog.Surveys;
using Microsoft.AspNetCore.Html;

namespace Halsoportal.Web.Features.Dialog;

/// <summary>What the results partial shows: the public page and the editors' page render the same way.</summary>
/// <param name="Survey">The survey, for its background questions.</param>
/// <param name="Results">Results after the engine's small-group suppression.</param>
/// <param name="SelfPath">Where the breakdown form sends its GET.</param>
/// <param name="ForEditor">Editors' page (says that every question is shown).</param>
/// <param name="Language">The page's language: the survey's texts are in it, the partial's own words Swedish, marked so in a translation.</param>
public sealed record ResultsView(Survey Survey, SurveyResults Results, string SelfPath, bool ForEditor, string Language = SiteLanguages.SwedishCode)
{
    /// <summary><c>lang</c> for the partial's Swedish words: null on a Swedish page.</summary>
    public string? SwedishLang => Language == SiteLanguages.SwedishCode ? null : SiteLanguages.SwedishCode;

    /// <summary><c>dir</c> for those words inside a right-to-left page.</summary>
    public string? SwedishDir => SwedishLang is not null && SiteLanguages.DirOf(Language) == "rtl" ? "ltr" : null;

    /// <summary>A text of the survey inside a Swedish passage: marked with the page's language in a translation.</summary>
    public IHtmlContent Own(string text)
    {
        var encoded = HtmlEncoder.Default.Encode(text);
        return new HtmlString(SwedishLang is null ? encoded : $"<span lang=\"{Language}\" dir=\"{SiteLanguages.DirOf(Language)}\">{encoded}</span>");
    }

    /// <summary>The background questions results can be broken down by (those the results include).</summary>
    public IReadOnlyList<QuestionResult> Breakdowns => [.. Results.Questions.Where(q => q.IsBackground)];

    /// <summary>"färre än 5" for a hidden count.</summary>
    public string Count(int? count) => count?.ToString("N0", CultureInfo.GetCultureInfo("sv-SE")) ?? Results.SuppressedLabel;

    /// <summary>"62 %" of <paramref name="total"/>; empty when hidden.</summary>
    public static string Percent(int? count, int total) =>
        count is null || total == 0 ? "" : ((double)count.Value / total).ToString("0 %", CultureInfo.GetCultureInfo("sv-SE"));

    /// <summary>A mean with one decimal, Swedish style ("3,8").</summary>
    public static string Mean(double? mean) => mean?.ToString("0.0", CultureInfo.GetCultureInfo("sv-SE")) ?? "";

    /// <summary>Bars for a choice or scale tally: one per option or value, as a share of those who answered.</summary>
    public static IReadOnlyList<Bar> CellBars(TallyRow row, int answered, string suppressed)
    {
        ArgumentNullException.ThrowIfNull(row);
        return [.. row.Cells.Select(c => new Bar(c.Label, c.Count is null || answered == 0 ? 0 : (double)c.Count.Value / answered,
            c.Count is null ? suppressed : $"{Percent(c.Count, answered)} ({c.Count})"))];
    }

    /// <summary>Bars for matrix rows (mean on the scale) or ranking items (mean place, first place longest).</summary>
    public static IReadOnlyList<Bar> MeanBars(Tally tally, QuestionType type, double min, double max)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var span = Math.Max(1, max - min);
        return [.. tally.Rows.Select(r => new Bar(r.Label,
            r.Mean is not { } mean ? 0 : type == QuestionType.Ranking ? (max - mean + 1) / max : (mean - min) / span,
            type == QuestionType.Ranking ? $"snittplats {Mean(r.Mean)}" : $"snitt {Mean(r.Mean)}"))];
    }
}

/// <summary>One bar: its label, its length as a share 0–1, and the value written beside it.</summary>
public sealed record Bar(string Label, double Share, string Value);
