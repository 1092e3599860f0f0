using Halsoportal.Dialog.Answering;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Halsoportal.Dialog.Submissions;

/// <summary>A validated submission on its way to the store: hashes computed, rows ready.</summary>
internal sealed class PreparedSubmission(int surveyId, string key, byte[]? invitationCodeHash, DateOnly submittedOn, IReadOnlyList<AnswerRow> rows)
{
    public int SurveyId { get; } = surveyId;

    public string Key { get; } = key;

    public byte[] KeyHash { get; } = IdempotencyKeys.Hash(key);

    public byte[]? InvitationCodeHash { get; } = invitationCodeHash;

    public DateOnly SubmittedOn { get; } = submittedOn;

    public IReadOnlyList<AnswerRow> Rows { get; } = rows;

    /// <summary>Completed by the writer only after the transaction holding the submission committed.</summary>
    public TaskCompletionSource<SubmissionResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>What one transaction has written so far: later items are checked against it, not only the database.</summary>
internal sealed class BatchState
{
    public Dictionary<(int SurveyId, string KeyHash), string> Receipts { get; } = [];

    public HashSet<(int SurveyId, string CodeHash)> BurnedCodes { get; } = [];

    public HashSet<string> NewReceiptHashes { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The SQL of one submission on one connection, with prepared commands reused across
/// transactions. The caller owns the transaction: the writer puts many submissions in one, the
/// benchmark's baseline one each. On SQLite, check-then-insert is exact because its write
/// transactions (BEGIN IMMEDIATE) hold the write lock from the start; the unique indexes stand
/// behind it. On PostgreSQL several nodes write at once (READ COMMITTED), so the same checks are
/// made exact differently: the invitation code row is locked (<c>FOR UPDATE</c>) before it is
/// judged, and the idempotency key goes in first with <c>ON CONFLICT DO NOTHING</c> — which waits
/// for a concurrent writer of the same key and then yields to it — so a race with another node
/// ends as Duplicate with that node's receipt, before this item has written anything else.
/// Identifiers are double-quoted: PostgreSQL folds unquoted names to lower case, SQLite accepts both.
/// </summary>
internal sealed class SubmissionSql : IDisposable
{
    private readonly DbCommand _findKey;
    private readonly DbCommand _findCode;
    private readonly DbCommand _findReceipt;
    private readonly DbCommand _insertResponse;
    private readonly DbCommand _insertAnswer;
    private readonly DbCommand _insertKey;
    private readonly DbCommand _insertReceipt;
    private readonly DbCommand _burnCode;
    private readonly bool _ownsConnection;
    private readonly bool _postgres;

    /// <param name="connection">An open connection (SQLite with the durability pragmas, or PostgreSQL).</param>
    /// <param name="ownsConnection">Dispose the connection with this object; false when the caller's (EF's) connection is borrowed.</param>
    public SubmissionSql(DbConnection connection, bool ownsConnection = true)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Connection = connection;
        _ownsConnection = ownsConnection;
        _postgres = connection is NpgsqlConnection;
        _findKey = Command("""SELECT "SealedReceipt" FROM "SurveyIdempotencyKeys" WHERE "SurveyId" = @survey AND "KeyHash" = @hash""", "survey", "hash");
        _findCode = Command(
            """SELECT "Id", "Burned" FROM "InvitationCodes" WHERE "SurveyId" = @survey AND "CodeHash" = @hash""" + (_postgres ? " FOR UPDATE" : ""),
            "survey", "hash");
        _findReceipt = Command("""SELECT 1 FROM "SurveyReceipts" WHERE "CodeHash" = @hash""", "hash");
        _insertResponse = Command("""INSERT INTO "SurveyResponses" ("Id", "SurveyId", "SubmittedOn") VALUES (@id, @survey, @on)""", "id", "survey", "on");
        _insertAnswer = Command(
            """INSERT INTO "SurveyAnswers" ("Id", "ResponseId", "QuestionId", "OptionId", "Value", "Text") VALUES (@id, @response, @question, @option, @value, @text)""",
            "id", "response", "question", "option", "value", "text");
        _insertKey = Command(
            """INSERT INTO "SurveyIdempotencyKeys" ("Id", "SurveyId", "KeyHash", "SealedReceipt") VALUES (@id, @survey, @hash, @sealed)"""
            + (_postgres ? """ ON CONFLICT ("SurveyId", "KeyHash") DO NOTHING""" : ""),
            "id", "survey", "hash", "sealed");
        _insertReceipt = Command("""INSERT INTO "SurveyReceipts" ("Id", "SurveyId", "CodeHash") VALUES (@id, @survey, @hash)""", "id", "survey", "hash");
        _burnCode = Command("""UPDATE "InvitationCodes" SET "Burned" = TRUE WHERE "Id" = @id AND "Burned" = FALSE""", "id");
    }

    public DbConnection Connection { get; }

    /// <summary>Opens a connection: SQLite with the durability pragmas, or PostgreSQL (synchronous_commit=on is in its connection string).</summary>
    public static DbConnection Open(Storage.DialogStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.IsPostgres)
        {
            var postgres = new NpgsqlConnection(store.ConnectionString);
            try
            {
                postgres.Open();
                return postgres;
            }
            catch
            {
                postgres.Dispose();
                throw;
            }
        }

        var connection = new SqliteConnection(store.ConnectionString);
        try
        {
            connection.Open();
            Storage.SqliteDurability.Apply(connection);
            using var cache = connection.CreateCommand();
            // Random row keys touch pages all over each table's B-tree: keep them in memory (64 MB).
            cache.CommandText = "PRAGMA cache_size=-65536;";
            cache.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A write transaction: BEGIN IMMEDIATE on SQLite (the write lock from the start), READ COMMITTED on PostgreSQL.</summary>
    public DbTransaction Begin() => Connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: false) : Connection.BeginTransaction();

    /// <summary>Drops pooled connections of this kind, so the next attempt starts on a fresh one.</summary>
    public void ClearPool()
    {
        switch (Connection)
        {
            case SqliteConnection sqlite:
                SqliteConnection.ClearPool(sqlite);
                break;
            case NpgsqlConnection postgres:
                NpgsqlConnection.ClearPool(postgres);
                break;
        }
    }

    /// <summary>The receipt of an earlier submission with this key, or null.</summary>
    public string? FindReceipt(DbTransaction? transaction, int surveyId, string key, byte[] keyHash)
    {
        _findKey.Transaction = transaction;
        _findKey.Parameters[0].Value = surveyId;
        _findKey.Parameters[1].Value = keyHash;
        return _findKey.ExecuteScalar() is byte[] sealedReceipt ? ReceiptSeal.Open(key, sealedReceipt) : null;
    }

    /// <summary>
    /// Writes one submission inside <paramref name="transaction"/> and says what it would be once
    /// committed. Expected outcomes (duplicate, code unknown or used) are values; a database
    /// error throws and the caller rolls back.
    /// </summary>
    public SubmissionResult Write(DbTransaction transaction, PreparedSubmission item, BatchState state)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(state);
        var keyHex = Convert.ToHexString(item.KeyHash);
        if (state.Receipts.TryGetValue((item.SurveyId, keyHex), out var earlier))
        {
            return SubmissionResult.Duplicate(earlier);
        }

        if (FindReceipt(transaction, item.SurveyId, item.Key, item.KeyHash) is { } stored)
        {
            return SubmissionResult.Duplicate(stored);
        }

        long? codeId = null;
        string? codeHex = null;
        if (item.InvitationCodeHash is { } codeHash)
        {
            codeHex = Convert.ToHexString(codeHash);
            if (state.BurnedCodes.Contains((item.SurveyId, codeHex)))
            {
                return SubmissionResult.Invalid(AnswerValidator.InvitationError(InvitationCodeState.Used)!);
            }

            _findCode.Transaction = transaction;
            _findCode.Parameters[0].Value = item.SurveyId;
            _findCode.Parameters[1].Value = codeHash;
            bool burned;
            using (var reader = _findCode.ExecuteReader())
            {
                if (!reader.Read())
                {
                    return SubmissionResult.Invalid(AnswerValidator.InvitationError(InvitationCodeState.Unknown)!);
                }

                burned = reader.GetBoolean(1);
                codeId = reader.GetInt64(0);
            }

            if (burned)
            {
                // On PostgreSQL the code may have been burned by this very answer on another node
                // while we waited for its row lock: then it is a resubmit, not a used code.
                return _postgres && FindReceipt(transaction, item.SurveyId, item.Key, item.KeyHash) is { } raced
                    ? SubmissionResult.Duplicate(raced)
                    : SubmissionResult.Invalid(AnswerValidator.InvitationError(InvitationCodeState.Used)!);
            }
        }

        var (receipt, receiptHash) = NewReceipt(transaction, state);
        if (item.Rows.Count >= 1 << Codes.AnswerBits)
        {
            throw new InvalidOperationException($"A submission has {item.Rows.Count} answer rows; at most {(1 << Codes.AnswerBits) - 1} fit.");
        }

        if (_postgres)
        {
            // The key first: if another node committed it meanwhile, nothing of this item is written.
            if (Execute(_insertKey, transaction, Codes.NewRowId(), item.SurveyId, item.KeyHash, ReceiptSeal.Seal(item.Key, receipt)) == 0)
            {
                return FindReceipt(transaction, item.SurveyId, item.Key, item.KeyHash) is { } concurrent
                    ? SubmissionResult.Duplicate(concurrent)
                    : throw new InvalidOperationException("An idempotency key conflicted but its row cannot be read.");
            }
        }

        var responseId = Codes.NewResponseId();
        Execute(_insertResponse, transaction, responseId, item.SurveyId,
            _postgres ? item.SubmittedOn : item.SubmittedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < item.Rows.Count; i++)
        {
            var row = item.Rows[i];
            Execute(_insertAnswer, transaction, responseId + i + 1, responseId, row.QuestionId, row.OptionId, row.Value, row.Text);
        }

        if (!_postgres)
        {
            Execute(_insertKey, transaction, Codes.NewRowId(), item.SurveyId, item.KeyHash, ReceiptSeal.Seal(item.Key, receipt));
        }

        Execute(_insertReceipt, transaction, Codes.NewRowId(), item.SurveyId, receiptHash);
        if (codeId is { } id && Execute(_burnCode, transaction, id) != 1)
        {
            // Cannot happen under the write lock (SQLite) or the row lock (PostgreSQL); if it does, the whole transaction must not stand.
            throw new InvalidOperationException("An invitation code was burned by another writer in the same transaction.");
        }

        state.Receipts[(item.SurveyId, keyHex)] = receipt;
        if (codeHex is not null)
        {
            state.BurnedCodes.Add((item.SurveyId, codeHex));
        }

        return SubmissionResult.Accepted(receipt);
    }

    public void Dispose()
    {
        foreach (var command in new[] { _findKey, _findCode, _findReceipt, _insertResponse, _insertAnswer, _insertKey, _insertReceipt, _burnCode })
        {
            command.Dispose();
        }

        if (_ownsConnection)
        {
            Connection.Dispose();
        }
    }

    private (string Code, byte[] Hash) NewReceipt(DbTransaction transaction, BatchState state)
    {
        // 50 random bits: a clash is rare, but the code must be unique, so look before using it.
        while (true)
        {
            var code = Codes.NewCode();
            var hash = Codes.ReceiptHash(code);
            if (!state.NewReceiptHashes.Add(Convert.ToHexString(hash)))
            {
                continue;
            }

            _findReceipt.Transaction = transaction;
            _findReceipt.Parameters[0].Value = hash;
            if (_findReceipt.ExecuteScalar() is null)
            {
                return (code, hash);
            }
        }
    }

    private DbCommand Command(string sql, params string[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static int Execute(DbCommand command, DbTransaction transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQuery();
    }
}
