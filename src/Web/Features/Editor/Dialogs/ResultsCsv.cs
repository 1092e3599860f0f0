using System.Globalization;
using System.Text;
using Halsoportal.Dialog.Results;

namespace Halsoportal.Web.Features.Editor.Dialogs;

/// <summary>
/// Results as CSV for a spreadsheet: one line per count, semicolon-separated with decimal commas
/// (what Swedish Excel opens directly). A hidden count is empty with <c>dold</c> = ja.
/// </summary>
public static class ResultsCsv
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string Write(SurveyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var csv = new StringBuilder();
        Line(csv, "fråga_nr", "fråga", "grupp", "rad", "svar", "antal", "dold", "svarande", "snitt");
        foreach (var question in results.Questions)
        {
            if (question.Overall is not { } overall)
            {
                Line(csv, Num(question.Order), question.Text, "Alla", "", "", "", "ja", "", "");
                continue;
            }

            Tally(csv, question, "Alla", overall);
            foreach (var group in question.Groups)
            {
                if (group.Tally is { } tally)
                {
                    Tally(csv, question, group.Label, tally);
                }
                else
                {
                    Line(csv, Num(question.Order), question.Text, group.Label, "", "", "", "ja", "", "");
                }
            }

            foreach (var text in question.FreeTexts ?? [])
            {
                Line(csv, Num(question.Order), question.Text, "Alla", "", text, "", "nej", "", "");
            }
        }

        return csv.ToString();
    }

    private static void Tally(StringBuilder csv, QuestionResult question, string group, Tally tally)
    {
        foreach (var row in tally.Rows)
        {
            var rowLabel = row.OptionId is null ? "" : row.Label;
            foreach (var cell in row.Cells)
            {
                Line(csv, Num(question.Order), question.Text, group, rowLabel, cell.Label,
                    cell.Count is { } count ? Num(count) : "", cell.Count is null ? "ja" : "nej", Num(row.Answered), row.Mean?.ToString("0.00", Swedish) ?? "");
            }
        }
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder csv, params string[] fields)
    {
        csv.AppendJoin(';', fields.Select(Quote)).Append("\r\n");
    }

    /// <summary>Quotes a field when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula.</summary>
    private static string Quote(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        return field.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}
