using System.Globalization;
using System.Text.Json;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Dialog.Results;

/// <summary>
/// Results with small-group suppression (<see cref="SmallGroups"/>): counts per option, scale and
/// matrix distributions with means, ranking places, breakdowns by a background question, free
/// text only when enough answered. After retention the results come from the snapshot.
/// </summary>
public sealed class ResultsService(DialogDbContext db, TimeProvider time)
{
    /// <summary>What editors see: every question; after close, or while open when the survey has live results.</summary>
    public async Task<ResultsAnswer> GetForEditorAsync(int surveyId, int? breakdownQuestionId, CancellationToken cancellationToken)
    {
        var survey = await LoadSurveyAsync(surveyId, cancellationToken);
        if (survey is null)
        {
            return ResultsAnswer.NotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (now < survey.ClosesAt && !survey.LiveResults)
        {
            return new ResultsAnswer(ResultsStatus.NotYetAvailable, null, survey.ClosesAt);
        }

        return await GetAsync(survey, breakdownQuestionId, _ => true, cancellationToken);
    }

    /// <summary>The public results page: published questions only, from the publication date (default: close).</summary>
    public async Task<ResultsAnswer> GetPublicAsync(int surveyId, int? breakdownQuestionId, CancellationToken cancellationToken)
    {
        var survey = await LoadSurveyAsync(surveyId, cancellationToken);
        if (survey is null)
        {
            return ResultsAnswer.NotFound;
        }

        var from = survey.ResultsPublishedFrom is { } published && published > survey.ClosesAt ? published : survey.ClosesAt;
        if (time.GetUtcNow().UtcDateTime < from)
        {
            return new ResultsAnswer(ResultsStatus.NotYetAvailable, null, from);
        }

        return await GetAsync(survey, breakdownQuestionId, q => q.PublishedInResults, cancellationToken);
    }

    /// <summary>The frozen results kept when answers are deleted: every question and every background breakdown, no free text.</summary>
    internal async Task<string> CreateSnapshotJsonAsync(Survey survey, CancellationToken cancellationToken)
    {
        var (respondents, answers) = await LoadAnswersAsync(survey.Id, cancellationToken);
        var snapshot = new Snapshot(
            Compute(survey, respondents, answers, null, includeFreeTexts: false, _ => true),
            survey.Questions.Where(q => q.IsBackground).ToDictionary(
                q => q.Id,
                q => Compute(survey, respondents, answers, q.Id, includeFreeTexts: false, _ => true)));
        return JsonSerializer.Serialize(snapshot);
    }

    /// <summary>Computes suppressed results from stored answers. Pure; the rule is in <see cref="SmallGroups"/>.</summary>
    internal static SurveyResults Compute(Survey survey, int respondents, IReadOnlyList<StoredAnswer> answers, int? breakdownQuestionId, bool includeFreeTexts, Func<Question, bool> include)
    {
        var threshold = survey.SuppressionThreshold;
        var byQuestion = answers.GroupBy(a => a.QuestionId).ToDictionary(g => g.Key, g => g.ToList());
        var breakdown = breakdownQuestionId is { } bid ? survey.Questions.First(q => q.Id == bid) : null;
        var groupOf = breakdown is null ? null : byQuestion.GetValueOrDefault(breakdown.Id, []).ToDictionary(a => a.ResponseId, a => a.OptionId);

        var results = new List<QuestionResult>();
        foreach (var question in survey.Questions.OrderBy(q => q.Order).Where(include))
        {
            var rows = byQuestion.GetValueOrDefault(question.Id, []);
            var answered = rows.Select(a => a.ResponseId).Distinct().Count();
            if (answered < threshold)
            {
                results.Add(new QuestionResult(question.Id, question.Order, question.Type, question.Text, question.IsBackground, null, null, [], null));
                continue;
            }

            var overall = Count(question, rows);
            if (question.IsBackground)
            {
                overall = SuppressBackground(overall, threshold);
            }

            var groups = breakdown is null || question.Id == breakdown.Id || question.Type == QuestionType.FreeText
                ? []
                : Groups(question, breakdown, rows, groupOf!, threshold);
            var texts = includeFreeTexts && question.Type == QuestionType.FreeText ? rows.Select(a => a.Text!).ToList() : null;
            results.Add(new QuestionResult(question.Id, question.Order, question.Type, question.Text, question.IsBackground, answered, overall, groups, texts));
        }

        return new SurveyResults(survey.Id, threshold, respondents < threshold ? null : respondents, breakdown?.Id, null, results);
    }

    private async Task<ResultsAnswer> GetAsync(Survey survey, int? breakdownQuestionId, Func<Question, bool> include, CancellationToken cancellationToken)
    {
        if (breakdownQuestionId is { } bid && !survey.Questions.Any(q => q.Id == bid && q.IsBackground && include(q)))
        {
            return new ResultsAnswer(ResultsStatus.UnknownBreakdown, null, null);
        }

        if (survey.AnswersDeletedOn is { } deletedOn)
        {
            var json = await db.ResultSnapshots.Where(s => s.SurveyId == survey.Id).Select(s => s.Json).FirstOrDefaultAsync(cancellationToken);
            var snapshot = json is null ? null : JsonSerializer.Deserialize<Snapshot>(json);
            var frozen = snapshot is null ? null : breakdownQuestionId is { } b ? snapshot.ByBackground.GetValueOrDefault(b) : snapshot.Overall;
            if (frozen is null)
            {
                return ResultsAnswer.NotFound;
            }

            var questionIds = survey.Questions.Where(include).Select(q => q.Id).ToHashSet();
            return new ResultsAnswer(ResultsStatus.Available, frozen with
            {
                SnapshotOn = deletedOn,
                Questions = [.. frozen.Questions.Where(q => questionIds.Contains(q.QuestionId))],
            }, null);
        }

        var (respondents, answers) = await LoadAnswersAsync(survey.Id, cancellationToken);
        return new ResultsAnswer(ResultsStatus.Available, Compute(survey, respondents, answers, breakdownQuestionId, includeFreeTexts: true, include), null);
    }

    private Task<Survey?> LoadSurveyAsync(int surveyId, CancellationToken cancellationToken) =>
        db.Surveys.AsNoTracking()
            .Include(s => s.Questions).ThenInclude(q => q.Options.OrderBy(o => o.Order))
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken);

    private async Task<(int Respondents, List<StoredAnswer> Answers)> LoadAnswersAsync(int surveyId, CancellationToken cancellationToken)
    {
        var respondents = await db.Responses.CountAsync(r => r.SurveyId == surveyId, cancellationToken);
        var answers = await db.Answers
            .Where(a => db.Responses.Any(r => r.Id == a.ResponseId && r.SurveyId == surveyId))
            .Select(a => new StoredAnswer(a.ResponseId, a.QuestionId, a.OptionId, a.Value, a.Text))
            .ToListAsync(cancellationToken);
        return (respondents, answers);
    }

    private static List<GroupTally> Groups(Question question, Question breakdown, List<StoredAnswer> rows, Dictionary<long, int?> groupOf, int threshold)
    {
        var groups = breakdown.Options.OrderBy(o => o.Order).Select(o => ((int?)o.Id, o.Text)).ToList();
        // Those who skipped the background question form a group of their own, listed whenever
        // skipping was possible (decided by the survey, not by the data, so it tells nothing).
        if (!breakdown.Required || breakdown.ShowWhenQuestionId is not null)
        {
            groups.Add((null, "Har inte svarat"));
        }

        var members = groups.Select(g => rows.Where(a => groupOf.GetValueOrDefault(a.ResponseId) == g.Item1).ToList()).ToList();
        var sizes = members.Select(m => m.Select(a => a.ResponseId).Distinct().Count()).ToList();
        var hidden = SmallGroups.Suppressed(sizes, threshold);
        return [.. groups.Select((g, i) => hidden.Contains(i)
            ? new GroupTally(g.Item1, g.Text, null, null)
            : new GroupTally(g.Item1, g.Text, sizes[i], Count(question, members[i])))];
    }

    /// <summary>A background question's own counts are group sizes: the same rule hides the small ones.</summary>
    private static Tally SuppressBackground(Tally tally, int threshold)
    {
        var row = tally.Rows[0];
        var hidden = SmallGroups.Suppressed([.. row.Cells.Select(c => c.Count ?? 0)], threshold);
        return tally with { Rows = [row with { Cells = [.. row.Cells.Select((c, i) => hidden.Contains(i) ? c with { Count = null } : c)] }] };
    }

    private static Tally Count(Question question, List<StoredAnswer> rows)
    {
        var answered = rows.Select(a => a.ResponseId).Distinct().Count();
        var options = question.Options.OrderBy(o => o.Order).ToList();
        switch (question.Type)
        {
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                return new Tally(answered, [new TallyRow(null, question.Text, answered, null,
                    [.. options.Select(o => new TallyCell(o.Id, o.Text, rows.Count(a => a.OptionId == o.Id)))])]);
            case QuestionType.Scale:
                return new Tally(answered, [ScaleRow(question, null, question.Text, rows)]);
            case QuestionType.Matrix:
                return new Tally(answered, [.. options.Select(o => ScaleRow(question, o.Id, o.Text, [.. rows.Where(a => a.OptionId == o.Id)]))]);
            case QuestionType.Ranking:
                return new Tally(answered, [.. options.Select(o =>
                {
                    var places = rows.Where(a => a.OptionId == o.Id && a.Value is not null).Select(a => a.Value!.Value).ToList();
                    return new TallyRow(o.Id, o.Text, places.Count, places.Count == 0 ? null : places.Average(),
                        [.. Enumerable.Range(1, options.Count).Select(p => new TallyCell(p, $"Plats {p}", places.Count(x => x == p)))]);
                })]);
            default:
                return new Tally(answered, []);
        }
    }

    private static TallyRow ScaleRow(Question question, int? optionId, string label, List<StoredAnswer> rows)
    {
        var min = question.ScaleMin ?? 1;
        var max = question.ScaleMax ?? min;
        var values = rows.Where(a => a.Value is not null).Select(a => a.Value!.Value).ToList();
        return new TallyRow(optionId, label, values.Count, values.Count == 0 ? null : values.Average(),
            [.. Enumerable.Range(min, max - min + 1).Select(v => new TallyCell(v, ScaleLabel(question, v), values.Count(x => x == v)))]);
    }

    internal static string ScaleLabel(Question question, int value)
    {
        var number = value.ToString(CultureInfo.InvariantCulture);
        return value == question.ScaleMin ? $"{number} {question.ScaleMinLabel}".TrimEnd()
            : value == question.ScaleMax ? $"{number} {question.ScaleMaxLabel}".TrimEnd()
            : number;
    }

    /// <summary>What a snapshot holds.</summary>
    internal sealed record Snapshot(SurveyResults Overall, Dictionary<int, SurveyResults> ByBackground);
}

/// <summary>An answer row as results read it.</summary>
internal sealed record StoredAnswer(long ResponseId, int QuestionId, int? OptionId, int? Value, string? Text);
