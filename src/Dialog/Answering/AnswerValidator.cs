using System.Globalization;
using System.Text;
using Halsoportal.Dialog.Surveys;

namespace Halsoportal.Dialog.Answering;

/// <summary>One value to store: see <see cref="Submissions.Answer"/> for what each member means per type.</summary>
public readonly record struct AnswerRow(int QuestionId, int? OptionId, int? Value, string? Text);

/// <summary>The outcome of validating a submission: every error, or the rows to store when there is none.</summary>
public sealed record AnswerValidation(IReadOnlyList<FieldError> Errors, IReadOnlyList<AnswerRow> Rows)
{
    /// <summary>No errors: the rows may be stored.</summary>
    public bool IsValid => Errors.Count == 0;
}

/// <summary>State of the invitation code a submission carries, as the store knows it.</summary>
public enum InvitationCodeState
{
    /// <summary>Unused code of this survey.</summary>
    Valid = 0,

    /// <summary>No code given on a survey that needs one.</summary>
    Missing = 1,

    /// <summary>Not a code at all (length, characters).</summary>
    Malformed = 2,

    /// <summary>Well-formed, but not a code of this survey.</summary>
    Unknown = 3,

    /// <summary>Already burned by an earlier answer.</summary>
    Used = 4,
}

/// <summary>
/// Checks a submission against its survey and says, field by field and in Swedish, what is
/// wrong. Pure: no clock of its own, no store. The caller stores nothing unless
/// <see cref="AnswerValidation.IsValid"/>.
/// </summary>
public static class AnswerValidator
{
    /// <summary>
    /// Validates <paramref name="answers"/> (question id → input) against <paramref name="survey"/>
    /// (questions and options loaded) at UTC moment <paramref name="now"/>.
    /// </summary>
    public static AnswerValidation Validate(Survey survey, IReadOnlyDictionary<int, AnswerInput> answers, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(answers);

        if (now < survey.OpensAt)
        {
            return Fail(new FieldError(AnswerFields.Survey, $"Enkäten har inte öppnat än. Den öppnar {SwedishTime.Format(survey.OpensAt)}."));
        }

        if (now >= survey.ClosesAt)
        {
            return Fail(new FieldError(AnswerFields.Survey, $"Enkäten stängde {SwedishTime.Format(survey.ClosesAt)} och tar inte emot fler svar."));
        }

        var errors = new List<FieldError>();
        var rows = new List<AnswerRow>();
        var questions = survey.Questions.OrderBy(q => q.Order).ToList();
        var known = questions.Select(q => q.Id).ToHashSet();
        foreach (var questionId in answers.Keys.Where(id => !known.Contains(id)).Order())
        {
            errors.Add(new FieldError(AnswerFields.Question(questionId), "Frågan finns inte i den här enkäten. Ladda om sidan och svara igen."));
        }

        // Which questions are shown follows from the answers to earlier ones, in survey order.
        var shown = new HashSet<int>();
        var chosen = new Dictionary<int, HashSet<int>>();
        foreach (var question in questions)
        {
            var input = answers.GetValueOrDefault(question.Id);
            var visible = IsShown(question, questions, shown, chosen);
            if (!visible)
            {
                if (input is { IsEmpty: false })
                {
                    errors.Add(HiddenAnswered(question, questions));
                }

                continue;
            }

            shown.Add(question.Id);
            if (input is null || input.IsEmpty)
            {
                if (question.Required)
                {
                    errors.AddRange(Missing(question));
                }

                continue;
            }

            var before = errors.Count;
            var questionRows = question.Type switch
            {
                QuestionType.SingleChoice or QuestionType.MultipleChoice => Choice(question, input, errors),
                QuestionType.Scale => Scale(question, input, errors),
                QuestionType.Matrix => Matrix(question, input, errors),
                QuestionType.Ranking => Ranking(question, input, errors),
                QuestionType.FreeText => FreeText(question, input, errors),
                _ => throw new InvalidOperationException($"Unknown question type {question.Type}."),
            };
            if (errors.Count == before)
            {
                rows.AddRange(questionRows);
                if (question.IsChoice)
                {
                    chosen[question.Id] = [.. questionRows.Select(r => r.OptionId!.Value)];
                }
            }
        }

        return errors.Count > 0 ? new AnswerValidation(errors, []) : new AnswerValidation([], rows);
    }

    /// <summary>
    /// The questions a participant sees, in order, given the answers so far: a conditional question
    /// appears when its condition's question is shown and was answered with the option. The same rule
    /// <see cref="Validate"/> applies, so a form that follows this path never answers a hidden question.
    /// </summary>
    public static IReadOnlyList<Question> ShownQuestions(Survey survey, IReadOnlyDictionary<int, AnswerInput> answers)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(answers);
        var questions = survey.Questions.OrderBy(q => q.Order).ToList();
        var shown = new HashSet<int>();
        var chosen = new Dictionary<int, HashSet<int>>();
        var path = new List<Question>();
        foreach (var question in questions)
        {
            if (!IsShown(question, questions, shown, chosen))
            {
                continue;
            }

            shown.Add(question.Id);
            path.Add(question);
            if (question.IsChoice && answers.GetValueOrDefault(question.Id) is { } input)
            {
                chosen[question.Id] = [.. input.OptionIds];
            }
        }

        return path;
    }

    /// <summary>The message for an invitation-code state other than <see cref="InvitationCodeState.Valid"/>; null for a valid one.</summary>
    public static FieldError? InvitationError(InvitationCodeState state) => state switch
    {
        InvitationCodeState.Valid => null,
        InvitationCodeState.Missing => new FieldError(AnswerFields.InvitationCode, "Skriv in koden från din inbjudan."),
        InvitationCodeState.Malformed => new FieldError(AnswerFields.InvitationCode, "Koden ska vara tio tecken, till exempel K7MQ2-XR9TD. Kontrollera att du har skrivit av den rätt."),
        InvitationCodeState.Unknown => new FieldError(AnswerFields.InvitationCode, "Koden finns inte för den här enkäten. Kontrollera att du har skrivit av den rätt."),
        InvitationCodeState.Used => new FieldError(AnswerFields.InvitationCode, "Koden har redan använts. Varje kod kan användas en gång."),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>The message for an idempotency key that this install did not make for this survey.</summary>
    public static FieldError TamperedKey { get; } = new(AnswerFields.IdempotencyKey,
        "Formuläret gick inte att känna igen, så dina svar har inte sparats. Ladda om enkäten och svara igen.");

    /// <summary>The message for a survey id that does not exist.</summary>
    public static FieldError UnknownSurvey { get; } = new(AnswerFields.Survey, "Enkäten finns inte.");

    /// <summary>Free text as stored: trimmed, line breaks as \n, other control characters removed.</summary>
    public static string NormalizeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var c in normalized)
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>Characters as a person counts them (an emoji or å written as two code points is one).</summary>
    public static int CountCharacters(string text) => new StringInfo(text).LengthInTextElements;

    private static AnswerValidation Fail(FieldError error) => new([error], []);

    private static bool IsShown(Question question, List<Question> questions, HashSet<int> shown, Dictionary<int, HashSet<int>> chosen)
    {
        if (question.ShowWhenQuestionId is not { } conditionId || question.ShowWhenOptionId is not { } optionId)
        {
            return true;
        }

        // A condition on a question that is itself hidden, or later in the survey, hides this one too.
        return shown.Contains(conditionId) && chosen.TryGetValue(conditionId, out var options) && options.Contains(optionId)
            && questions.Any(q => q.Id == conditionId);
    }

    private static FieldError HiddenAnswered(Question question, List<Question> questions)
    {
        var condition = questions.FirstOrDefault(q => q.Id == question.ShowWhenQuestionId);
        var option = condition?.Options.FirstOrDefault(o => o.Id == question.ShowWhenOptionId);
        var when = condition is null || option is null ? "" : $" om du har svarat ”{option.Text}” på frågan ”{condition.Text}”";
        return new FieldError(AnswerFields.Question(question.Id),
            $"Frågan ”{question.Text}” ska bara besvaras{when}. Ändra det svaret eller ta bort svaret på den här frågan.");
    }

    private static IEnumerable<FieldError> Missing(Question question)
    {
        var field = AnswerFields.Question(question.Id);
        switch (question.Type)
        {
            case QuestionType.SingleChoice:
                yield return new FieldError(field, $"Välj ett svarsalternativ på frågan ”{question.Text}”.");
                break;
            case QuestionType.MultipleChoice:
                yield return new FieldError(field, $"Välj minst ett svarsalternativ på frågan ”{question.Text}”.");
                break;
            case QuestionType.Scale:
                yield return new FieldError(field, $"Välj ett värde från {question.ScaleMin} till {question.ScaleMax} på frågan ”{question.Text}”.");
                break;
            case QuestionType.Matrix:
                foreach (var row in question.Options.OrderBy(o => o.Order))
                {
                    yield return MatrixRowMissing(question, row);
                }

                break;
            case QuestionType.Ranking:
                yield return new FieldError(field, $"Rangordna alternativen i frågan ”{question.Text}”: ge vart och ett en egen plats, från 1 till {question.Options.Count}.");
                break;
            case QuestionType.FreeText:
                yield return new FieldError(field, $"Skriv ett svar på frågan ”{question.Text}”.");
                break;
        }
    }

    private static FieldError MatrixRowMissing(Question question, QuestionOption row) =>
        new(AnswerFields.MatrixRow(question.Id, row.Id), $"Välj ett värde från {question.ScaleMin} till {question.ScaleMax} för ”{row.Text}” i frågan ”{question.Text}”.");

    private static FieldError WrongShape(Question question) =>
        new(AnswerFields.Question(question.Id), $"Svaret på frågan ”{question.Text}” gick inte att läsa. Gå tillbaka till frågan och svara igen.");

    private static FieldError UnknownOption(Question question) =>
        new(AnswerFields.Question(question.Id), $"Svaret på frågan ”{question.Text}” finns inte bland alternativen. Välj ett av alternativen som visas.");

    private static List<AnswerRow> Choice(Question question, AnswerInput input, List<FieldError> errors)
    {
        if (input.Value is not null || input.Rows.Count > 0 || !string.IsNullOrWhiteSpace(input.Text))
        {
            errors.Add(WrongShape(question));
            return [];
        }

        var ids = input.OptionIds.Distinct().ToList();
        var options = question.Options.Select(o => o.Id).ToHashSet();
        if (ids.Any(id => !options.Contains(id)))
        {
            errors.Add(UnknownOption(question));
            return [];
        }

        var max = question.Type == QuestionType.SingleChoice ? 1 : question.MaxChoices ?? options.Count;
        if (ids.Count > max)
        {
            errors.Add(new FieldError(AnswerFields.Question(question.Id), max == 1
                ? $"Välj bara ett svarsalternativ på frågan ”{question.Text}”."
                : $"Välj högst {max} svarsalternativ på frågan ”{question.Text}”. Du har valt {ids.Count}."));
            return [];
        }

        return [.. ids.Select(id => new AnswerRow(question.Id, id, null, null))];
    }

    private static List<AnswerRow> Scale(Question question, AnswerInput input, List<FieldError> errors)
    {
        if (input.OptionIds.Count > 0 || input.Rows.Count > 0 || !string.IsNullOrWhiteSpace(input.Text) || input.Value is not { } value)
        {
            errors.Add(WrongShape(question));
            return [];
        }

        if (value < question.ScaleMin || value > question.ScaleMax)
        {
            errors.Add(new FieldError(AnswerFields.Question(question.Id), $"Välj ett värde från {question.ScaleMin} till {question.ScaleMax} på frågan ”{question.Text}”."));
            return [];
        }

        return [new AnswerRow(question.Id, null, value, null)];
    }

    private static List<AnswerRow> Matrix(Question question, AnswerInput input, List<FieldError> errors)
    {
        if (input.OptionIds.Count > 0 || input.Value is not null || !string.IsNullOrWhiteSpace(input.Text))
        {
            errors.Add(WrongShape(question));
            return [];
        }

        var rowIds = question.Options.Select(o => o.Id).ToHashSet();
        if (input.Rows.Keys.Any(id => !rowIds.Contains(id)))
        {
            errors.Add(UnknownOption(question));
            return [];
        }

        var result = new List<AnswerRow>();
        foreach (var row in question.Options.OrderBy(o => o.Order))
        {
            if (!input.Rows.TryGetValue(row.Id, out var value))
            {
                // An optional matrix may be answered in part; a required one needs every row.
                if (question.Required)
                {
                    errors.Add(MatrixRowMissing(question, row));
                }

                continue;
            }

            if (value < question.ScaleMin || value > question.ScaleMax)
            {
                errors.Add(new FieldError(AnswerFields.MatrixRow(question.Id, row.Id),
                    $"Välj ett värde från {question.ScaleMin} till {question.ScaleMax} för ”{row.Text}” i frågan ”{question.Text}”."));
                continue;
            }

            result.Add(new AnswerRow(question.Id, row.Id, value, null));
        }

        return result;
    }

    private static List<AnswerRow> Ranking(Question question, AnswerInput input, List<FieldError> errors)
    {
        if (input.Value is not null || input.Rows.Count > 0 || !string.IsNullOrWhiteSpace(input.Text))
        {
            errors.Add(WrongShape(question));
            return [];
        }

        var items = question.Options.Select(o => o.Id).ToHashSet();
        if (input.OptionIds.Any(id => !items.Contains(id)))
        {
            errors.Add(UnknownOption(question));
            return [];
        }

        if (input.OptionIds.Count != items.Count || input.OptionIds.Distinct().Count() != items.Count)
        {
            errors.Add(new FieldError(AnswerFields.Question(question.Id),
                $"Rangordna alla {items.Count} alternativ i frågan ”{question.Text}”: ge vart och ett en egen plats, från 1 till {items.Count}."));
            return [];
        }

        return [.. input.OptionIds.Select((id, index) => new AnswerRow(question.Id, id, index + 1, null))];
    }

    private static List<AnswerRow> FreeText(Question question, AnswerInput input, List<FieldError> errors)
    {
        if (input.OptionIds.Count > 0 || input.Value is not null || input.Rows.Count > 0)
        {
            errors.Add(WrongShape(question));
            return [];
        }

        var text = NormalizeText(input.Text ?? "");
        if (text.Length == 0)
        {
            if (question.Required)
            {
                errors.Add(new FieldError(AnswerFields.Question(question.Id), $"Skriv ett svar på frågan ”{question.Text}”."));
            }

            return [];
        }

        var length = CountCharacters(text);
        if (question.MaxLength is { } max && length > max)
        {
            errors.Add(new FieldError(AnswerFields.Question(question.Id),
                $"Svaret på frågan ”{question.Text}” får vara högst {max} tecken. Nu är det {length} tecken."));
            return [];
        }

        return [new AnswerRow(question.Id, null, null, text)];
    }
}
