using System.Globalization;
using Halsoportal.Dialog.Surveys;

namespace Halsoportal.Dialog.Demo;

/// <summary>
/// One demo dialog: the survey as an editor would save it, its återkoppling timeline, how many
/// people answered and how they are spread over the background groups, and a plan per question
/// for the generated answers.
/// </summary>
internal sealed class DemoSurvey(Survey survey, int seed)
{
    private readonly Dictionary<Question, AnswerPlan> _plans = [];

    public Survey Survey { get; } = survey;

    /// <summary>Seed of the survey's own <see cref="Random"/>: the same answers on every install.</summary>
    public int Seed { get; } = seed;

    /// <summary>How many generated responses (0 for a survey that has not opened).</summary>
    public int Responses { get; set; }

    /// <summary>Shares of the age question's options, plus a last share for "skipped" when it is optional.</summary>
    public double[] AgeShares { get; set; } = [];

    /// <summary>Shares of the area question's options, plus a last share for "skipped" when it is optional.</summary>
    public double[] AreaShares { get; set; } = [];

    /// <summary>Invitation surveys: codes printed, more than the responses (the rest are unused).</summary>
    public int InvitationCodes { get; set; }

    public string InvitationLabel { get; set; } = "";

    /// <summary>Entries added through <see cref="SurveyService.AddStatusEntryAsync"/> after the survey is saved.</summary>
    public List<SurveyStatusEntry> Timeline { get; } = [];

    public IReadOnlyDictionary<Question, AnswerPlan> Plans => _plans;

    /// <summary>The survey in other languages, stored once it has its ids.</summary>
    public List<DemoTranslation> Translations { get; } = [];

    /// <summary>Appends <paramref name="question"/> (next order) with the plan for its generated answers.</summary>
    public Question Add(Question question, AnswerPlan? plan = null)
    {
        question.Order = Survey.Questions.Count + 1;
        Survey.Questions.Add(question);
        if (plan is not null)
        {
            _plans[question] = plan;
        }

        return question;
    }

    public void Entry(SurveyStage stage, DateOnly date, string title, string text, string? decisionUrl = null) =>
        Timeline.Add(new SurveyStatusEntry { Stage = stage, Date = date, Title = title, Text = text, DecisionUrl = decisionUrl });
}

/// <summary>Helpers for writing the demo surveys: question shapes, Swedish dates and times.</summary>
internal static class DemoText
{
    public static readonly string[] AdultAges = ["Under 20 år", "20–39 år", "40–64 år", "65–79 år", "80 år eller äldre"];

    /// <summary>A UTC moment from a Swedish date and local time (never in the spring-forward gap: no hour 2).</summary>
    public static DateTime Local(DateOnly date, int hour, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Unspecified), SwedishTime.TimeZone);

    /// <summary>"12 mars".</summary>
    public static string Day(DateOnly date) => date.ToString("d MMMM", SwedishTime.Culture);

    /// <summary>"12 mars 2027".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", SwedishTime.Culture);

    public static QuestionOption[] Options(IEnumerable<string> texts) =>
        [.. texts.Select((text, i) => new QuestionOption { Order = i + 1, Text = text })];

    public static Question Background(string text, IEnumerable<string> options, bool required, string? hint = null) => new()
    {
        Type = QuestionType.SingleChoice, IsBackground = true, Required = required, Text = text, Hint = hint, Options = [.. Options(options)],
    };

    public static Question Single(string text, IEnumerable<string> options, bool required = true, string? hint = null) => new()
    {
        Type = QuestionType.SingleChoice, Required = required, Text = text, Hint = hint, Options = [.. Options(options)],
    };

    public static Question Multiple(string text, int? maxChoices, IEnumerable<string> options, bool required = false, string? hint = null) => new()
    {
        Type = QuestionType.MultipleChoice, MaxChoices = maxChoices, Required = required, Text = text,
        Hint = hint ?? (maxChoices is { } max ? $"Välj högst {Number(max)}." : "Välj så många du vill."),
        Options = [.. Options(options)],
    };

    public static Question Scale(string text, string minLabel, string maxLabel, bool required = true, int min = 1, int max = 5, string? hint = null) => new()
    {
        Type = QuestionType.Scale, Required = required, Text = text, Hint = hint,
        ScaleMin = min, ScaleMax = max, ScaleMinLabel = minLabel, ScaleMaxLabel = maxLabel,
    };

    public static Question Matrix(string text, string minLabel, string maxLabel, IEnumerable<string> rows, bool required = false, string? hint = null) => new()
    {
        Type = QuestionType.Matrix, Required = required, Text = text, Hint = hint,
        ScaleMin = 1, ScaleMax = 5, ScaleMinLabel = minLabel, ScaleMaxLabel = maxLabel, Options = [.. Options(rows)],
    };

    public static Question Ranking(string text, IEnumerable<string> items, bool required = false, string? hint = null) => new()
    {
        Type = QuestionType.Ranking, Required = required, Text = text,
        Hint = hint ?? "Sätt det viktigaste som nummer 1. Alla alternativ ska ha en egen plats.",
        Options = [.. Options(items)],
    };

    public static Question FreeText(string text, int maxLength, string? hint = null) => new()
    {
        Type = QuestionType.FreeText, Required = false, Text = text, MaxLength = maxLength,
        Hint = hint ?? "Skriv inte namn, personnummer eller annat som kan peka ut dig eller någon annan.",
    };

    /// <summary>Shows <paramref name="question"/> only when <paramref name="condition"/> was answered with its option number <paramref name="option"/> (from 1).</summary>
    public static Question When(this Question question, Question condition, int option)
    {
        question.ShowWhenQuestion = condition;
        question.ShowWhenOption = condition.Options[option - 1];
        return question;
    }

    /// <summary>Editors see it; the public results page does not.</summary>
    public static Question Unpublished(this Question question)
    {
        question.PublishedInResults = false;
        return question;
    }

    /// <summary>
    /// The privacy notice, as a kommun writes it: what is stored, what is not, for how long, who
    /// is responsible and whom to ask.
    /// </summary>
    public static string Privacy(string controller, string contact, int retentionDays, string? extra = null) =>
        "Enkäten är anonym. Vi sparar bara de svar du väljer att lämna och vilket datum du svarade. "
        + "Vi sparar inte ditt namn, din IP-adress eller vilken dator eller telefon du använde, och vi kan inte se vem som har svarat vad. "
        + (extra is null ? "" : extra + " ")
        + $"Dina svar sparas i {Duration(retentionDays)} efter att enkäten har stängt. Sedan raderas de, och bara den sammanställda statistiken finns kvar. "
        + "I resultaten visar vi aldrig grupper med färre än fem svarande, och fritextsvar redovisas aldrig uppdelat på grupper. "
        + "Skriv inte namn eller annat som kan peka ut dig eller någon annan i fritextrutorna. "
        + $"Personuppgiftsansvarig är {controller}. Har du frågor om hur vi hanterar uppgifterna kan du kontakta {contact}.";

    private static string Duration(int days) => days switch
    {
        180 => "sex månader",
        365 => "ett år",
        730 => "två år",
        _ => $"{days.ToString(CultureInfo.InvariantCulture)} dagar",
    };

    private static string Number(int n) => n switch
    {
        1 => "ett",
        2 => "två",
        3 => "tre",
        4 => "fyra",
        5 => "fem",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}
