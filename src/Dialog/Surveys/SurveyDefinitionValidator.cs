using System.Text.RegularExpressions;
using Halsoportal.Dialog.Answering;

namespace Halsoportal.Dialog.Surveys;

/// <summary>Checks that a survey can be answered and counted before it is saved. Swedish messages for editors.</summary>
public static partial class SurveyDefinitionValidator
{
    /// <summary>Every problem of <paramref name="survey"/>; empty when it may be saved.</summary>
    public static IReadOnlyList<FieldError> Validate(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var errors = new List<FieldError>();
        void Add(string field, string message) => errors.Add(new FieldError(field, message));

        if (string.IsNullOrWhiteSpace(survey.Title))
        {
            Add("title", "Skriv en rubrik för enkäten.");
        }

        if (!SlugPattern().IsMatch(survey.Slug))
        {
            Add("slug", "Adressen får bara innehålla a–z, siffror och bindestreck, till exempel ”trygghet-i-centrum”.");
        }

        if (string.IsNullOrWhiteSpace(survey.Purpose))
        {
            Add("purpose", "Beskriv syftet med enkäten.");
        }

        if (string.IsNullOrWhiteSpace(survey.PrivacyNotice))
        {
            Add("privacyNotice", "Skriv en integritetstext: vad som sparas, hur länge och varför.");
        }

        if (survey.Kommuner.Count == 0 || survey.Kommuner.Any(k => !KommunCodePattern().IsMatch(k.KommunCode)))
        {
            Add("kommuner", "Välj minst en kommun (fyrsiffrig kommunkod).");
        }

        if (survey.ClosesAt <= survey.OpensAt)
        {
            Add("closesAt", "Enkäten måste stänga efter att den öppnar.");
        }

        if (survey.RetentionDays is < 1 or > 3650)
        {
            Add("retentionDays", "Lagringstiden ska vara 1–3650 dagar efter att enkäten stängt.");
        }

        if (survey.SuppressionThreshold is < 2 or > 100)
        {
            Add("suppressionThreshold", "Gränsen för små grupper ska vara 2–100 svarande.");
        }

        if (survey.Questions.Count == 0)
        {
            Add("questions", "Lägg till minst en fråga.");
        }

        var earlier = new List<Question>();
        foreach (var question in survey.Questions.OrderBy(q => q.Order))
        {
            ValidateQuestion(question, earlier, errors);
            earlier.Add(question);
        }

        return errors;
    }

    private static void ValidateQuestion(Question q, List<Question> earlier, List<FieldError> errors)
    {
        var field = $"questions[{q.Order}]";
        void Add(string message) => errors.Add(new FieldError(field, $"Fråga {q.Order}: {message}"));

        if (string.IsNullOrWhiteSpace(q.Text))
        {
            Add("skriv frågan.");
        }

        if (q.Options.Any(o => string.IsNullOrWhiteSpace(o.Text)))
        {
            Add("varje alternativ behöver en text.");
        }

        switch (q.Type)
        {
            case QuestionType.SingleChoice or QuestionType.MultipleChoice when q.Options.Count < 2:
                Add("ge minst två svarsalternativ.");
                break;
            case QuestionType.MultipleChoice when q.MaxChoices is { } max && (max < 1 || max > q.Options.Count):
                Add($"högsta antal val ska vara 1–{q.Options.Count}.");
                break;
            case QuestionType.Scale or QuestionType.Matrix when q.ScaleMin is not { } min || q.ScaleMax is not { } top || min >= top || top - min > 10:
                Add("skalan behöver ett lägsta och ett högsta värde, högst 11 steg.");
                break;
            case QuestionType.Scale or QuestionType.Matrix when string.IsNullOrWhiteSpace(q.ScaleMinLabel) || string.IsNullOrWhiteSpace(q.ScaleMaxLabel):
                Add("skriv vad skalans ändar betyder.");
                break;
            case QuestionType.Ranking when q.Options.Count < 2:
                Add("ge minst två alternativ att rangordna.");
                break;
            case QuestionType.FreeText when q.MaxLength is not ({ } length and >= 1 and <= 10_000):
                Add("ange en längsta svarslängd, 1–10 000 tecken.");
                break;
        }

        if (q.Type == QuestionType.Matrix && q.Options.Count < 1)
        {
            Add("ge matrisen minst en rad.");
        }

        if (q.IsBackground && q.Type != QuestionType.SingleChoice)
        {
            Add("en bakgrundsfråga ska ha ett svarsalternativ (till exempel åldersgrupp eller område).");
        }

        var conditionQuestion = q.ShowWhenQuestion ?? earlier.FirstOrDefault(e => e.Id != 0 && e.Id == q.ShowWhenQuestionId);
        var hasCondition = q.ShowWhenQuestion is not null || q.ShowWhenQuestionId is not null || q.ShowWhenOption is not null || q.ShowWhenOptionId is not null;
        if (hasCondition)
        {
            var option = q.ShowWhenOption ?? conditionQuestion?.Options.FirstOrDefault(o => o.Id != 0 && o.Id == q.ShowWhenOptionId);
            if (conditionQuestion is null || !earlier.Contains(conditionQuestion) || !conditionQuestion.IsChoice
                || option is null || !conditionQuestion.Options.Contains(option))
            {
                Add("villkoret måste peka på ett svarsalternativ i en tidigare flervalsfråga.");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex KommunCodePattern();
}
