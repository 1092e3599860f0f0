using Halsoportal.Dialog.Surveys;

namespace Halsoportal.Dialog.Results;

/// <summary>
/// Results read in a translation. Answers name options by id, so the numbers are the same in every language; only the
/// texts change: each question, option, matrix row, scale end and breakdown group takes its text from the survey's
/// localized copy (<see cref="SurveyTranslations.Localize"/>). What the engine adds itself (the ranking places, "Har
/// inte svarat", "färre än 5") stays Swedish, for the page to mark so.
/// </summary>
public static class ResultsTranslation
{
    /// <summary>The same results with the texts of <paramref name="localized"/>, the survey in another language.</summary>
    public static SurveyResults Localize(SurveyResults results, Survey localized)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(localized);
        var questions = localized.Questions.ToDictionary(q => q.Id);
        var options = localized.Questions.SelectMany(q => q.Options).ToDictionary(o => o.Id, o => o.Text);
        string Option(int? id, string label) => id is { } key && options.TryGetValue(key, out var text) ? text : label;

        return results with
        {
            Questions = [.. results.Questions.Select(q =>
            {
                if (!questions.TryGetValue(q.QuestionId, out var question))
                {
                    return q;
                }

                Tally? Local(Tally? tally) => tally is null ? null : tally with
                {
                    Rows = [.. tally.Rows.Select(row => row with
                    {
                        Label = row.OptionId is null ? question.Text : Option(row.OptionId, row.Label),
                        Cells = [.. row.Cells.Select(cell => cell with
                        {
                            Label = question.Type switch
                            {
                                QuestionType.SingleChoice or QuestionType.MultipleChoice => Option(cell.Key, cell.Label),
                                QuestionType.Scale or QuestionType.Matrix => ResultsService.ScaleLabel(question, cell.Key),
                                _ => cell.Label,
                            },
                        })],
                    })],
                };

                return q with
                {
                    Text = question.Text,
                    Overall = Local(q.Overall),
                    Groups = [.. q.Groups.Select(g => g with { Label = Option(g.GroupOptionId, g.Label), Tally = Local(g.Tally) })],
                };
            })],
        };
    }
}
