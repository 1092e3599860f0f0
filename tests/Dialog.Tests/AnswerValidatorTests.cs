using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Surveys;

namespace Halsoportal.Dialog.Tests;

public sealed class AnswerValidatorTests
{
    private static readonly Survey Survey = new SurveyBuilder().BuildWithIds();
    private static readonly DateTime Now = DialogTestHost.Start.UtcDateTime;

    private static AnswerValidation Validate(Action<Dictionary<int, AnswerInput>> change, DateTime? now = null)
    {
        var answers = Answers.Valid(Survey);
        change(answers);
        return AnswerValidator.Validate(Survey, answers, now ?? Now);
    }

    private static FieldError Single(AnswerValidation validation)
    {
        Assert.False(validation.IsValid);
        Assert.Empty(validation.Rows);
        return Assert.Single(validation.Errors);
    }

    [Fact]
    public void Validate_CompleteAnswers_GivesOneRowPerValue()
    {
        var validation = Validate(_ => { });

        Assert.True(validation.IsValid);
        // 1 age + 1 travel + 2 choices + 1 scale + 3 matrix rows + 3 ranked items + 1 text
        Assert.Equal(12, validation.Rows.Count);
        Assert.Equal([(63, 1), (62, 2), (61, 3)], validation.Rows.Where(r => r.QuestionId == 6).Select(r => (r.OptionId!.Value, r.Value!.Value)));
    }

    [Fact]
    public void Validate_RequiredQuestionUnanswered_NamesTheQuestion()
    {
        var error = Single(Validate(a => a.Remove(2)));

        Assert.Equal("q2", error.Field);
        Assert.Equal("Välj ett svarsalternativ på frågan ”Hur tar du dig oftast till centrum?”.", error.Message);
    }

    [Fact]
    public void Validate_RequiredQuestionWithEmptyInput_CountsAsMissing()
    {
        var error = Single(Validate(a => a[1] = new AnswerInput()));

        Assert.Equal("q1", error.Field);
    }

    [Fact]
    public void Validate_OptionalQuestionsLeftOut_IsValid()
    {
        var validation = Validate(a =>
        {
            foreach (var id in new[] { 3, 4, 5, 6, 7 })
            {
                a.Remove(id);
            }
        });

        Assert.True(validation.IsValid);
        Assert.Equal(2, validation.Rows.Count);
    }

    [Fact]
    public void Validate_TooManyChoices_SaysHowMany()
    {
        var error = Single(Validate(a => a[3] = AnswerInput.Choice(31, 32, 33)));

        Assert.Equal("q3", error.Field);
        Assert.Equal("Välj högst 2 svarsalternativ på frågan ”Vad är viktigast för att du ska känna dig trygg?”. Du har valt 3.", error.Message);
    }

    [Fact]
    public void Validate_TwoChoicesOnSingleChoice_AsksForOne()
    {
        var error = Single(Validate(a => a[2] = AnswerInput.Choice(21, 22)));

        Assert.Equal("Välj bara ett svarsalternativ på frågan ”Hur tar du dig oftast till centrum?”.", error.Message);
    }

    [Theory]
    [InlineData(2, 99)]
    [InlineData(2, 31)] // an option of another question
    [InlineData(3, 0)]
    public void Validate_UnknownOption_IsRefused(int question, int option)
    {
        var error = Single(Validate(a => a[question] = AnswerInput.Choice(option)));

        Assert.Equal($"q{question}", error.Field);
        Assert.Contains("finns inte bland alternativen", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-2147483648)]
    public void Validate_ScaleOutOfRange_GivesTheRange(int value)
    {
        var error = Single(Validate(a => a[4] = AnswerInput.Scale(value)));

        Assert.Equal("q4", error.Field);
        Assert.Equal("Välj ett värde från 1 till 5 på frågan ”Hur trygg känner du dig i centrum på kvällen?”.", error.Message);
    }

    [Fact]
    public void Validate_MatrixRowOutOfRange_IsTiedToTheRow()
    {
        var error = Single(Validate(a => a[5] = AnswerInput.Matrix(new Dictionary<int, int> { [51] = 3, [52] = 9 })));

        Assert.Equal("q5-r52", error.Field);
        Assert.Contains("”Resecentrum”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MatrixWithUnknownRow_IsRefused()
    {
        var error = Single(Validate(a => a[5] = AnswerInput.Matrix(new Dictionary<int, int> { [51] = 3, [99] = 2 })));

        Assert.Equal("q5", error.Field);
    }

    [Theory]
    [InlineData(new[] { 61, 62 })]
    [InlineData(new[] { 61, 61, 62 })]
    [InlineData(new[] { 61, 62, 63, 63 })]
    public void Validate_IncompleteRanking_AsksForEveryPlace(int[] order)
    {
        var error = Single(Validate(a => a[6] = AnswerInput.Ranking(order)));

        Assert.Equal("q6", error.Field);
        Assert.Equal("Rangordna alla 3 alternativ i frågan ”Rangordna förslagen”: ge vart och ett en egen plats, från 1 till 3.", error.Message);
    }

    [Fact]
    public void Validate_OverlongText_CountsCharactersAsPeopleDo()
    {
        var exactly = new string('å', 199) + "👍";
        Assert.True(Validate(a => a[7] = AnswerInput.FreeText(exactly)).IsValid);

        var error = Single(Validate(a => a[7] = AnswerInput.FreeText(exactly + "!")));

        Assert.Equal("q7", error.Field);
        Assert.Equal("Svaret på frågan ”Vill du säga något mer?” får vara högst 200 tecken. Nu är det 201 tecken.", error.Message);
    }

    [Fact]
    public void Validate_FreeText_IsTrimmedWithLineBreaksKeptAndControlCharactersRemoved()
    {
        var validation = Validate(a => a[7] = AnswerInput.FreeText("  Bra\r\nmen mörkt\u0000  "));

        Assert.Equal("Bra\nmen mörkt", validation.Rows.Single(r => r.QuestionId == 7).Text);
    }

    [Fact]
    public void Validate_AnswerToHiddenQuestion_IsRefused()
    {
        // Question 8 is shown only to those who travel by bus (option 22); this one goes by car.
        var error = Single(Validate(a => a[8] = AnswerInput.FreeText("Fler turer")));

        Assert.Equal("q8", error.Field);
        Assert.Equal("Frågan ”Vad kan bli bättre med bussen?” ska bara besvaras om du har svarat ”Buss” på frågan ”Hur tar du dig oftast till centrum?”. Ändra det svaret eller ta bort svaret på den här frågan.", error.Message);
    }

    [Fact]
    public void Validate_AnswerToShownConditionalQuestion_IsStored()
    {
        var validation = Validate(a =>
        {
            a[2] = AnswerInput.Choice(22);
            a[8] = AnswerInput.FreeText("Fler turer");
        });

        Assert.True(validation.IsValid);
        Assert.Contains(validation.Rows, r => r.QuestionId == 8 && r.Text == "Fler turer");
    }

    [Fact]
    public void Validate_BeforeOpening_SaysWhenItOpens()
    {
        var error = Single(Validate(_ => { }, now: Survey.OpensAt.AddSeconds(-1)));

        Assert.Equal(AnswerFields.Survey, error.Field);
        Assert.Equal("Enkäten har inte öppnat än. Den öppnar 9 mars 2027 kl. 12.00.", error.Message);
    }

    [Fact]
    public void Validate_AtClosing_IsRefused()
    {
        var error = Single(Validate(_ => { }, now: Survey.ClosesAt));

        Assert.Equal("Enkäten stängde 9 april 2027 kl. 13.00 och tar inte emot fler svar.", error.Message);
    }

    [Fact]
    public void Validate_QuestionNotInSurvey_IsRefused()
    {
        var error = Single(Validate(a => a[42] = AnswerInput.FreeText("hej")));

        Assert.Equal("q42", error.Field);
    }

    [Fact]
    public void Validate_WrongShape_IsRefused()
    {
        var error = Single(Validate(a => a[4] = AnswerInput.FreeText("fyra")));

        Assert.Equal("q4", error.Field);
        Assert.Contains("gick inte att läsa", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOne()
    {
        var validation = Validate(a =>
        {
            a.Remove(1);
            a[3] = AnswerInput.Choice(31, 32, 33);
            a[7] = AnswerInput.FreeText(new string('x', 201));
        });

        Assert.Equal(["q1", "q3", "q7"], validation.Errors.Select(e => e.Field));
        Assert.Empty(validation.Rows);
    }

    [Theory]
    [InlineData(InvitationCodeState.Missing, "Skriv in koden från din inbjudan.")]
    [InlineData(InvitationCodeState.Unknown, "Koden finns inte för den här enkäten. Kontrollera att du har skrivit av den rätt.")]
    [InlineData(InvitationCodeState.Used, "Koden har redan använts. Varje kod kan användas en gång.")]
    public void InvitationError_EachState_HasItsMessage(InvitationCodeState state, string message)
    {
        var error = AnswerValidator.InvitationError(state)!;

        Assert.Equal(AnswerFields.InvitationCode, error.Field);
        Assert.Equal(message, error.Message);
        Assert.Null(AnswerValidator.InvitationError(InvitationCodeState.Valid));
    }
}
