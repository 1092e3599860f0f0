namespace Halsoportal.Dialog.Submissions;

// The rows one submission writes. Their primary keys are random 63-bit numbers, never sequential:
// with SQLite a sequential key (or the hidden rowid) is the insertion order, and insertion order
// would let anyone with the file line up a receipt, a burned invitation code or a time of day
// with a response. A response's answers take the ids right after the response's own (its low 12
// bits are zero), so they share a page: random between responses, contiguous within one. Nothing here holds an IP address, a user agent, an account, a code or a time
// of day.

/// <summary>One participant's answer to a survey: only the survey and the Swedish date.</summary>
public sealed class Response
{
    public long Id { get; set; }

    public int SurveyId { get; set; }

    /// <summary>Swedish calendar date of the submission: day precision, no time of day.</summary>
    public DateOnly SubmittedOn { get; set; }

    public List<Answer> Answers { get; set; } = [];
}

/// <summary>
/// One value of a response. Choice: <see cref="OptionId"/>. Scale: <see cref="Value"/>. Matrix:
/// row in <see cref="OptionId"/>, value in <see cref="Value"/>. Ranking: item in
/// <see cref="OptionId"/>, place (1 = first) in <see cref="Value"/>. Free text: <see cref="Text"/>.
/// </summary>
public sealed class Answer
{
    public long Id { get; set; }

    public long ResponseId { get; set; }

    public int QuestionId { get; set; }

    public int? OptionId { get; set; }

    public int? Value { get; set; }

    public string? Text { get; set; }
}

/// <summary>
/// "Already received": the hash of a submission's idempotency key and its receipt code, sealed
/// with the key so that only the holder of the key can read it back. Unique per survey, written
/// in the same transaction as the response, and linked to nothing.
/// </summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }

    public int SurveyId { get; set; }

    /// <summary>SHA-256 of the key.</summary>
    public byte[] KeyHash { get; set; } = [];

    /// <summary>The receipt code XOR a pad derived from the key (see <see cref="ReceiptSeal"/>).</summary>
    public byte[] SealedReceipt { get; set; } = [];
}

/// <summary>A receipt code (hashed) and its survey: proof that an answer was received, linked to no response.</summary>
public sealed class Receipt
{
    public long Id { get; set; }

    public int SurveyId { get; set; }

    /// <summary>SHA-256 of the normalised code, unique.</summary>
    public byte[] CodeHash { get; set; } = [];
}
