namespace Halsoportal.Dialog.Answering;

/// <summary>
/// A participant's answer to one question, as the form posted it (parsed to numbers by the web
/// layer). Which members are used depends on the question type; an input with nothing in it is
/// "not answered".
/// </summary>
public sealed record AnswerInput
{
    private static readonly Dictionary<int, int> NoRows = [];

    /// <summary>Chosen option ids (single and multiple choice), or the items in ranked order (ranking: first = place 1).</summary>
    public IReadOnlyList<int> OptionIds { get; init; } = [];

    /// <summary>The chosen scale value.</summary>
    public int? Value { get; init; }

    /// <summary>Matrix: row option id → scale value.</summary>
    public IReadOnlyDictionary<int, int> Rows { get; init; } = NoRows;

    /// <summary>Free text as typed.</summary>
    public string? Text { get; init; }

    /// <summary>Nothing given.</summary>
    public bool IsEmpty => OptionIds.Count == 0 && Value is null && Rows.Count == 0 && string.IsNullOrWhiteSpace(Text);

    /// <summary>Single or multiple choice.</summary>
    public static AnswerInput Choice(params int[] optionIds) => new() { OptionIds = optionIds };

    /// <summary>A scale value.</summary>
    public static AnswerInput Scale(int value) => new() { Value = value };

    /// <summary>Matrix values per row.</summary>
    public static AnswerInput Matrix(IReadOnlyDictionary<int, int> rows) => new() { Rows = rows };

    /// <summary>Items in ranked order, most important first.</summary>
    public static AnswerInput Ranking(params int[] itemsInOrder) => new() { OptionIds = itemsInOrder };

    /// <summary>Free text.</summary>
    public static AnswerInput FreeText(string text) => new() { Text = text };
}

/// <summary>A Swedish message tied to a form field, for the error summary and the field itself.</summary>
/// <param name="Field">The field's name: see <see cref="AnswerFields"/>.</param>
/// <param name="Message">What went wrong and what to do, in Swedish.</param>
public sealed record FieldError(string Field, string Message);

/// <summary>The field names errors are tied to, so the form can link the summary to its fields.</summary>
public static class AnswerFields
{
    /// <summary>The survey as a whole (not open, unknown).</summary>
    public const string Survey = "enkat";

    /// <summary>The invitation code field.</summary>
    public const string InvitationCode = "kod";

    /// <summary>The hidden idempotency-key field.</summary>
    public const string IdempotencyKey = "nyckel";

    /// <summary>A question: <c>q12</c>.</summary>
    public static string Question(int questionId) => $"q{questionId}";

    /// <summary>A matrix row: <c>q12-r40</c>.</summary>
    public static string MatrixRow(int questionId, int rowOptionId) => $"q{questionId}-r{rowOptionId}";
}
