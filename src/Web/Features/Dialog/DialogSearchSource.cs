using Halsoportal.Content.Kommuner;
using Halsoportal.Dialog.Storage;
using Halsoportal.Search.Documents;
using Halsoportal.Search.Sync;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Web.Features.Dialog;

/// <summary>
/// The public dialogs as search documents: every dialog that has opened, with its purpose, its
/// questions and its återkoppling (so "utegym" finds the dialog and what was decided), scoped to its
/// kommuner and linked under the first of them. Re-read whole by the search sync, since a dialog
/// opens and closes with time.
/// </summary>
internal sealed class DialogSearchSource(DialogDbContext db, KommunService kommuner, TimeProvider time) : ISearchDocumentSource
{
    public SearchDocumentType Type => SearchDocumentType.Dialog;

    public async Task<IReadOnlyList<SearchDocument>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var surveys = await db.Surveys.AsNoTracking()
            .Where(s => s.OpensAt <= now)
            .Include(s => s.Kommuner).Include(s => s.Questions).Include(s => s.Timeline)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (surveys.Count == 0)
        {
            return [];
        }

        var slugs = (await kommuner.ListByRegionAsync(cancellationToken)).SelectMany(r => r.Kommuner).ToDictionary(k => k.Code, k => k.Slug, StringComparer.Ordinal);
        return [.. surveys
            .Where(s => s.Kommuner.Any(k => slugs.ContainsKey(k.KommunCode)))
            .Select(s =>
            {
                var kommunCodes = s.Kommuner.Select(k => k.KommunCode).Where(slugs.ContainsKey).Order(StringComparer.Ordinal).ToList();
                var stage = DialogStage.Name(DialogStage.Of(s, now));
                var updated = s.Timeline.Select(t => t.Date.ToDateTime(TimeOnly.MinValue)).Append(s.OpensAt).Max();
                return new SearchDocument
                {
                    Id = $"dialog:{s.Id}",
                    Type = SearchDocumentType.Dialog,
                    Title = s.Title,
                    Ingress = $"Medborgardialog · {stage}. {s.Purpose}",
                    Body = string.Join("\n", s.Questions.OrderBy(q => q.Order).Select(q => q.Text)
                        .Concat(s.Timeline.OrderBy(t => t.Date).SelectMany(t => new[] { t.Title, t.Text }))),
                    Url = $"/{slugs[kommunCodes[0]]}/dialog/{s.Slug}",
                    KommunCodes = kommunCodes,
                    Updated = new DateTimeOffset(DateTime.SpecifyKind(updated, DateTimeKind.Utc)),
                };
            })];
    }
}
