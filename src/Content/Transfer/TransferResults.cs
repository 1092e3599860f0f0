namespace Halsoportal.Content.Transfer;

/// <summary>How an import ended.</summary>
public enum ImportStatus
{
    /// <summary>Every article is imported (or, in a dry run, would be). Exit code 0.</summary>
    Done,

    /// <summary>The file has problems; nothing was written. Exit code 1.</summary>
    Invalid,

    /// <summary>
    /// Someone changed an article while the import ran (or two imports raced); the articles
    /// before it are imported, the rest are not. Running the same file again finishes the job.
    /// </summary>
    Stopped,
}

/// <summary>What the import does, or did, with one article.</summary>
public enum ImportOutcome
{
    /// <summary>Ny: no article had its external id.</summary>
    Created,

    /// <summary>Ändrad: a new version, a publication or a review request.</summary>
    Updated,

    /// <summary>Oförändrad: the site already has exactly this; nothing is written.</summary>
    Unchanged,
}

/// <summary>What happens after the text is saved.</summary>
public enum ImportRelease
{
    /// <summary>Nothing: a draft, or already as the file says.</summary>
    None,

    /// <summary>Published through the publishing workflow (publish checks, change feed).</summary>
    Published,

    /// <summary>
    /// The owner kommun has a review step, which an import may not skip: the version waits for a
    /// publisher in the kommun.
    /// </summary>
    SentForReview,
}

/// <summary>A problem in the file, in Swedish.</summary>
/// <param name="Article">The article's 1-based place in the file; null for the file as a whole.</param>
/// <param name="ExternalId">The article's external id, when it has one.</param>
/// <param name="Message">What is wrong and, where it helps, how to put it right.</param>
public sealed record ImportProblem(int? Article, string? ExternalId, string Message)
{
    /// <summary>One line for the operator: "artikel 3 (timra-webb:4711): title: Skriv en rubrik."</summary>
    public override string ToString() => Article switch
    {
        null => Message,
        { } n when string.IsNullOrEmpty(ExternalId) => $"artikel {n}: {Message}",
        { } n => $"artikel {n} ({ExternalId}): {Message}",
    };
}

/// <summary>One article done (or, in a dry run, planned): "12/40 Sundsvall: Promenadgrupper – ny".</summary>
public sealed record ImportProgress(int Number, int Total, string OwnerName, string Title, ImportOutcome Outcome, ImportRelease Release);

/// <summary>The outcome of an import. Counts are of articles handled (all of them unless <see cref="ImportStatus.Stopped"/>).</summary>
public sealed record ImportResult(
    ImportStatus Status,
    int Total,
    int Created,
    int Updated,
    int Unchanged,
    bool DryRun,
    IReadOnlyList<ImportProblem> Problems)
{
    public static ImportResult Invalid(int total, IReadOnlyList<ImportProblem> problems) => new(ImportStatus.Invalid, total, 0, 0, 0, false, problems);
}

/// <summary>How an export ended.</summary>
public enum ExportStatus
{
    /// <summary>The file is written.</summary>
    Done,

    /// <summary>No kommun has the code that was asked for; nothing was written.</summary>
    UnknownKommun,
}

/// <summary>One article written, for a progress counter.</summary>
public sealed record ExportProgress(int Number, int Total);

/// <summary>
/// The outcome of an export: how many articles, and how many got an external id of their own
/// (<c>halsoportal:{slug}</c>) because they had none.
/// </summary>
public sealed record ExportResult(ExportStatus Status, int Count, int ExternalIdsAssigned);
