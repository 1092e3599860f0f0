using Halsoportal.Dialog.Results;
using Halsoportal.Dialog.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Halsoportal.Dialog.Retention;

/// <summary>What one retention run deleted.</summary>
public sealed record RetentionReport(int Surveys, int FreeTextAnswers, int OtherAnswers, int Responses);

/// <summary>
/// Deletes the answers of surveys whose retention period (<see cref="Surveys.Survey.RetentionDays"/>
/// after close) has ended. Per survey, in two commits: first the results snapshot is written and
/// every free-text answer deleted (so the most personal data goes first even if the run stops
/// there), then the other answers, the responses, the idempotency keys and the invitation codes.
/// Receipts stay (they hold only the survey and let participants follow the återkoppling).
/// Deletes run with secure_delete and the WAL is checkpointed afterwards, so deleted text does
/// not linger in free pages or the log. Safe to run again after a crash; the web layer runs it
/// daily from a background service.
/// </summary>
public sealed partial class RetentionService(DialogDbContext db, ResultsService results, ILogger<RetentionService> logger)
{
    private const string ResponsesOf = """SELECT "Id" FROM "SurveyResponses" WHERE "SurveyId" = {0}""";

    /// <summary>PostgreSQL advisory lock held while a node runs retention (nodes sharing the database take turns).</summary>
    private const long RetentionLock = 7305;

    // Runs in one process take turns too: the demo seeder's run and the daily job's first run start together.
    private static readonly SemaphoreSlim Turn = new(1, 1);

    /// <summary>
    /// Deletes what is due at UTC moment <paramref name="now"/>. One run at a time, in this process and, on PostgreSQL,
    /// across every node: a run that waited finds the surveys the other run finished no longer due (two runs at once
    /// both wrote the same survey's results snapshot, and one failed on its key).
    /// </summary>
    public async Task<RetentionReport> RunAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        await Turn.WaitAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var locked = false;
        try
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock({0})", [RetentionLock], cancellationToken);
                locked = true;
            }

            return await RunInTurnAsync(now, cancellationToken);
        }
        finally
        {
            if (locked)
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock({0})", [RetentionLock], CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
            Turn.Release();
        }
    }

    private async Task<RetentionReport> RunInTurnAsync(DateTime now, CancellationToken cancellationToken)
    {
        var due = (await db.Surveys.AsNoTracking()
                .Where(s => s.AnswersDeletedOn == null)
                .Include(s => s.Questions).ThenInclude(q => q.Options)
                .AsSplitQuery()
                .ToListAsync(cancellationToken))
            .Where(s => s.RetentionEndsAt <= now)
            .ToList();
        if (due.Count == 0)
        {
            return new RetentionReport(0, 0, 0, 0);
        }

        var report = new RetentionReport(0, 0, 0, 0);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete=ON;", cancellationToken);
            }

            foreach (var survey in due)
            {
                var (freeText, other, responses) = await PurgeAsync(survey, now, cancellationToken);
                LogPurged(survey.Id, freeText, other, responses);
                report = new RetentionReport(report.Surveys + 1, report.FreeTextAnswers + freeText, report.OtherAnswers + other, report.Responses + responses);
            }

            if (db.Database.IsSqlite())
            {
                await CheckpointAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        if (db.Database.IsNpgsql())
        {
            // PostgreSQL has no secure_delete: deleted rows stay as dead tuples until vacuumed. Vacuum
            // the purged tables now (outside any transaction) rather than whenever autovacuum comes by.
            await db.Database.ExecuteSqlRawAsync("""VACUUM "SurveyAnswers", "SurveyResponses", "SurveyIdempotencyKeys", "InvitationCodes" """, cancellationToken);
        }

        return report;
    }

    private async Task<(int FreeText, int Other, int Responses)> PurgeAsync(Surveys.Survey survey, DateTime now, CancellationToken cancellationToken)
    {
        int freeText;
        await using (var first = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (!await db.ResultSnapshots.AnyAsync(s => s.SurveyId == survey.Id, cancellationToken))
            {
                db.ResultSnapshots.Add(new ResultSnapshot
                {
                    SurveyId = survey.Id,
                    CreatedOn = SwedishTime.DateOf(now),
                    Json = await results.CreateSnapshotJsonAsync(survey, cancellationToken),
                });
                await db.SaveChangesAsync(cancellationToken);
            }

            freeText = await db.Database.ExecuteSqlRawAsync(
                """DELETE FROM "SurveyAnswers" WHERE "Text" IS NOT NULL AND "ResponseId" IN (""" + ResponsesOf + ")", [survey.Id], cancellationToken);
            await first.CommitAsync(cancellationToken);
        }

        await using var second = await db.Database.BeginTransactionAsync(cancellationToken);
        var other = await db.Database.ExecuteSqlRawAsync("""DELETE FROM "SurveyAnswers" WHERE "ResponseId" IN (""" + ResponsesOf + ")", [survey.Id], cancellationToken);
        var responses = await db.Database.ExecuteSqlRawAsync("""DELETE FROM "SurveyResponses" WHERE "SurveyId" = {0}""", [survey.Id], cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "SurveyIdempotencyKeys" WHERE "SurveyId" = {0}""", [survey.Id], cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "InvitationCodes" WHERE "SurveyId" = {0}""", [survey.Id], cancellationToken);
        await db.Surveys.Where(s => s.Id == survey.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.AnswersDeletedOn, SwedishTime.DateOf(now)), cancellationToken);
        await second.CommitAsync(cancellationToken);
        return (freeText, other, responses);
    }

    /// <summary>Copies the log into the file and empties it, so deleted rows survive in neither.</summary>
    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA secure_delete; PRAGMA wal_checkpoint(TRUNCATE);";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.GetInt64(0) != 1)
        {
            throw new InvalidOperationException("SQLite secure_delete is off on the retention connection; deleted answers would stay in free pages.");
        }

        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var busy = reader.GetInt64(0);
        if (busy != 0)
        {
            LogCheckpointBusy();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dialog retention: the WAL checkpoint was blocked by a reader; deleted answers stay in the log file until the next checkpoint")]
    private partial void LogCheckpointBusy();

    [LoggerMessage(Level = LogLevel.Information, Message = "Dialog retention: survey {SurveyId}: deleted {FreeText} free-text answers, {Other} other answers and {Responses} responses; results kept as a snapshot")]
    private partial void LogPurged(int surveyId, int freeText, int other, int responses);
}
