using System.Globalization;
using System.Text.Encodings.Web;
using Halsoportal.Content.Languages;
using Halsoportal.Dialog.Results;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Html;

namespace Halsoportal.Web.Features.Dialog;

/// <summary>What the results partial shows: the public page and the editors' page render the same way.</summary>
/// <param name="Survey">The survey, for its background questions.</param>
/// <param name="Results">Results after the engine's small-group suppression.</param>
/// <param name="SelfPath">Where the breakdown form sends its GET.</param>
/// <param name="ForEditor">Editors' page (says that every question is shown).</param>
/// <param name="Language">The page's language: the survey's texts are in it.</param>
/// <param name="Chrome">The partial's own words and numbers: English on an English page, otherwise Swedish (marked so in a translation).</param>
public sealed record ResultsView(Survey Survey, SurveyResults Results, string SelfPath, bool ForEditor, string Language = SiteLanguages.SwedishCode,
    ChromeText? Chrome = null)
{
    /// <summary>The interface text.</summary>
    public ChromeText Text => Chrome ?? ChromeText.Swedish;

    /// <summary><c>lang</c> for the partial's own words: null when they are in the page's language.</summary>
    public string? UiLang => Text.Language == Language ? null : Text.Language;

    /// <summary><c>dir</c> for those words inside a right-to-left page.</summary>
    public string? UiDir => UiLang is not null && SiteLanguages.DirOf(Language) == "rtl" ? "ltr" : null;

    private CultureInfo Culture => CultureInfo.GetCultureInfo(Text.Language == SiteLanguages.SwedishCode ? "sv-SE" : Text.Language);

    /// <summary>A text of the survey inside a passage of interface text: marked with the page's language when they differ.</summary>
    public IHtmlContent Own(string text)
    {
        var encoded = HtmlEncoder.Default.Encode(text);
        return new HtmlString(UiLang is null ? encoded : $"<span lang=\"{Language}\" dir=\"{SiteLanguages.DirOf(Language)}\">{encoded}</span>");
    }

    /// <summary>The interface text called <paramref name="key"/>, its placeholders filled with text (encoded) or markup (<see cref="Own"/>).</summary>
    public IHtmlContent Words(string key, params object[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var encoder = HtmlEncoder.Default;
        var filled = args.Select(a =>
        {
            if (a is IHtmlContent html)
            {
                using var writer = new StringWriter(CultureInfo.InvariantCulture);
                html.WriteTo(writer, encoder);
                return (object)writer.ToString();
            }

            return encoder.Encode(Convert.ToString(a, Culture) ?? "");
        }).ToArray();
        return new HtmlString(string.Format(Culture, encoder.Encode(Text[key]), filled));
    }

    /// <summary>What a hidden count reads as: "färre än 5", "fewer than 5".</summary>
    public string Suppressed => Text.Format("DialogResultsSuppressed", Results.Threshold);

    /// <summary>A group's label: the option's text, or the interface's words for those who did not answer the background question.</summary>
    public IHtmlContent GroupLabel(GroupTally group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.GroupOptionId is null ? new HtmlString(HtmlEncoder.Default.Encode(Text["DialogResultsNotAnswered"])) : Own(group.Label);
    }

    /// <summary>The background questions results can be broken down by (those the results include).</summary>
    public IReadOnlyList<QuestionResult> Breakdowns => [.. Results.Questions.Where(q => q.IsBackground)];

    /// <summary>A count, or "färre än 5" when hidden.</summary>
    public string Count(int? count) => count?.ToString("N0", Culture) ?? Suppressed;

    /// <summary>"62 %" of <paramref name="total"/>; empty when hidden.</summary>
    public string Percent(int? count, int total) =>
        count is null || total == 0 ? "" : ((double)count.Value / total).ToString(Text.Language == SiteLanguages.SwedishCode ? "0 %" : "0%", Culture);

    /// <summary>A mean with one decimal, as the language writes it ("3,8", "3.8").</summary>
    public string Mean(double? mean) => mean?.ToString("0.0", Culture) ?? "";

    /// <summary>Bars for a choice or scale tally: one per option or value, as a share of those who answered.</summary>
    public IReadOnlyList<Bar> CellBars(TallyRow row, int answered)
    {
        ArgumentNullException.ThrowIfNull(row);
        return [.. row.Cells.Select(c => new Bar(c.Label, c.Count is null || answered == 0 ? 0 : (double)c.Count.Value / answered,
            c.Count is null ? Suppressed : $"{Percent(c.Count, answered)} ({Count(c.Count)})"))];
    }

    /// <summary>Bars for matrix rows (mean on the scale) or ranking items (mean place, first place longest).</summary>
    public IReadOnlyList<Bar> MeanBars(Tally tally, QuestionType type, double min, double max)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var span = Math.Max(1, max - min);
        return [.. tally.Rows.Select(r => new Bar(r.Label,
            r.Mean is not { } mean ? 0 : type == QuestionType.Ranking ? (max - mean + 1) / max : (mean - min) / span,
            Text.Format(type == QuestionType.Ranking ? "DialogResultsBarMeanPlace" : "DialogResultsBarMean", Mean(r.Mean))))];
    }

    /// <summary>The bar chart's text alternative's start: "Stapeldiagram, {question}: ".</summary>
    public string ChartName(string question) => Text.Format("DialogResultsChart", question);
}

/// <summary>One bar: its label, its length as a share 0–1, and the value written beside it.</summary>
public sealed record Bar(string Label, double Share, string Value);
