using Halsoportal.Dialog.Surveys;

namespace Halsoportal.Dialog.Tests;

/// <summary>
/// A survey with every question type; defaults make a valid, open survey. Questions, by order:
/// 1 age band (background, required) · 2 how you travel (single, required) · 3 what matters
/// (multiple, max 2) · 4 how safe (scale 1–5) · 5 the centre (matrix 3 rows × 1–5) · 6 rank
/// three ideas · 7 free text (max 200) · 8 "what about the bus?" shown only when 2 = Buss.
/// </summary>
internal sealed class SurveyBuilder
{
    private string _slug = "trygghet-i-centrum";
    private ParticipationMode _mode = ParticipationMode.Open;
    private DateTime _opens = DialogTestHost.Start.UtcDateTime.AddDays(-1);
    private DateTime _closes = DialogTestHost.Start.UtcDateTime.AddDays(30);
    private int _retentionDays = 90;
    private bool _live;
    private int _threshold = 5;
    private bool _backgroundRequired = true;

    public SurveyBuilder WithSlug(string slug)
    {
        _slug = slug;
        return this;
    }

    public SurveyBuilder WithInvitationCodes()
    {
        _mode = ParticipationMode.Invitation;
        return this;
    }

    public SurveyBuilder OpenBetween(DateTime opens, DateTime closes)
    {
        _opens = opens;
        _closes = closes;
        return this;
    }

    public SurveyBuilder WithRetentionDays(int days)
    {
        _retentionDays = days;
        return this;
    }

    public SurveyBuilder WithLiveResults()
    {
        _live = true;
        return this;
    }

    public SurveyBuilder WithThreshold(int threshold)
    {
        _threshold = threshold;
        return this;
    }

    public SurveyBuilder WithOptionalBackground()
    {
        _backgroundRequired = false;
        return this;
    }

    /// <summary>The survey as an editor would save it (no ids; the condition set through navigations).</summary>
    public Survey Build()
    {
        var travel = new Question
        {
            Order = 2, Type = QuestionType.SingleChoice, Text = "Hur tar du dig oftast till centrum?", Required = true,
            Options = [Option(1, "Bil"), Option(2, "Buss"), Option(3, "Cykel"), Option(4, "Till fots")],
        };
        return new Survey
        {
            Slug = _slug,
            Title = "Trygghet i centrum",
            Purpose = "Kommunen vill veta vad som gör centrum tryggare.",
            PrivacyNotice = "Vi sparar bara dina svar, utan namn eller adress, i 90 dagar efter att enkäten stängt.",
            OpensAt = _opens,
            ClosesAt = _closes,
            Mode = _mode,
            RetentionDays = _retentionDays,
            LiveResults = _live,
            SuppressionThreshold = _threshold,
            Kommuner = [new SurveyKommun { KommunCode = "2281" }, new SurveyKommun { KommunCode = "2262" }],
            Questions =
            [
                new Question
                {
                    Order = 1, Type = QuestionType.SingleChoice, IsBackground = true, Required = _backgroundRequired, Text = "Hur gammal är du?",
                    Options = [Option(1, "Under 30 år"), Option(2, "30–64 år"), Option(3, "65 år eller äldre")],
                },
                travel,
                new Question
                {
                    Order = 3, Type = QuestionType.MultipleChoice, MaxChoices = 2, Text = "Vad är viktigast för att du ska känna dig trygg?",
                    Options = [Option(1, "Belysning"), Option(2, "Fler människor i rörelse"), Option(3, "Väktare"), Option(4, "Kameror"), Option(5, "Öppna butiker")],
                },
                new Question
                {
                    Order = 4, Type = QuestionType.Scale, ScaleMin = 1, ScaleMax = 5, ScaleMinLabel = "Inte alls trygg", ScaleMaxLabel = "Mycket trygg",
                    Text = "Hur trygg känner du dig i centrum på kvällen?",
                },
                new Question
                {
                    Order = 5, Type = QuestionType.Matrix, ScaleMin = 1, ScaleMax = 5, ScaleMinLabel = "Mycket dåligt", ScaleMaxLabel = "Mycket bra",
                    Text = "Vad tycker du om de här platserna?",
                    Options = [Option(1, "Torget"), Option(2, "Resecentrum"), Option(3, "Parken")],
                },
                new Question
                {
                    Order = 6, Type = QuestionType.Ranking, Text = "Rangordna förslagen",
                    Options = [Option(1, "Ny belysning i parken"), Option(2, "Fler bänkar"), Option(3, "Nattbuss")],
                },
                new Question { Order = 7, Type = QuestionType.FreeText, MaxLength = 200, Text = "Vill du säga något mer?" },
                new Question
                {
                    Order = 8, Type = QuestionType.FreeText, MaxLength = 200, Text = "Vad kan bli bättre med bussen?",
                    ShowWhenQuestion = travel, ShowWhenOption = travel.Options[1],
                },
            ],
        };
    }

    /// <summary>The survey with ids filled in as the store would (question n has id n, its options n*10+k), for pure tests.</summary>
    public Survey BuildWithIds()
    {
        var survey = Build();
        survey.Id = 1;
        foreach (var question in survey.Questions)
        {
            question.Id = question.Order;
            question.SurveyId = survey.Id;
            foreach (var option in question.Options)
            {
                option.Id = question.Order * 10 + option.Order;
                option.QuestionId = question.Id;
            }
        }

        foreach (var question in survey.Questions.Where(q => q.ShowWhenQuestion is not null))
        {
            question.ShowWhenQuestionId = question.ShowWhenQuestion!.Id;
            question.ShowWhenOptionId = question.ShowWhenOption!.Id;
            question.ShowWhenQuestion = null;
            question.ShowWhenOption = null;
        }

        return survey;
    }

    private static QuestionOption Option(int order, string text) => new() { Order = order, Text = text };
}

/// <summary>Answers to the builder's survey, by question order, turned into the engine's input.</summary>
internal static class Answers
{
    /// <summary>A complete, valid set: age band <paramref name="age"/> (1–3), travel <paramref name="travel"/> (1–4), …</summary>
    public static Dictionary<int, Answering.AnswerInput> Valid(Survey survey, int age = 2, int travel = 1, int scale = 4, string? text = "Mer ljus vid torget.")
    {
        var q = survey.Questions.OrderBy(x => x.Order).ToList();
        var answers = new Dictionary<int, Answering.AnswerInput>
        {
            [q[0].Id] = Answering.AnswerInput.Choice(q[0].Options[age - 1].Id),
            [q[1].Id] = Answering.AnswerInput.Choice(q[1].Options[travel - 1].Id),
            [q[2].Id] = Answering.AnswerInput.Choice(q[2].Options[0].Id, q[2].Options[1].Id),
            [q[3].Id] = Answering.AnswerInput.Scale(scale),
            [q[4].Id] = Answering.AnswerInput.Matrix(q[4].Options.ToDictionary(o => o.Id, o => o.Order + 1)),
            [q[5].Id] = Answering.AnswerInput.Ranking([.. q[5].Options.Select(o => o.Id).Reverse()]),
        };
        if (text is not null)
        {
            answers[q[6].Id] = Answering.AnswerInput.FreeText(text);
        }

        return answers;
    }

    public static Question Q(this Survey survey, int order) => survey.Questions.Single(q => q.Order == order);
}
