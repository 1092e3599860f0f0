using Halsoportal.Dialog.Answering;

namespace Halsoportal.Dialog.Submissions;

/// <summary>What became of a submission.</summary>
public enum SubmissionStatus
{
    /// <summary>Committed durably just now; show the receipt.</summary>
    Accepted = 0,

    /// <summary>This idempotency key was committed before; the same receipt as then.</summary>
    Duplicate = 1,

    /// <summary>Nothing stored: see the errors (Swedish, per field).</summary>
    Invalid = 2,

    /// <summary>The store failed; nothing is known to be stored. Answer 503 "försök igen" — never a receipt.</summary>
    Unavailable = 3,
}

/// <summary>The engine's answer to <see cref="SubmissionService.SubmitAsync"/>.</summary>
/// <param name="Status">What happened.</param>
/// <param name="ReceiptCode">Accepted and Duplicate: the receipt code as shown (<c>K7MQ2-XR9TD</c>).</param>
/// <param name="Errors">Invalid: every problem, tied to its field.</param>
public sealed record SubmissionResult(SubmissionStatus Status, string? ReceiptCode, IReadOnlyList<FieldError> Errors)
{
    public static SubmissionResult Accepted(string receiptCode) => new(SubmissionStatus.Accepted, Codes.Format(receiptCode), []);

    public static SubmissionResult Duplicate(string receiptCode) => new(SubmissionStatus.Duplicate, Codes.Format(receiptCode), []);

    public static SubmissionResult Invalid(IReadOnlyList<FieldError> errors) => new(SubmissionStatus.Invalid, null, errors);

    public static SubmissionResult Invalid(FieldError error) => new(SubmissionStatus.Invalid, null, [error]);

    public static SubmissionResult Unavailable { get; } = new(SubmissionStatus.Unavailable, null, []);

    /// <summary>Accepted or Duplicate: the answer is stored and the receipt may be shown.</summary>
    public bool IsReceived => Status is SubmissionStatus.Accepted or SubmissionStatus.Duplicate;
}
