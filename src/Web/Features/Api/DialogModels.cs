using System.ComponentModel;
using Halsoportal.Content;
using Halsoportal.Content.Kommuner;
using Halsoportal.Dialog.Results;
using Halsoportal.Dialog.Surveys;
using Halsoportal.Web.Features.Dialog;

namespace Halsoportal.Web.Features.Api;

/// <summary>A public medborgardialog: why, who may answer, when, where it stands and what came of it.</summary>
public sealed record DialogDto(
    int Id,
    string Slug,
    string Title,
    [property: Description("Varför kommunen frågar / why the municipality asks")] string Purpose,
    IReadOnlyList<MunicipalityDto> Municipalities,
    [property: Description("open (alla får svara) eller invitation (med inbjudningskod) / anyone, or with an invitation code")] string Participation,
    [property: Description("Vem som får svara, som på dialogens sida / who may answer, in Swedish")] string WhoMayAnswer,
    DateTimeOffset OpensAt,
    [property: Description("Svar tas emot till (inte med) denna tidpunkt / answers are accepted until, not at, this instant")] DateTimeOffset ClosesAt,
    [property: Description("open, analysing, decided eller done")] string Stage,
    [property: Description("Skedet på svenska / the stage in Swedish")] string StageName,
    [property: Description("Återkoppling: vad som hänt sedan / what happened next")] IReadOnlyList<TimelineEntryDto> Timeline,
    [property: Description("Sökväg till dialogens sida / path of the dialog's page")] string Url,
    [property: Description("När resultaten publiceras eller publicerades / when the results are (or were) published")] DateTimeOffset ResultsFrom,
    [property: Description("Sökväg till resultatsidan; null tills resultaten är publicerade / path of the results page; null until published")] string? ResultsUrl,
    [property: Description("Resultaten som JSON; null tills de är publicerade / the results in this API; null until published")] string? ResultsApiUrl)
{
    /// <summary>The API's stage values and the stages they stand for.</summary>
    public static IReadOnlyDictionary<string, SurveyStage> Stages { get; } = new Dictionary<string, SurveyStage>(StringComparer.Ordinal)
    {
        ["open"] = SurveyStage.Open,
        ["analysing"] = SurveyStage.Analysing,
        ["decided"] = SurveyStage.Decided,
        ["done"] = SurveyStage.Implemented,
    };

    /// <summary>The DTO of a public survey at <paramref name="now"/> (UTC); <paramref name="kommuner"/> maps SCB codes to kommuner.</summary>
    public static DialogDto From(Survey survey, DateTime now, IReadOnlyDictionary<string, KommunRef> kommuner)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(kommuner);
        var places = survey.Kommuner.Select(k => kommuner.GetValueOrDefault(k.KommunCode)).OfType<KommunRef>().ToList();
        var path = places.Count == 0 ? $"/dialog/{survey.Slug}" : $"/{places[0].Slug}/dialog/{survey.Slug}";
        var stage = DialogStage.Of(survey, now);
        var published = DialogStage.ResultsPublished(survey, now);
        return new DialogDto(
            survey.Id,
            survey.Slug,
            survey.Title,
            survey.Purpose,
            [.. places.Select(MunicipalityDto.From)],
            survey.Mode == ParticipationMode.Open ? "open" : "invitation",
            DialogStage.WhoMayAnswer(survey),
            Swedish(survey.OpensAt),
            Swedish(survey.ClosesAt),
            Stages.First(s => s.Value == stage).Key,
            DialogStage.Name(stage),
            [.. survey.Timeline.OrderBy(t => t.Date).ThenBy(t => t.Id).Select(t => new TimelineEntryDto(
                Stages.First(s => s.Value == t.Stage).Key, t.Date, t.Title, t.Text, t.DecisionUrl))],
            path,
            Swedish(DialogStage.ResultsFrom(survey)),
            published ? $"{path}/resultat" : null,
            published ? $"/api/v1/dialogs/{survey.Id}/results" : null);
    }

    /// <summary>A UTC moment as an instant with the Swedish offset of that moment.</summary>
    public static DateTimeOffset Swedish(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), SwedishText.TimeZone);
}

/// <summary>One dated step of the återkoppling (öppen → analyseras → beslut → genomfört).</summary>
public sealed record TimelineEntryDto(
    [property: Description("open, analysing, decided eller done")] string Stage,
    DateOnly Date,
    string Title,
    string Text,
    [property: Description("Länk till beslutet / link to the decision")] string? DecisionUrl);

/// <summary>
/// A dialog's published results after small-group suppression, exactly as the site's results page shows them:
/// every null count is hidden because the group is smaller than <see cref="Threshold"/> (or hiding it protects one).
/// </summary>
public sealed record DialogResultsDto(
    int DialogId,
    [property: Description("Grupper med färre svarande än så visas inte / groups with fewer respondents are hidden")] int Threshold,
    [property: Description("Antal svarande; null när färre än tröskeln / respondents; null when fewer than the threshold")] int? Respondents,
    [property: Description("Bakgrundsfrågan resultaten delas upp efter / the background question the results are broken down by")] int? BreakdownQuestionId,
    [property: Description("Satt när de enskilda svaren har raderats och resultaten kommer från sammanställningen / set when the answers are deleted")] DateOnly? SnapshotOn,
    IReadOnlyList<QuestionResultDto> Questions)
{
    public static DialogResultsDto From(SurveyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new(results.SurveyId, results.Threshold, results.Respondents, results.BreakdownQuestionId, results.SnapshotOn,
            [.. results.Questions.Select(QuestionResultDto.From)]);
    }
}

/// <summary>One published question's results; <see cref="Overall"/> is null when fewer than the threshold answered it.</summary>
public sealed record QuestionResultDto(
    int QuestionId,
    int Order,
    [property: Description("singleChoice, multipleChoice, scale, matrix, ranking eller freeText")] string Type,
    string Text,
    bool IsBackground,
    int? Answered,
    TallyDto? Overall,
    [property: Description("Per grupp i uppdelningen / per group of the breakdown")] IReadOnlyList<GroupTallyDto> Groups,
    [property: Description("Fritextsvar när webbplatsen visar dem, aldrig per grupp / free-text answers when the site shows them, never per group")] IReadOnlyList<string>? FreeTexts)
{
    public static QuestionResultDto From(QuestionResult question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new(question.QuestionId, question.Order, TypeName(question.Type), question.Text, question.IsBackground, question.Answered,
            TallyDto.From(question.Overall), [.. question.Groups.Select(g => new GroupTallyDto(g.GroupOptionId, g.Label, g.Respondents, TallyDto.From(g.Tally)))],
            question.FreeTexts);
    }

    private static string TypeName(QuestionType type)
    {
        var name = type.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name[1..]);
    }
}

/// <summary>
/// Counts among a set of respondents. Choice and scale: one row, a cell per option or value. Matrix: a row per
/// statement. Ranking: a row per item, a cell per place, mean = mean place. Free text: no rows.
/// </summary>
public sealed record TallyDto(int Answered, IReadOnlyList<TallyRowDto> Rows)
{
    public static TallyDto? From(Tally? tally) =>
        tally is null ? null : new(tally.Answered, [.. tally.Rows.Select(r => new TallyRowDto(r.OptionId, r.Label, r.Answered, r.Mean,
            [.. r.Cells.Select(c => new TallyCellDto(c.Key, c.Label, c.Count))]))]);
}

/// <summary>One row of a tally.</summary>
public sealed record TallyRowDto(int? OptionId, string Label, int Answered, double? Mean, IReadOnlyList<TallyCellDto> Cells);

/// <summary>One count; null = hidden.</summary>
public sealed record TallyCellDto([property: Description("Alternativets id, skalvärdet eller platsen / option id, scale value or place")] int Key, string Label, int? Count);

/// <summary>One group of a breakdown; a hidden group has neither respondents nor tally.</summary>
public sealed record GroupTallyDto(
    [property: Description("Alternativet i bakgrundsfrågan; null = har inte svarat / the background option; null = did not answer it")] int? GroupOptionId,
    string Label,
    int? Respondents,
    TallyDto? Tally);
