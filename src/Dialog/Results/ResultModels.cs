using Halsoportal.Dialog.Surveys;

namespace Halsoportal.Dialog.Results;

/// <summary>Whether results can be shown.</summary>
public enum ResultsStatus
{
    Available = 0,

    /// <summary>No such survey.</summary>
    NotFound = 1,

    /// <summary>Not yet: editors see results after close (or live, where the survey says so); the public from the publication date.</summary>
    NotYetAvailable = 2,

    /// <summary>The breakdown question is not a (published) background question of the survey.</summary>
    UnknownBreakdown = 3,
}

/// <summary>The answer of <see cref="ResultsService"/>: results, or why there are none (and from when, if that is known).</summary>
public sealed record ResultsAnswer(ResultsStatus Status, SurveyResults? Results, DateTime? AvailableFrom)
{
    public static ResultsAnswer NotFound { get; } = new(ResultsStatus.NotFound, null, null);
}

/// <summary>
/// A survey's results after small-group suppression. Every count that is null is hidden and is
/// shown as <see cref="SuppressedLabel"/> ("färre än 5").
/// </summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="Threshold">Groups smaller than this are hidden.</param>
/// <param name="Respondents">Number of responses; null when fewer than <paramref name="Threshold"/>.</param>
/// <param name="BreakdownQuestionId">The background question results are broken down by, if any.</param>
/// <param name="SnapshotOn">Set when the answers are deleted and these results come from the snapshot taken then.</param>
/// <param name="Questions">The questions, in survey order.</param>
public sealed record SurveyResults(int SurveyId, int Threshold, int? Respondents, int? BreakdownQuestionId, DateOnly? SnapshotOn, IReadOnlyList<QuestionResult> Questions)
{
    /// <summary>What a hidden count reads as: "färre än 5".</summary>
    public string SuppressedLabel => $"färre än {Threshold}";
}

/// <summary>
/// One question's results. <paramref name="Overall"/> is null when fewer than the threshold
/// answered the question (the whole question is hidden then, free text too).
/// </summary>
/// <param name="QuestionId">The question.</param>
/// <param name="Order">Its place in the survey.</param>
/// <param name="Type">Its type.</param>
/// <param name="Text">The question as asked.</param>
/// <param name="IsBackground">A background question: its own counts are group sizes and are suppressed like groups.</param>
/// <param name="Answered">How many answered it; null when fewer than the threshold.</param>
/// <param name="Overall">Counts over everyone who answered.</param>
/// <param name="Groups">Per group of the breakdown question (empty without a breakdown, for the breakdown question itself and for free text).</param>
/// <param name="FreeTexts">Free-text answers, only when at least the threshold answered and the answers are not yet deleted; never per group.</param>
public sealed record QuestionResult(int QuestionId, int Order, QuestionType Type, string Text, bool IsBackground, int? Answered, Tally? Overall,
    IReadOnlyList<GroupTally> Groups, IReadOnlyList<string>? FreeTexts);

/// <summary>
/// Counts of one question among a set of respondents. Choice and scale: one row, a cell per
/// option or value. Matrix: a row per matrix row, a cell per value. Ranking: a row per item, a
/// cell per place (1 = first), <see cref="TallyRow.Mean"/> = mean place. Free text: no rows.
/// </summary>
public sealed record Tally(int Answered, IReadOnlyList<TallyRow> Rows);

/// <summary>A row of a tally (see <see cref="Tally"/>).</summary>
/// <param name="OptionId">Matrix row or ranking item; null for choice and scale.</param>
/// <param name="Label">The row's label (the question for choice and scale).</param>
/// <param name="Answered">How many gave a value in this row.</param>
/// <param name="Mean">Mean value (scale, matrix) or mean place (ranking); null for choices.</param>
/// <param name="Cells">The counts.</param>
public sealed record TallyRow(int? OptionId, string Label, int Answered, double? Mean, IReadOnlyList<TallyCell> Cells);

/// <summary>One count: an option's id or a scale value or a place in <paramref name="Key"/>; <paramref name="Count"/> null = hidden.</summary>
public sealed record TallyCell(int Key, string Label, int? Count);

/// <summary>
/// One group of a breakdown: the respondents who chose <paramref name="GroupOptionId"/> on the
/// background question (null: those who did not answer it). A hidden group has neither
/// <paramref name="Respondents"/> nor <paramref name="Tally"/>.
/// </summary>
public sealed record GroupTally(int? GroupOptionId, string Label, int? Respondents, Tally? Tally)
{
    /// <summary>True when the group is hidden (too small, or hidden to protect another small group).</summary>
    public bool Suppressed => Tally is null;
}
