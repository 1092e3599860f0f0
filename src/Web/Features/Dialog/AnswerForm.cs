using System.Globalization;
using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Shared;
using Microsoft.Extensions.Primitives;

namespace Halsoportal.Web.Features.Dialog;

/// <summary>
/// A participant's answers as form fields. The answering pages keep no session and set no
/// cookie: every page posts all answers given so far, the current question's as inputs and the
/// others as hidden fields, so going back, changing an answer or a failed submit never loses
/// anything. Field names are the ones the engine ties its errors to: <c>q12</c> (choice, scale,
/// free text), <c>q12-r40</c> (a matrix row's value), <c>q12-o41</c> (a ranking item's place).
/// </summary>
public sealed class AnswerForm
{
    private readonly Survey _survey;
    private readonly Dictionary<string, StringValues> _fields;

    private AnswerForm(Survey survey, Dictionary<string, StringValues> fields)
    {
        _survey = survey;
        _fields = fields;
    }

    /// <summary>No answers yet.</summary>
    public static AnswerForm Empty(Survey survey) => new(survey, new Dictionary<string, StringValues>(StringComparer.Ordinal));

    /// <summary>The answer fields of <paramref name="form"/> that belong to questions of the survey; anything else is ignored.</summary>
    public static AnswerForm Read(Survey survey, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(form);
        var names = survey.Questions.SelectMany(FieldNames).ToHashSet(StringComparer.Ordinal);
        var fields = form.Where(f => names.Contains(f.Key) && !StringValues.IsNullOrEmpty(f.Value))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        return new AnswerForm(survey, fields);
    }

    /// <summary>The value posted in a field (the first, for repeated fields).</summary>
    public string? Value(string field) => _fields.TryGetValue(field, out var values) ? values.ToString() : null;

    /// <summary>True when a choice field holds <paramref name="value"/>.</summary>
    public bool Has(string field, int value) =>
        _fields.TryGetValue(field, out var values) && values.Contains(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The answers as the engine takes them, for every question that has something.</summary>
    public Dictionary<int, AnswerInput> Answers()
    {
        var answers = new Dictionary<int, AnswerInput>();
        foreach (var question in _survey.Questions)
        {
            var input = Parse(question);
            if (!input.IsEmpty)
            {
                answers[question.Id] = input;
            }
        }

        return answers;
    }

    /// <summary>
    /// The questions the participant sees given these answers; answers to questions that an
    /// earlier change has hidden are dropped, so they are neither shown again nor sent.
    /// </summary>
    public IReadOnlyList<Question> Path()
    {
        var path = AnswerValidator.ShownQuestions(_survey, Answers());
        var shown = path.SelectMany(FieldNames).ToHashSet(StringComparer.Ordinal);
        foreach (var field in _fields.Keys.Where(f => !shown.Contains(f)).ToList())
        {
            _fields.Remove(field);
        }

        return path;
    }

    /// <summary>Hidden fields for every answer except those of <paramref name="current"/> (which the page shows as inputs).</summary>
    public IEnumerable<KeyValuePair<string, string>> HiddenFields(Question? current)
    {
        var own = current is null ? [] : FieldNames(current).ToHashSet(StringComparer.Ordinal);
        foreach (var (field, values) in _fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (own.Contains(field))
            {
                continue;
            }

            foreach (var value in values)
            {
                yield return new KeyValuePair<string, string>(field, value ?? "");
            }
        }
    }

    /// <summary>The answer in words, for the check-your-answers page; null when not answered.</summary>
    public IReadOnlyList<string>? Describe(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var input = Parse(question);
        if (input.IsEmpty)
        {
            return null;
        }

        var options = question.Options.ToDictionary(o => o.Id, o => o.Text);
        return question.Type switch
        {
            QuestionType.SingleChoice or QuestionType.MultipleChoice =>
                [.. input.OptionIds.Select(id => options.GetValueOrDefault(id, "(okänt alternativ)"))],
            QuestionType.Scale => [ScaleText(question, input.Value)],
            QuestionType.Matrix => [.. question.Options.OrderBy(o => o.Order)
                .Select(row => $"{row.Text}: {(input.Rows.TryGetValue(row.Id, out var v) ? ScaleText(question, v) : "inget svar")}")],
            QuestionType.Ranking => [.. input.OptionIds.Distinct().Select((id, index) => $"{index + 1}. {options.GetValueOrDefault(id, "(okänt alternativ)")}")],
            QuestionType.FreeText => [input.Text!.Trim()],
            _ => null,
        };
    }

    /// <summary>Every form field a question may post.</summary>
    public static IEnumerable<string> FieldNames(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Type switch
        {
            QuestionType.Matrix => question.Options.Select(row => AnswerFields.MatrixRow(question.Id, row.Id)),
            QuestionType.Ranking => question.Options.Select(item => RankingField(question.Id, item.Id)),
            _ => [AnswerFields.Question(question.Id)],
        };
    }

    /// <summary>The field holding a ranking item's place: <c>q12-o41</c>.</summary>
    public static string RankingField(int questionId, int itemId) => $"q{questionId}-o{itemId}";

    /// <summary>A scale value with the end labels the survey gave, "5 – Mycket viktigt".</summary>
    public static string ScaleText(Question question, int? value)
    {
        ArgumentNullException.ThrowIfNull(question);
        var label = value == question.ScaleMin ? question.ScaleMinLabel : value == question.ScaleMax ? question.ScaleMaxLabel : null;
        var number = value?.ToString(CultureInfo.InvariantCulture) ?? "";
        return string.IsNullOrWhiteSpace(label) ? number : $"{number} – {label}";
    }

    private AnswerInput Parse(Question question)
    {
        var field = AnswerFields.Question(question.Id);
        switch (question.Type)
        {
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                return _fields.TryGetValue(field, out var chosen)
                    ? AnswerInput.Choice([.. chosen.Select(Number)])
                    : new AnswerInput();
            case QuestionType.Scale:
                return Value(field) is { } scale ? AnswerInput.Scale(Number(scale)) : new AnswerInput();
            case QuestionType.Matrix:
                var rows = new Dictionary<int, int>();
                foreach (var row in question.Options)
                {
                    if (Value(AnswerFields.MatrixRow(question.Id, row.Id)) is { } value)
                    {
                        rows[row.Id] = Number(value);
                    }
                }

                return rows.Count == 0 ? new AnswerInput() : AnswerInput.Matrix(rows);
            case QuestionType.Ranking:
                return Ranking(question);
            case QuestionType.FreeText:
                return Value(field) is { } text ? AnswerInput.FreeText(text) : new AnswerInput();
            default:
                return new AnswerInput();
        }
    }

    /// <summary>
    /// The items in order of the places typed. Places that are not exactly 1 to n, each once, are
    /// passed on as an incomplete ranking, so the engine's message ("ge vart och ett en egen plats")
    /// is the one shown.
    /// </summary>
    private AnswerInput Ranking(Question question)
    {
        var places = question.Options
            .Select(item => (item.Id, Place: Value(RankingField(question.Id, item.Id)) is { } v ? Number(v) : (int?)null))
            .Where(p => p.Place is not null)
            .ToList();
        if (places.Count == 0)
        {
            return new AnswerInput();
        }

        var ordered = places.OrderBy(p => p.Place).Select(p => p.Id).ToList();
        var isPermutation = places.Count == question.Options.Count
            && places.Select(p => p.Place!.Value).Order().SequenceEqual(Enumerable.Range(1, places.Count));
        return AnswerInput.Ranking(isPermutation ? [.. ordered] : [.. ordered.Take(question.Options.Count - 1)]);
    }

    /// <summary>A posted number; anything else becomes a value no question accepts, so the engine says so.</summary>
    private static int Number(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : int.MinValue;
}

/// <summary>One question as the answering page (or the editors' preview) shows it.</summary>
/// <param name="Question">The question.</param>
/// <param name="Answers">What has been answered so far, to fill the inputs in.</param>
/// <param name="Errors">The engine's messages; those for this question are shown at its fields.</param>
/// <param name="HeadingLevel">1 when the question is the page (answering), 2 in the preview of all questions.</param>
/// <param name="Language">The language of the question's texts.</param>
/// <param name="SwedishLang"><c>lang</c> for Swedish passages around the question (the engine's messages); null on a Swedish page.</param>
/// <param name="Chrome">The interface text for the site's own words (English on an English page); Swedish when null.</param>
public sealed record QuestionView(Question Question, AnswerForm Answers, IReadOnlyList<FieldError> Errors, int HeadingLevel = 1, string Language = "sv", string? SwedishLang = null,
    ChromeText? Chrome = null)
{
    /// <summary>The flow's own words: English on an English page, otherwise Swedish.</summary>
    public ChromeText Text => Chrome ?? ChromeText.Swedish;

    /// <summary><c>lang</c> for those words: null when they are in the page's language.</summary>
    public string? TextLang => Text.Language == Language ? null : Text.Language;

    /// <summary><c>dir</c> for those words inside a right-to-left page.</summary>
    public string? TextDir => TextLang is not null && Halsoportal.Content.Languages.SiteLanguages.DirOf(Language) == "rtl" ? "ltr" : null;

    /// <summary><c>lang</c> for those words inside a Swedish passage (an engine message): set only when they are not Swedish.</summary>
    public string? TextLangInSwedish => Text.Language == Halsoportal.Content.Languages.SiteLanguages.SwedishCode ? null : Text.Language;

    /// <summary><c>dir</c> for the Swedish words inside a right-to-left page.</summary>
    public string? SwedishDir => SwedishLang is not null && Halsoportal.Content.Languages.SiteLanguages.DirOf(Language) == "rtl" ? "ltr" : null;
}
