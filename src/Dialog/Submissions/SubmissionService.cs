using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;
using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Surveys;
using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Halsoportal.Dialog.Submissions;

/// <summary>
/// The "nothing lost" submission engine. Callers validate and enqueue on their own thread; one
/// writer thread drains the queue and commits up to <see cref="DialogOptions.MaxBatchSize"/>
/// submissions in one transaction (SQLite: WAL, synchronous=FULL; PostgreSQL: synchronous_commit=on), and only after the commit
/// returns does it complete each caller. One fsync thus acknowledges a whole batch: that is how
/// SQLite reaches thousands of durable submissions a second. Thread-safe; a singleton.
/// </summary>
/// <remarks>
/// Guarantees: Accepted and Duplicate are only ever returned for a committed submission; a
/// database error gives Unavailable, never a receipt. One item's expected failure (a duplicate
/// key, a code burned earlier in the same batch) never fails the others. When a batch's
/// transaction fails as a whole, its items are retried one transaction each, so each gets its
/// true outcome. <see cref="StopAsync"/> commits everything already queued before it returns.
/// </remarks>
public sealed partial class SubmissionService : IAsyncDisposable
{
    private readonly DialogStore _store;
    private readonly SurveyCatalog _catalog;
    private readonly IdempotencyKeys _keys;
    private readonly TimeProvider _time;
    private readonly DialogOptions _options;
    private readonly ILogger<SubmissionService> _logger;
    private readonly Channel<PreparedSubmission> _queue;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _startLock = new();
    private Thread? _writer;
    private SubmissionSql? _sql;
    private long _batches;
    private long _batchedItems;
    private long _commitTicks;

    public SubmissionService(DialogStore store, SurveyCatalog catalog, IdempotencyKeys keys, TimeProvider time, IOptions<DialogOptions> options, ILogger<SubmissionService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _catalog = catalog;
        _keys = keys;
        _time = time;
        _options = options.Value;
        _logger = logger;
        _queue = Channel.CreateBounded<PreparedSubmission>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>
    /// Validates and durably stores one participant's answers. Returns once the outcome is
    /// final: Accepted (committed), Duplicate (this key was committed before: the same receipt),
    /// Invalid (nothing stored) or Unavailable (the store failed).
    /// </summary>
    /// <param name="surveyId">The survey answered.</param>
    /// <param name="idempotencyKey">The key the form was rendered with (<see cref="IdempotencyKeys.Create"/>).</param>
    /// <param name="answers">Question id → answer.</param>
    /// <param name="invitationCode">The code as typed, for surveys with invitation codes.</param>
    /// <param name="cancellationToken">Stops waiting; the submission may still be committed (a resubmit then gets Duplicate).</param>
    public async Task<SubmissionResult> SubmitAsync(int surveyId, string idempotencyKey, IReadOnlyDictionary<int, AnswerInput> answers,
        string? invitationCode = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (!_keys.IsValid(surveyId, idempotencyKey))
        {
            LogTamperedKey(surveyId);
            return SubmissionResult.Invalid(AnswerValidator.TamperedKey);
        }

        Survey? survey;
        try
        {
            survey = await _catalog.GetAsync(surveyId, cancellationToken);
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            LogReadFailed(ex);
            return SubmissionResult.Unavailable;
        }

        if (survey is null)
        {
            return SubmissionResult.Invalid(AnswerValidator.UnknownSurvey);
        }

        var validation = AnswerValidator.Validate(survey, answers, _time.GetUtcNow().UtcDateTime);
        var errors = validation.Errors.ToList();
        byte[]? codeHash = null;
        if (survey.Mode == ParticipationMode.Invitation && validation.IsValid)
        {
            var code = Codes.Normalize(invitationCode);
            var state = string.IsNullOrWhiteSpace(invitationCode) ? InvitationCodeState.Missing : code is null ? InvitationCodeState.Malformed : InvitationCodeState.Valid;
            if (AnswerValidator.InvitationError(state) is { } error)
            {
                errors.Add(error);
            }
            else
            {
                codeHash = Codes.InvitationHash(surveyId, code!);
            }
        }

        if (errors.Count > 0)
        {
            // A resubmit of an answer already received gets its receipt, even if the survey closed since.
            return FindEarlier(surveyId, idempotencyKey) is { } receipt ? SubmissionResult.Duplicate(receipt) : SubmissionResult.Invalid(errors);
        }

        var item = new PreparedSubmission(surveyId, idempotencyKey, codeHash, SwedishTime.Today(_time), validation.Rows);
        EnsureStarted();
        try
        {
            if (!_queue.Writer.TryWrite(item))
            {
                await _queue.Writer.WriteAsync(item, cancellationToken);
            }
        }
        catch (ChannelClosedException)
        {
            return SubmissionResult.Unavailable;
        }

        return await item.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Takes no more submissions, commits those already queued, and stops the writer.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        lock (_startLock)
        {
            if (_writer is null)
            {
                _stopped.TrySetResult();
            }
        }

        await _stopped.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);

    /// <summary>Transactions committed by the writer and the submissions in them (for the benchmark's mean batch size).</summary>
    internal (long Batches, long Items, TimeSpan Busy) CommitStatistics =>
        (Interlocked.Read(ref _batches), Interlocked.Read(ref _batchedItems), System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _commitTicks)));

    private void EnsureStarted()
    {
        if (_writer is not null)
        {
            return;
        }

        lock (_startLock)
        {
            if (_writer is not null || _stopped.Task.IsCompleted)
            {
                return;
            }

            _writer = new Thread(WriteLoop) { IsBackground = true, Name = "dialog-submission-writer" };
            _writer.Start();
        }
    }

    private string? FindEarlier(int surveyId, string key)
    {
        try
        {
            using var sql = new SubmissionSql(SubmissionSql.Open(_store));
            return sql.FindReceipt(null, surveyId, key, IdempotencyKeys.Hash(key));
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            LogReadFailed(ex);
            return null;
        }
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "The writer thread must outlive any failure; every caller still gets an outcome.")]
    private void WriteLoop()
    {
        var reader = _queue.Reader;
        var batch = new List<PreparedSubmission>(_options.MaxBatchSize);
        try
        {
            // Blocking is fine here: this is the writer's own thread, and SQLite calls are synchronous anyway.
            while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                Drain(reader, batch);
                if (_options.BatchLingerMilliseconds > 0 && batch.Count < _options.MaxBatchSize)
                {
                    Thread.Sleep(_options.BatchLingerMilliseconds);
                    Drain(reader, batch);
                }

                try
                {
                    CommitBatch(batch);
                }
                catch (Exception ex)
                {
                    // CommitBatch completes every item itself; this is the last line for a bug in it.
                    LogWriterFault(ex);
                    foreach (var item in batch)
                    {
                        item.Completion.TrySetResult(SubmissionResult.Unavailable);
                    }
                }

                batch.Clear();
            }
        }
        finally
        {
            _sql?.Dispose();
            _sql = null;
            _stopped.TrySetResult();
        }
    }

    private void Drain(ChannelReader<PreparedSubmission> reader, List<PreparedSubmission> batch)
    {
        while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var item))
        {
            batch.Add(item);
        }
    }

    private void CommitBatch(List<PreparedSubmission> batch)
    {
        if (TryCommit(batch, out var outcomes, out var failure))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Completion.TrySetResult(outcomes[i]);
            }

            return;
        }

        if (batch.Count == 1)
        {
            LogSubmissionUnavailable(failure!);
            batch[0].Completion.TrySetResult(SubmissionResult.Unavailable);
            return;
        }

        // The transaction failed as a whole: find each item's true outcome in a transaction of its own.
        LogBatchFailed(batch.Count, failure!);
        foreach (var item in batch)
        {
            if (TryCommit([item], out var single, out var itemFailure))
            {
                item.Completion.TrySetResult(single[0]);
            }
            else
            {
                LogSubmissionUnavailable(itemFailure!);
                item.Completion.TrySetResult(SubmissionResult.Unavailable);
            }
        }
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Any failure to commit means Unavailable for the items, never a false success.")]
    private bool TryCommit(List<PreparedSubmission> items, out SubmissionResult[] outcomes, out Exception? failure)
    {
        outcomes = new SubmissionResult[items.Count];
        failure = null;
        DbTransaction? transaction = null;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            _sql ??= new SubmissionSql(SubmissionSql.Open(_store));
            transaction = _sql.Begin();
            var state = new BatchState();
            for (var i = 0; i < items.Count; i++)
            {
                outcomes[i] = _sql.Write(transaction, items[i], state);
            }

            transaction.Commit();
            transaction.Dispose();
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _batchedItems, items.Count);
            Interlocked.Add(ref _commitTicks, System.Diagnostics.Stopwatch.GetTimestamp() - started);
            return true;
        }
        catch (Exception ex)
        {
            failure = ex;
            try
            {
                transaction?.Rollback();
            }
            catch (Exception rollbackFailure)
            {
                LogRollbackFailed(rollbackFailure);
            }

            transaction?.Dispose();

            // Start the next attempt on a fresh connection: this one may be broken.
            if (_sql is not null)
            {
                _sql.ClearPool();
                _sql.Dispose();
                _sql = null;
            }

            return false;
        }
    }

    /// <summary>
    /// A fault of the store, answered Unavailable (503): every ADO.NET provider error (SQLite busy,
    /// full, read-only; Npgsql's connection, timeout and server errors, PostgreSQL down), and the
    /// I/O and timeout errors beneath them.
    /// </summary>
    private static bool IsStoreFailure(Exception ex) =>
        ex is DbException or InvalidOperationException or IOException or UnauthorizedAccessException or TimeoutException
            or System.Net.Sockets.SocketException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dialog: a submission to survey {SurveyId} carried an idempotency key this install did not make; refused")]
    private partial void LogTamperedKey(int surveyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dialog: a batch of {Count} submissions failed to commit; retrying them one by one")]
    private partial void LogBatchFailed(int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dialog: a submission could not be stored; the participant is told to try again")]
    private partial void LogSubmissionUnavailable(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dialog: the dialog store could not be read")]
    private partial void LogReadFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dialog: rolling back a failed submission transaction failed too")]
    private partial void LogRollbackFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Dialog: the submission writer hit an unexpected fault; the batch is answered Unavailable")]
    private partial void LogWriterFault(Exception exception);
}
