using Halsoportal.Dialog.Surveys;

namespace Halsoportal.Web.Tests.Dialog;

/// <summary>A Sundsvall survey with every question type and one condition, as an editor would save it.</summary>
internal static class SampleSurvey
{
    public const string Age = "Hur gammal är du?";
    public const string Evening = "Vad gör du ute på kvällen?";
    public const string Cycling = "Var känns det otryggt att cykla?";
    public const string Safety = "Hur trygg känner du dig på gångvägarna en vardagskväll?";
    public const string Places = "Hur bra är det här på din närmaste gångväg?";
    public const string Ranking = "Vad ska kommunen göra först?";

    public static Survey Build(string slug, DateTime opens, DateTime closes)
    {
        var evening = new Question
        {
            Order = 2, Type = QuestionType.MultipleChoice, MaxChoices = 2, Required = true, Text = Evening,
            Options = [Option(1, "Promenerar"), Option(2, "Cyklar"), Option(3, "Springer"), Option(4, "Väntar på bussen")],
        };
        return new Survey
        {
            Slug = slug,
            Title = "Trygga gångvägar i Sundsvall",
            Purpose = "Kommunen planerar ny belysning och röjning längs gångvägarna. Berätta var du känner dig trygg.",
            PrivacyNotice = "Vi sparar bara dina svar, utan namn eller IP-adress. Svaren raderas ett år efter att enkäten stängt.",
            OpensAt = opens,
            ClosesAt = closes,
            Mode = ParticipationMode.Open,
            Kommuner = [new SurveyKommun { KommunCode = "2281" }],
            Questions =
            [
                new Question
                {
                    Order = 1, Type = QuestionType.SingleChoice, IsBackground = true, Required = true, Text = Age,
                    Options = [Option(1, "Under 20 år"), Option(2, "20–64 år"), Option(3, "65 år eller äldre")],
                },
                evening,
                new Question
                {
                    Order = 3, Type = QuestionType.FreeText, MaxLength = 40, Text = Cycling,
                    ShowWhenQuestion = evening, ShowWhenOption = evening.Options[1],
                },
                new Question
                {
                    Order = 4, Type = QuestionType.Scale, ScaleMin = 1, ScaleMax = 5, ScaleMinLabel = "Inte alls trygg", ScaleMaxLabel = "Mycket trygg",
                    Required = true, Text = Safety,
                },
                new Question
                {
                    Order = 5, Type = QuestionType.Matrix, ScaleMin = 1, ScaleMax = 4, ScaleMinLabel = "Mycket dåligt", ScaleMaxLabel = "Mycket bra",
                    Required = true, Text = Places, Options = [Option(1, "Belysning"), Option(2, "Snöröjning")],
                },
                new Question
                {
                    Order = 6, Type = QuestionType.Ranking, Text = Ranking,
                    Options = [Option(1, "Fler lampor"), Option(2, "Röja buskar"), Option(3, "Fler bänkar")],
                },
            ],
        };
    }

    private static QuestionOption Option(int order, string text) => new() { Order = order, Text = text };
}
