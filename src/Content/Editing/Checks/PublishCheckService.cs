using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Editing.Checks;

/// <summary>
/// Runs <see cref="PublishChecks"/> on a draft with the facts it needs from the store: the main
/// image's alt text and, for an existing article, whether it is a kommun's key page (nyckelsida).
/// </summary>
public sealed class PublishCheckService(ContentDbContext db)
{
    /// <summary>The checks on the text alone, for a draft that is not (yet) an article.</summary>
    public async Task<PublishCheckReport> RunAsync(ArticleDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var image = draft.ImageMediaId is { } id ? await db.MediaItems.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) : null;
        return PublishChecks.Run(draft, image is null ? null : ImageInfo.From(image));
    }

    /// <summary>
    /// The checks for publishing <paramref name="draft"/> as article <paramref name="articleId"/>:
    /// the text's own, plus a warning when a kommun has chosen the article as a key page and the
    /// draft has no lättläst text (a publisher may pass it only with a written reason).
    /// </summary>
    public async Task<PublishCheckReport> RunAsync(ArticleDraft draft, int articleId, CancellationToken cancellationToken)
    {
        var report = await RunAsync(draft, cancellationToken);
        if (draft.HasEasyRead)
        {
            return report;
        }

        var kommuner = await db.KeyPages.AsNoTracking().Where(k => k.ArticleId == articleId)
            .Join(db.Kommuner, k => k.KommunCode, m => m.Code, (k, m) => m.Name)
            .ToListAsync(cancellationToken);
        if (kommuner.Count == 0)
        {
            return report;
        }

        var names = kommuner.Order(SwedishText.Comparer).ToList();
        var where = names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} och {names[^1]}";
        return report with
        {
            Findings =
            [
                .. report.Findings,
                new PublishCheckFinding(
                    PublishCheckCode.KeyPageWithoutEasyRead,
                    PublishCheckSeverity.Warning,
                    nameof(ArticleDraft.EasyReadTitle),
                    $"Artikeln är en nyckelsida för {where} men har ingen lättläst text. Skriv en lättläst text, eller ange varför den ska publiceras utan."),
            ],
        };
    }
}
