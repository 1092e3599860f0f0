namespace Halsoportal.Dialog.Retention;

/// <summary>
/// The aggregated results of a survey, frozen (as JSON, already suppressed, without free text)
/// when its answers were deleted: results stay readable after retention.
/// </summary>
public sealed class ResultSnapshot
{
    public int SurveyId { get; set; }

    public DateOnly CreatedOn { get; set; }

    public string Json { get; set; } = "";
}
