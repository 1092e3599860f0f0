using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;

namespace Halsoportal.Content.Editing;

/// <summary>How an editing action ended. Pages map it to ModelState or a status code; nothing here throws for expected failures.</summary>
public enum EditStatus
{
    /// <summary>Done and committed.</summary>
    Done,

    /// <summary>No such item — or one this user may not see (its existence is not revealed).</summary>
    NotFound,

    /// <summary>The user may see the item but not do this (e.g. an editor who tries to publish).</summary>
    Forbidden,

    /// <summary>The input has field errors; nothing was written.</summary>
    Invalid,

    /// <summary>Someone else saved a newer version first; nothing was written.</summary>
    Conflict,
}

/// <summary>A field error: the form field name (an <see cref="ArticleDraft"/> property) and a Swedish message.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>The outcome of an editing action.</summary>
public sealed record EditResult(EditStatus Status, int ItemId = 0, int Version = 0, IReadOnlyList<FieldError>? Errors = null)
{
    public IReadOnlyList<FieldError> FieldErrors => Errors ?? [];

    public static EditResult NotFound { get; } = new(EditStatus.NotFound);

    public static EditResult Forbidden { get; } = new(EditStatus.Forbidden);

    public static EditResult Invalid(params FieldError[] errors) => new(EditStatus.Invalid, Errors: errors);

    public static EditResult Invalid(IReadOnlyList<FieldError> errors) => new(EditStatus.Invalid, Errors: errors);
}

/// <summary>Where an article stands, in the words an editor uses.</summary>
public enum ArticleStatus
{
    /// <summary>Utkast: never published.</summary>
    Draft,

    /// <summary>Publicerad, no newer draft.</summary>
    Published,

    /// <summary>Publicerad, with a newer unpublished draft.</summary>
    PublishedWithChanges,

    /// <summary>Avpublicerad: was public, taken down.</summary>
    Unpublished,
}

/// <summary>One row in the editor's article list or dashboard.</summary>
public sealed record EditorArticleRow(
    int Id,
    string Slug,
    string Title,
    string OwnerName,
    ArticleStatus Status,
    ReviewState Review,
    int DraftVersion,
    DateTime? LastSavedAt,
    string? LastSavedBy,
    DateTime? ScheduledPublishAt,
    DateTime? ScheduledUnpublishAt,
    DateOnly NextReview);

/// <summary>Everything the edit form needs.</summary>
public sealed record ArticleEditView(
    int Id,
    string Slug,
    string OwnerName,
    string? OwnerKommunSlug,
    ArticleDraft Draft,
    int DraftVersion,
    int? PublishedVersion,
    ArticleStatus Status,
    ReviewState Review,
    string? ReviewComment,
    string? ReviewBy,
    DateTime? ScheduledPublishAt,
    int? ScheduledVersion,
    DateTime? ScheduledUnpublishAt,
    bool CanPublish,
    bool RequiresReview,
    bool LastVersionIsMine,
    ItemOwner Owner);

/// <summary>One line of version history.</summary>
public sealed record VersionRow(int Number, string AuthorName, DateTime CreatedAt, string? Note, bool IsPublished);

/// <summary>A choice the user may make for an article's owner or scope ("kommun:2281", "region:22", "nationell").</summary>
public sealed record OwnerOption(string Value, string Name);

/// <summary>The taxonomy and owners an editor may pick from.</summary>
public sealed record EditorChoices(
    IReadOnlyList<OwnerOption> Owners,
    IReadOnlyList<KommunRefLite> Kommuner,
    IReadOnlyList<TermChoice> Topics,
    IReadOnlyList<TermChoice> LifeSituations,
    IReadOnlyList<TermChoice> Arenas);

/// <summary>A kommun the user may add to an article's scope.</summary>
public sealed record KommunRefLite(string Code, string Name, string RegionCode);

/// <summary>A taxonomy term as a picker option; <see cref="Key"/> is the <see cref="ArticleDraft.Terms"/> value.</summary>
public sealed record TermChoice(string Key, string Name);

/// <summary>What the dashboard lists.</summary>
public sealed record EditorDashboard(
    IReadOnlyList<EditorArticleRow> MyDrafts,
    IReadOnlyList<EditorArticleRow> AwaitingReview,
    IReadOnlyList<EditorArticleRow> Scheduled,
    IReadOnlyList<EditorArticleRow> DueForReview,
    IReadOnlyList<LocalAdditionRow> AdditionsToReview);

/// <summary>An article's scope as a value for mapping to <see cref="ArticleScope"/>.</summary>
internal static class OwnerValue
{
    public const string National = "nationell";

    public static string Of(string? kommunCode, string? regionCode) =>
        kommunCode is not null ? $"kommun:{kommunCode}" : regionCode is not null ? $"region:{regionCode}" : National;
}
