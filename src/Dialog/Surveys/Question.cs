namespace Halsoportal.Dialog.Surveys;

/// <summary>What kind of answer a question takes.</summary>
public enum QuestionType
{
    /// <summary>One option. With <see cref="Question.IsBackground"/> it is a background question (age band, area).</summary>
    SingleChoice = 0,

    /// <summary>One or more options, at most <see cref="Question.MaxChoices"/>.</summary>
    MultipleChoice = 1,

    /// <summary>One whole number from <see cref="Question.ScaleMin"/> to <see cref="Question.ScaleMax"/>, ends labelled.</summary>
    Scale = 2,

    /// <summary>Rows (the options) × one scale: a value per row.</summary>
    Matrix = 3,

    /// <summary>Every option given a distinct place, 1 = most important.</summary>
    Ranking = 4,

    /// <summary>Free text of at most <see cref="Question.MaxLength"/> characters.</summary>
    FreeText = 5,
}

/// <summary>A question of a survey. Options are choices, matrix rows or items to rank.</summary>
public sealed class Question
{
    public int Id { get; set; }

    public int SurveyId { get; set; }

    /// <summary>Position in the survey, from 1.</summary>
    public int Order { get; set; }

    public QuestionType Type { get; set; }

    public string Text { get; set; } = "";

    /// <summary>Optional hint under the question.</summary>
    public string? Hint { get; set; }

    public bool Required { get; set; }

    /// <summary>A background question (age band, area): a single choice that results can be broken down by.</summary>
    public bool IsBackground { get; set; }

    /// <summary>Shown on the public results page (editors always see every question).</summary>
    public bool PublishedInResults { get; set; } = true;

    /// <summary>Multiple choice: the most options a person may choose (null = all).</summary>
    public int? MaxChoices { get; set; }

    /// <summary>Scale and matrix: lowest value.</summary>
    public int? ScaleMin { get; set; }

    /// <summary>Scale and matrix: highest value.</summary>
    public int? ScaleMax { get; set; }

    /// <summary>Scale and matrix: label of the lowest value ("Inte alls viktigt").</summary>
    public string? ScaleMinLabel { get; set; }

    /// <summary>Scale and matrix: label of the highest value ("Mycket viktigt").</summary>
    public string? ScaleMaxLabel { get; set; }

    /// <summary>Free text: the most characters accepted.</summary>
    public int? MaxLength { get; set; }

    /// <summary>Condition: show this question only when the question with this id …</summary>
    public int? ShowWhenQuestionId { get; set; }

    /// <summary>… was answered with this option.</summary>
    public int? ShowWhenOptionId { get; set; }

    /// <summary>The condition's question, for building a survey before ids exist (not loaded on reads).</summary>
    public Question? ShowWhenQuestion { get; set; }

    /// <summary>The condition's option, for building a survey before ids exist (not loaded on reads).</summary>
    public QuestionOption? ShowWhenOption { get; set; }

    public List<QuestionOption> Options { get; set; } = [];

    /// <summary>True for the types whose answer is a choice among <see cref="Options"/>.</summary>
    public bool IsChoice => Type is QuestionType.SingleChoice or QuestionType.MultipleChoice;

    /// <summary>True for the types that use the scale fields.</summary>
    public bool UsesScale => Type is QuestionType.Scale or QuestionType.Matrix;
}

/// <summary>An option, matrix row or ranking item.</summary>
public sealed class QuestionOption
{
    public int Id { get; set; }

    public int QuestionId { get; set; }

    /// <summary>Position among the question's options, from 1.</summary>
    public int Order { get; set; }

    public string Text { get; set; } = "";
}
