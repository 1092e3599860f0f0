using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Articles;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Editing.Checks;
using Halsoportal.Content.Storage;
using Halsoportal.Content.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Halsoportal.Content.Transfer;

/// <summary>
/// Moves articles in and out as a <see cref="ContentFile"/>: <c>content export</c> and
/// <c>content import</c>. The import writes only through <see cref="ArticleEditingService"/> and
/// <see cref="ArticleWorkflowService"/>, acting as the operator ("Kommandorad", a system
/// administrator), so versions, audit entries, publish checks and the change feed are exactly
/// what an editor's save and publish give.
/// </summary>
/// <remarks>
/// The import is all-or-nothing in what it accepts, not in one database transaction: the services
/// commit each save and each publication on their own (<see cref="ArticleEditingService.CreateAsync"/>
/// opens its own transaction, which cannot nest in an outer one). So the whole file is checked
/// first, with the editor's validator and the publish checks, and nothing is written when any
/// article fails. What can still stop a run half-way is something outside the file — an editor
/// saving the same article during the import, or a crash — and because the import is idempotent
/// by external id, running the same file again finishes the job.
/// </remarks>
public sealed partial class ContentTransferService(
    ContentDbContext db,
    ArticleEditingService editing,
    ArticleWorkflowService workflow,
    PublishCheckService checks,
    TimeProvider time,
    ILogger<ContentTransferService> logger)
{
    /// <summary>What the audit log says when an import publishes past plain-language warnings: the operator imported it as it was.</summary>
    private const string ImportOverrideReason = "Importerad från fil med innehållskommandot; texten publicerades som den var i källsystemet.";

    private static readonly JsonTypeInfo<ContentFile> FileType = (JsonTypeInfo<ContentFile>)ContentFileJson.Options.GetTypeInfo(typeof(ContentFile));

    /// <summary>
    /// Writes every article — or those owned by <paramref name="ownerKommunCode"/> — to
    /// <paramref name="output"/>. A published article is written with its published text, an
    /// unpublished one with its newest saved version. An article without an external id gets
    /// <c>halsoportal:{slug}</c> stored first (slugs are unique and never change), so the file
    /// can be imported into this install or another and found again every time.
    /// </summary>
    public async Task<ExportResult> ExportAsync(Stream output, string? ownerKommunCode, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (ownerKommunCode is not null && !await db.Kommuner.AnyAsync(k => k.Code == ownerKommunCode, cancellationToken))
        {
            return new ExportResult(ExportStatus.UnknownKommun, 0, 0);
        }

        var query = db.Articles.AsNoTracking();
        if (ownerKommunCode is not null)
        {
            query = query.Where(a => a.OwnerKommunCode == ownerKommunCode);
        }

        var articles = await query.Include(a => a.Texts).Include(a => a.Kommuner).Include(a => a.Terms).AsSplitQuery()
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var assigned = await AssignExternalIdsAsync(articles, ownerKommunCode, cancellationToken);

        var planner = new ImportPlanner(db, checks);
        var records = new List<ArticleRecord>(articles.Count);
        foreach (var article in articles)
        {
            var draft = article.PublishedAt is not null ? ArticleDraft.FromArticle(article) : await planner.NewestAsync(article, cancellationToken);
            records.Add(ToRecord(article, draft));
            progress?.Report(new ExportProgress(records.Count, articles.Count));
        }

        await JsonSerializer.SerializeAsync(output, new ContentFile { Articles = records }, FileType, cancellationToken);
        LogExported(records.Count, assigned);
        return new ExportResult(ExportStatus.Done, records.Count, assigned);
    }

    /// <summary>
    /// Imports a content file (UTF-8 JSON). Every problem in the file is reported, in Swedish,
    /// before anything is written; with problems, or with <paramref name="dryRun"/>, nothing is.
    /// An article whose external id is known is updated when the file differs and skipped when
    /// it does not; an unknown one is created. <c>"published": true</c> publishes through the
    /// workflow, or — in a kommun with a review step — sends the version for review.
    /// </summary>
    public async Task<ImportResult> ImportAsync(ReadOnlyMemory<byte> file, bool dryRun, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var read = ContentFileReader.Read(file);
        var access = await OperatorAccessAsync(cancellationToken);
        var (plan, planProblems) = await new ImportPlanner(db, checks).PlanAsync(read.Articles, access, cancellationToken);
        var problems = read.Problems.Concat(planProblems).OrderBy(p => p.Article ?? 0).ToList();
        var total = read.Articles.Count;
        if (problems.Count > 0)
        {
            LogRefused(total, problems.Count);
            return ImportResult.Invalid(total, problems);
        }

        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var item in plan)
        {
            if (!dryRun && item.Outcome != ImportOutcome.Unchanged)
            {
                var failure = await ApplyAsync(access, item, cancellationToken);

                // Tracked entities of this article are of no use to the next; a long file stays flat in memory.
                db.ChangeTracker.Clear();
                if (failure is not null)
                {
                    LogStopped(item.Number, item.ExternalId);
                    var problem = new ImportProblem(item.Number, item.ExternalId, failure);
                    await AuditImportAsync($"avbruten vid artikel {item.Number} av {total}: {created} nya, {updated} ändrade, {unchanged} oförändrade", cancellationToken);
                    return new ImportResult(ImportStatus.Stopped, total, created, updated, unchanged, false, [problem]);
                }
            }

            switch (item.Outcome)
            {
                case ImportOutcome.Created:
                    created++;
                    break;
                case ImportOutcome.Updated:
                    updated++;
                    break;
                default:
                    unchanged++;
                    break;
            }

            progress?.Report(new ImportProgress(item.Number, total, item.OwnerName, item.Draft.Title, item.Outcome, item.Release));
        }

        if (!dryRun)
        {
            await AuditImportAsync($"{total} artiklar: {created} nya, {updated} ändrade, {unchanged} oförändrade", cancellationToken);
            LogImported(total, created, updated, unchanged);
        }

        return new ImportResult(ImportStatus.Done, total, created, updated, unchanged, dryRun, []);
    }

    /// <summary>
    /// The operator as an editor: a system administrator named "Kommandorad". Identity ids are
    /// GUIDs, so the empty id is nobody: versions and audit entries name the operator without
    /// pointing at an account (neither column has a foreign key).
    /// </summary>
    internal async Task<EditorAccess> OperatorAccessAsync(CancellationToken cancellationToken)
    {
        var regionByKommun = await db.Kommuner.AsNoTracking().ToDictionaryAsync(k => k.Code, k => k.RegionCode, StringComparer.Ordinal, cancellationToken);
        return new EditorAccess("", AuditEntry.OperatorName, [new RoleGrant { UserId = "", Role = EditorRole.SystemAdmin }], regionByKommun);
    }

    /// <summary>Saves and releases one article; null when done, else why it stopped, in Swedish.</summary>
    private async Task<string?> ApplyAsync(EditorAccess access, ImportPlanItem item, CancellationToken cancellationToken)
    {
        EditResult result;
        try
        {
            result = item.ArticleId is { } id
                ? item.SaveText ? await editing.SaveAsync(access, id, item.BaseVersion, item.Draft, cancellationToken) : new EditResult(EditStatus.Done, id, item.BaseVersion)
                : await CreateAsync(access, item, cancellationToken);
        }
        catch (DbUpdateException ex) when (!StoreFailures.IsUnavailable(ex))
        {
            // A unique slug or external id taken between planning and saving: another import or editor got there first.
            return "kunde inte sparas: en annan artikel fick samma adress eller externalId samtidigt. Kör importen igen.";
        }

        if (result.Status == EditStatus.Done)
        {
            result = item.Release switch
            {
                ImportRelease.Published => await workflow.PublishAsync(access, result.ItemId, result.Version, ImportOverrideReason, cancellationToken),
                ImportRelease.SentForReview => await workflow.SendForReviewAsync(access, result.ItemId, result.Version, cancellationToken),
                _ => result,
            };
        }

        return result.Status switch
        {
            EditStatus.Done => null,
            EditStatus.Conflict => "någon sparade artikeln i redaktörsvyn medan importen pågick. Kör importen igen; den tar vid där den slutade.",
            EditStatus.NotFound => "artikeln togs bort medan importen pågick. Kör importen igen.",
            EditStatus.Invalid => string.Join(" ", result.FieldErrors.Select(e => e.Message)),
            _ => "importen fick inte göra det här.",
        };
    }

    /// <summary>Creates through the editing service, with the external id set in the same insert.</summary>
    private Task<EditResult> CreateAsync(EditorAccess access, ImportPlanItem item, CancellationToken cancellationToken) =>
        editing.CreateAsync(access, item.OwnerValue, item.Draft, cancellationToken, item.ExternalId);

    /// <summary>Gives each article without an external id <c>halsoportal:{slug}</c> (or, if that is taken, <c>halsoportal:{slug}:{id}</c>), in one transaction with the audit entry.</summary>
    private async Task<int> AssignExternalIdsAsync(List<Article> articles, string? ownerKommunCode, CancellationToken cancellationToken)
    {
        var missing = articles.Where(a => a.ExternalId is null).ToList();
        var taken = await db.Articles.Where(a => a.ExternalId != null).Select(a => a.ExternalId!).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var article in missing)
        {
            var id = ImportPlanner.OwnIdPrefix + article.Slug;
            if (!taken.Add(id))
            {
                id = string.Create(CultureInfo.InvariantCulture, $"{ImportPlanner.OwnIdPrefix}{article.Slug}:{article.Id}");
                taken.Add(id);
            }

            article.ExternalId = id;
            await db.Articles.Where(a => a.Id == article.Id && a.ExternalId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ExternalId, id), cancellationToken);
        }

        var scope = ownerKommunCode is null ? "alla artiklar" : $"artiklar som ägs av {ownerKommunCode}";
        db.AuditEntries.Add(AuditEntry.Create(time.GetUtcNow().UtcDateTime, null, AuditEntry.OperatorName, "content.export",
            kommunCode: ownerKommunCode, detail: $"{scope}: {articles.Count} st, {missing.Count} fick externt id"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return missing.Count;
    }

    private async Task AuditImportAsync(string detail, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(AuditEntry.Create(time.GetUtcNow().UtcDateTime, null, AuditEntry.OperatorName, "content.import", detail: detail));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static ArticleRecord ToRecord(Article article, ArticleDraft draft)
    {
        List<string> Slugs(TaxonomyKind kind)
        {
            var prefix = ArticleDraft.TermKey(kind, "");
            return [.. draft.Terms.Where(t => t.StartsWith(prefix, StringComparison.Ordinal)).Select(t => t[prefix.Length..])];
        }

        return new ArticleRecord
        {
            ExternalId = article.ExternalId!,
            Owner = OwnerValue.Of(article.OwnerKommunCode, article.OwnerRegionCode),
            Slug = article.Slug,
            Title = draft.Title,
            Ingress = draft.Ingress,
            Body = draft.Body,
            EasyRead = draft.HasEasyRead ? new EasyReadRecord(draft.EasyReadTitle!, draft.EasyReadIngress ?? "", draft.EasyReadBody ?? "") : null,
            ShowAlsoIn = draft.Scope == ArticleScope.Kommuner ? [.. draft.KommunCodes.Where(c => c != article.OwnerKommunCode)] : [],
            Topics = Slugs(TaxonomyKind.Topic),
            LifeSituations = Slugs(TaxonomyKind.LifeSituation),
            Arenas = Slugs(TaxonomyKind.Arena),
            LastReviewed = draft.LastReviewed,
            NextReview = draft.NextReview,
            ResponsibleUnit = draft.ResponsibleUnit,
            Published = article.PublishedAt is not null,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Exported {Count} articles to a content file; {Assigned} got an external id")]
    private partial void LogExported(int count, int assigned);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content import refused: {Problems} problems in a file of {Total} articles; nothing written")]
    private partial void LogRefused(int total, int problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Total} articles: {Created} new, {Updated} changed, {Unchanged} unchanged")]
    private partial void LogImported(int total, int created, int updated, int unchanged);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content import stopped at article {Number} ({ExternalId}); the articles before it are imported")]
    private partial void LogStopped(int number, string externalId);
}
