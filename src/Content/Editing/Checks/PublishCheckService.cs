using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Editing.Checks;

/// <summary>Runs <see cref="PublishChecks"/> on a draft with the facts it needs from the store (the main image's alt text).</summary>
public sealed class PublishCheckService(ContentDbContext db)
{
    public async Task<PublishCheckReport> RunAsync(ArticleDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var image = draft.ImageMediaId is { } id ? await db.MediaItems.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) : null;
        return PublishChecks.Run(draft, image is null ? null : ImageInfo.From(image));
    }
}
