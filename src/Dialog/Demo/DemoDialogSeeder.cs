using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Invitations;
using Halsoportal.Dialog.Retention;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Submissions;
using Halsoportal.Dialog.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Halsoportal.Dialog.Demo;

/// <summary>
/// Fills an empty dialog store with demo medborgardialoger in Västernorrland and Jönköpings län:
/// one of every state (upcoming, open with and without invitation codes, analysing, decided,
/// implemented, answers deleted by retention), each with a dated återkoppling timeline and
/// generated answers. Dates are relative to the moment given, so the states are right whenever
/// the site starts. The answers are made deterministically from a seed per survey, validated by
/// <see cref="AnswerValidator"/> and written with the engine's own SQL (<see cref="SubmissionSql"/>):
/// random row keys, the Swedish date only, receipts and idempotency keys as hashes, invitation
/// codes burned in the same transaction — exactly what real submissions leave behind.
/// </summary>
public sealed partial class DemoDialogSeeder(
    DialogDbContext db,
    SurveyService surveys,
    InvitationCodeService invitations,
    RetentionService retention,
    IdempotencyKeys keys,
    ILogger<DemoDialogSeeder> logger)
{
    /// <summary>
    /// Seeds the demo surveys when the store has no survey at all, and returns how many it made
    /// (0 when there were surveys already). Everything is written in one transaction that takes
    /// the write lock before it looks: of two processes starting at once, the second waits, then
    /// finds the surveys and seeds nothing. After the commit the retention job runs once, so the
    /// survey whose retention period has passed shows results from its snapshot at once.
    /// </summary>
    public async Task<int> SeedAsync(DateTime nowUtc, CancellationToken ct)
    {
        // The common case (a store in use) without taking the write lock.
        if (await db.Surveys.AnyAsync(ct))
        {
            return 0;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var demo = DemoSurveys.All(nowUtc);
        var responses = 0;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            using var sql = new SubmissionSql(connection, ownsConnection: false);

            // SQLite: BEGIN IMMEDIATE, the write lock before the check, so the check and the seeding are one step.
            // PostgreSQL: a transaction-scoped advisory lock does the same for nodes starting at once.
            await using var transaction = sql.Begin();
            await db.Database.UseTransactionAsync(transaction, ct);
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(20261123)", ct);
            }

            if (await db.Surveys.AnyAsync(ct))
            {
                await transaction.RollbackAsync(ct);
                return 0;
            }

            var state = new BatchState();
            foreach (var item in demo)
            {
                responses += await CreateAsync(item, nowUtc, sql, transaction, state, ct);
            }

            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.UseTransactionAsync(null, ct);
            await db.Database.CloseConnectionAsync();
            db.ChangeTracker.Clear();
        }

        var report = await retention.RunAsync(nowUtc, ct);
        var elapsed = (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogSeeded(demo.Count, responses, report.Surveys, elapsed);
        return demo.Count;
    }

    private async Task<int> CreateAsync(DemoSurvey item, DateTime nowUtc, SubmissionSql sql, System.Data.Common.DbTransaction transaction, BatchState state, CancellationToken ct)
    {
        var created = await surveys.CreateAsync(item.Survey, ct);
        var surveyId = Done(created, item.Survey.Slug);
        foreach (var entry in item.Timeline)
        {
            Done(await surveys.AddStatusEntryAsync(surveyId, entry, ct), item.Survey.Slug);
        }

        if (item.Translations.Count > 0)
        {
            db.TranslationTexts.AddRange(item.Translations.SelectMany(t => t.Rows(item.Survey)));
            await db.SaveChangesAsync(ct);
        }

        if (item.Responses == 0)
        {
            return 0;
        }

        // The saved object has every id and condition filled in by EF (reading it back costs more than the answers).
        var survey = item.Survey;
        var plans = item.Plans.ToDictionary(p => p.Key.Id, p => p.Value);
        if (survey.Questions.FirstOrDefault(q => !plans.ContainsKey(q.Id)) is { } unplanned)
        {
            throw new InvalidOperationException($"Demo survey {survey.Slug}: question {unplanned.Order} has no answer plan.");
        }

        var random = new Random(item.Seed);
        var codes = await InvitationCodesAsync(item, survey, random, ct);
        var ages = Groups(survey, BackgroundQuestion(survey, plans, isAge: true), item.AgeShares, item.Responses, random);
        var areas = Groups(survey, BackgroundQuestion(survey, plans, isAge: false), item.AreaShares, item.Responses, random);
        var end = survey.ClosesAt < nowUtc ? survey.ClosesAt : nowUtc;
        for (var i = 0; i < item.Responses; i++)
        {
            var person = new DemoPerson(ages[i], areas[i], DemoAnswerGenerator.Leaning(random));
            var answers = DemoAnswerGenerator.Answer(survey, plans, person, random);
            var moment = DemoAnswerGenerator.MomentBetween(survey.OpensAt, end, random);
            var validation = AnswerValidator.Validate(survey, answers, moment);
            if (!validation.IsValid)
            {
                throw new InvalidOperationException($"Demo survey {survey.Slug}: a generated response is invalid: "
                    + string.Join(" ", validation.Errors.Select(e => $"{e.Field}: {e.Message}")));
            }

            var codeHash = codes is null ? null : Codes.InvitationHash(survey.Id, Codes.Normalize(codes[i])!);
            var submission = new PreparedSubmission(survey.Id, keys.Create(survey.Id), codeHash, SwedishTime.DateOf(moment), validation.Rows);
            var outcome = sql.Write(transaction, submission, state);
            if (outcome.Status != SubmissionStatus.Accepted)
            {
                throw new InvalidOperationException($"Demo survey {survey.Slug}: a generated response was not accepted ({outcome.Status}).");
            }
        }

        return item.Responses;
    }

    /// <summary>The invitation codes, one per response in a random order (the rest stay unused); null for open surveys.</summary>
    private async Task<string[]?> InvitationCodesAsync(DemoSurvey item, Survey survey, Random random, CancellationToken ct)
    {
        if (survey.Mode != ParticipationMode.Invitation)
        {
            return null;
        }

        var batch = await invitations.CreateBatchAsync(survey.Id, item.InvitationCodes, item.InvitationLabel, ct);
        if (batch.Status != SurveyCommandStatus.Done || batch.Codes.Count < item.Responses)
        {
            throw new InvalidOperationException($"Demo survey {survey.Slug}: the invitation codes could not be made: "
                + string.Join(" ", batch.Errors.Select(e => e.Message)));
        }

        // The letters went out a week before the survey opened.
        var printedOn = SwedishTime.DateOf(survey.OpensAt).AddDays(-7);
        await db.InvitationBatches.Where(b => b.Id == batch.BatchId).ExecuteUpdateAsync(u => u.SetProperty(b => b.CreatedOn, printedOn), ct);
        var codes = batch.Codes.ToArray();
        random.Shuffle(codes);
        return codes[..item.Responses];
    }

    private static Question? BackgroundQuestion(Survey survey, Dictionary<int, AnswerPlan> plans, bool isAge) =>
        survey.Questions.FirstOrDefault(q => plans[q.Id] is BackgroundPlan plan && plan.IsAge == isAge);

    /// <summary>Each person's group on a background question: exact sizes from the shares (a last share for "skipped" when optional).</summary>
    private static int[] Groups(Survey survey, Question? question, double[] shares, int count, Random random)
    {
        if (question is null)
        {
            return [.. Enumerable.Repeat(-1, count)];
        }

        var optional = !question.Required;
        if (shares.Length != question.Options.Count + (optional ? 1 : 0))
        {
            throw new InvalidOperationException($"Demo survey {survey.Slug}: {shares.Length} shares for background question {question.Order} "
                + $"with {question.Options.Count} options{(optional ? " and a share for those who skip it" : "")}.");
        }

        return DemoAnswerGenerator.Allocate(shares, count, optional, random);
    }

    private static int Done(SurveyCommandResult result, string slug) =>
        result.Status == SurveyCommandStatus.Done
            ? result.SurveyId!.Value
            : throw new InvalidOperationException($"Demo survey {slug} is not valid: " + string.Join(" ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));

    [LoggerMessage(Level = LogLevel.Information, Message = "Dialog demo: seeded {Surveys} demo surveys with {Responses} generated responses; retention deleted the answers of {Purged} of them; {Milliseconds} ms")]
    private partial void LogSeeded(int surveys, int responses, int purged, long milliseconds);
}
