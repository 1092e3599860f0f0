using Halsoportal.Dialog.Answering;
using Microsoft.Data.Sqlite;

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
/// benchmark's baseline one each. Check-then-insert is exact because SQLite's write transactions
/// (BEGIN IMMEDIATE) hold the write lock from the start; the unique indexes stand behind it.
/// </summary>
internal sealed class SubmissionSql : IDisposable
{
    private readonly SqliteCommand _findKey;
    private readonly SqliteCommand _findCode;
    private readonly SqliteCommand _findReceipt;
    private readonly SqliteCommand _insertResponse;
    private readonly SqliteCommand _insertAnswer;
    private readonly SqliteCommand _insertKey;
    private readonly SqliteCommand _insertReceipt;
    private readonly SqliteCommand _burnCode;
    private readonly bool _ownsConnection;

    /// <param name="connection">An open connection with the durability pragmas.</param>
    /// <param name="ownsConnection">Dispose the connection with this object; false when the caller's (EF's) connection is borrowed.</param>
    public SubmissionSql(SqliteConnection connection, bool ownsConnection = true)
    {
        Connection = connection;
        _ownsConnection = ownsConnection;
        _findKey = Command("SELECT SealedReceipt FROM SurveyIdempotencyKeys WHERE SurveyId = $survey AND KeyHash = $hash", "$survey", "$hash");
        _findCode = Command("SELECT Id, Burned FROM InvitationCodes WHERE SurveyId = $survey AND CodeHash = $hash", "$survey", "$hash");
        _findReceipt = Command("SELECT 1 FROM SurveyReceipts WHERE CodeHash = $hash", "$hash");
        _insertResponse = Command("INSERT INTO SurveyResponses (Id, SurveyId, SubmittedOn) VALUES ($id, $survey, $on)", "$id", "$survey", "$on");
        _insertAnswer = Command(
            "INSERT INTO SurveyAnswers (Id, ResponseId, QuestionId, OptionId, Value, Text) VALUES ($id, $response, $question, $option, $value, $text)",
            "$id", "$response", "$question", "$option", "$value", "$text");
        _insertKey = Command("INSERT INTO SurveyIdempotencyKeys (Id, SurveyId, KeyHash, SealedReceipt) VALUES ($id, $survey, $hash, $sealed)", "$id", "$survey", "$hash", "$sealed");
        _insertReceipt = Command("INSERT INTO SurveyReceipts (Id, SurveyId, CodeHash) VALUES ($id, $survey, $hash)", "$id", "$survey", "$hash");
        _burnCode = Command("UPDATE InvitationCodes SET Burned = 1 WHERE Id = $id AND Burned = 0", "$id");
    }

    public SqliteConnection Connection { get; }

    /// <summary>Opens a connection with the durability pragmas.</summary>
    public static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
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

    /// <summary>The receipt of an earlier submission with this key, or null.</summary>
    public string? FindReceipt(SqliteTransaction? transaction, int surveyId, string key, byte[] keyHash)
    {
        _findKey.Transaction = transaction;
        _findKey.Parameters["$survey"].Value = surveyId;
        _findKey.Parameters["$hash"].Value = keyHash;
        return _findKey.ExecuteScalar() is byte[] sealedReceipt ? ReceiptSeal.Open(key, sealedReceipt) : null;
    }

    /// <summary>
    /// Writes one submission inside <paramref name="transaction"/> and says what it would be once
    /// committed. Expected outcomes (duplicate, code unknown or used) are values; a database
    /// error throws and the caller rolls back.
    /// </summary>
    public SubmissionResult Write(SqliteTransaction transaction, PreparedSubmission item, BatchState state)
    {
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
            _findCode.Parameters["$survey"].Value = item.SurveyId;
            _findCode.Parameters["$hash"].Value = codeHash;
            using (var reader = _findCode.ExecuteReader())
            {
                if (!reader.Read())
                {
                    return SubmissionResult.Invalid(AnswerValidator.InvitationError(InvitationCodeState.Unknown)!);
                }

                if (reader.GetBoolean(1))
                {
                    return SubmissionResult.Invalid(AnswerValidator.InvitationError(InvitationCodeState.Used)!);
                }

                codeId = reader.GetInt64(0);
            }
        }

        var (receipt, receiptHash) = NewReceipt(transaction, state);
        if (item.Rows.Count >= 1 << Codes.AnswerBits)
        {
            throw new InvalidOperationException($"A submission has {item.Rows.Count} answer rows; at most {(1 << Codes.AnswerBits) - 1} fit.");
        }

        var responseId = Codes.NewResponseId();
        Execute(_insertResponse, transaction, responseId, item.SurveyId, item.SubmittedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < item.Rows.Count; i++)
        {
            var row = item.Rows[i];
            Execute(_insertAnswer, transaction, responseId + i + 1, responseId, row.QuestionId, row.OptionId, row.Value, row.Text);
        }

        Execute(_insertKey, transaction, Codes.NewRowId(), item.SurveyId, item.KeyHash, ReceiptSeal.Seal(item.Key, receipt));
        Execute(_insertReceipt, transaction, Codes.NewRowId(), item.SurveyId, receiptHash);
        if (codeId is { } id && Execute(_burnCode, transaction, id) != 1)
        {
            // Cannot happen under the write lock; if it does, the whole transaction must not stand.
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

    private (string Code, byte[] Hash) NewReceipt(SqliteTransaction transaction, BatchState state)
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
            _findReceipt.Parameters["$hash"].Value = hash;
            if (_findReceipt.ExecuteScalar() is null)
            {
                return (code, hash);
            }
        }
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static int Execute(SqliteCommand command, SqliteTransaction transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQuery();
    }
}
