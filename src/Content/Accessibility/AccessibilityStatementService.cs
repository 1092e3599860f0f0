using System.Globalization;
using System.Net.Mail;
using System.Security.Cryptography;
using Halsoportal.Content.Accounts;
using Halsoportal.Content.Editing;
using Halsoportal.Content.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Content.Accessibility;

/// <summary>What the statement shows: its dates, the open gaps and the status they give.</summary>
public sealed record StatementView(DateOnly FirstPublished, DateOnly? AssessedOn, DateOnly Updated, int Version, IReadOnlyList<AccessibilityGap> OpenGaps, ComplianceStatus Status);

/// <summary>A gap as an administrator types it; dates as <c>yyyy-MM-dd</c> (what a date field posts).</summary>
public sealed record GapInput(string? Title, string? Description, string? WcagCriterion, string? PlannedFix, string? FixedOn);

/// <summary>A resident's report as posted.</summary>
public sealed record ReportInput(string? Where, string? Description, string? Name, string? Email);

/// <summary>The outcome of sending a report: the reference on success, or the field errors.</summary>
public sealed record ReportResult(string? Reference, IReadOnlyList<FieldError> Errors);

/// <summary>
/// The accessibility statement's data (tillgänglighetsredogörelse, DOS-lagen): known gaps and the assessment
/// date, kept by region and system administrators — the statement covers the whole service, so any
/// administrator may keep it and no kommun editor can — and residents' reports of problems. Every change is
/// audited; every write is checked here, whatever the page did.
/// </summary>
public sealed class AccessibilityStatementService(ContentDbContext db, TimeProvider time)
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxReportLength = 4000;
    public const int MaxWhereLength = 500;
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;

    private const string ReferenceAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>The statement's data for residents: open gaps with the oldest first.</summary>
    public async Task<StatementView> GetStatementAsync(CancellationToken cancellationToken)
    {
        var assessment = await GetOrCreateAssessmentAsync(cancellationToken);
        var open = await db.AccessibilityGaps.AsNoTracking().Where(g => g.FixedOn == null).OrderBy(g => g.Id).ToListAsync(cancellationToken);
        return new StatementView(assessment.FirstPublished, assessment.AssessedOn, assessment.Updated, assessment.Version, open, Compliance.Of(open, assessment.AssessedOn));
    }

    /// <summary>Every gap, open ones first; administrators only (null otherwise).</summary>
    public async Task<IReadOnlyList<AccessibilityGap>?> ListGapsAsync(EditorAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsAdministrator)
        {
            return null;
        }

        return await db.AccessibilityGaps.AsNoTracking().OrderBy(g => g.FixedOn != null).ThenBy(g => g.Id).ToListAsync(cancellationToken);
    }

    /// <summary>One gap; administrators only.</summary>
    public async Task<AccessibilityGap?> GetGapAsync(EditorAccess access, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.IsAdministrator ? await db.AccessibilityGaps.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, cancellationToken) : null;
    }

    /// <summary>
    /// Adds a gap (<paramref name="id"/> null) or saves one on top of <paramref name="baseVersion"/>. The
    /// statement's "senast uppdaterad" moves to today in the same transaction.
    /// </summary>
    public async Task<EditResult> SaveGapAsync(EditorAccess access, int? id, int baseVersion, GapInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(input);
        if (!access.IsAdministrator)
        {
            return EditResult.Forbidden;
        }

        var errors = Validate(input, out var plannedFix, out var fixedOn);
        if (errors.Count > 0)
        {
            return EditResult.Invalid(errors);
        }

        AccessibilityGap? gap;
        if (id is { } existing)
        {
            gap = await db.AccessibilityGaps.FirstOrDefaultAsync(g => g.Id == existing, cancellationToken);
            if (gap is null)
            {
                return EditResult.NotFound;
            }

            if (gap.Version != baseVersion)
            {
                return new EditResult(EditStatus.Conflict, gap.Id, gap.Version);
            }
        }
        else
        {
            gap = new AccessibilityGap { Title = "", Description = "", UpdatedBy = access.DisplayName };
            db.AccessibilityGaps.Add(gap);
        }

        var now = time.GetUtcNow();
        gap.Title = input.Title!.Trim();
        gap.Description = Normalise(input.Description!);
        gap.WcagCriterion = WcagCriteria.Find(input.WcagCriterion)?.Number;
        gap.PlannedFix = plannedFix;
        gap.FixedOn = fixedOn;
        gap.UpdatedAt = now.UtcDateTime;
        gap.UpdatedBy = access.DisplayName;
        gap.Version++;
        var assessment = await GetOrCreateAssessmentAsync(cancellationToken, track: true);
        assessment.Updated = SwedishText.DateOf(now);
        assessment.Version++;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            var action = id is null ? "accessibility.gap.add" : fixedOn is null ? "accessibility.gap.save" : "accessibility.gap.fixed";
            db.AuditEntries.Add(AuditEntry.Create(now.UtcDateTime, access.UserId, access.DisplayName, action, "accessibility-gap", gap.Id.ToString(CultureInfo.InvariantCulture), detail: gap.Title));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditResult(EditStatus.Conflict, gap.Id, baseVersion);
        }

        return new EditResult(EditStatus.Done, gap.Id, gap.Version);
    }

    /// <summary>Records the date of the latest assessment; it may not lie in the future.</summary>
    public async Task<EditResult> SaveAssessmentAsync(EditorAccess access, int baseVersion, string? assessedOn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsAdministrator)
        {
            return EditResult.Forbidden;
        }

        var today = SwedishText.DateOf(time.GetUtcNow());
        if (string.IsNullOrWhiteSpace(assessedOn))
        {
            return EditResult.Invalid(new FieldError("AssessedOn", "Skriv datum för den senaste bedömningen."));
        }

        if (!DateOnly.TryParseExact(assessedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return EditResult.Invalid(new FieldError("AssessedOn", "Datum för bedömningen måste vara ett datum som 2026-11-23."));
        }

        if (date > today)
        {
            return EditResult.Invalid(new FieldError("AssessedOn", "Datum för bedömningen kan inte ligga i framtiden."));
        }

        var assessment = await GetOrCreateAssessmentAsync(cancellationToken, track: true);
        if (assessment.Version != baseVersion)
        {
            return new EditResult(EditStatus.Conflict, AccessibilityAssessment.SingleId, assessment.Version);
        }

        assessment.AssessedOn = date;
        assessment.Updated = today;
        assessment.Version++;
        var now = time.GetUtcNow().UtcDateTime;
        db.AuditEntries.Add(AuditEntry.Create(now, access.UserId, access.DisplayName, "accessibility.assessment", "accessibility-statement", "1", detail: date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditResult(EditStatus.Conflict, AccessibilityAssessment.SingleId, baseVersion);
        }

        return new EditResult(EditStatus.Done, AccessibilityAssessment.SingleId, assessment.Version);
    }

    /// <summary>
    /// Stores a resident's report durably (committed before the receipt is shown) and returns its reference.
    /// Nothing but what the resident typed is stored.
    /// </summary>
    public async Task<ReportResult> SubmitReportAsync(ReportInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return new ReportResult(null, errors);
        }

        for (var attempt = 0; ; attempt++)
        {
            var report = new AccessibilityReport
            {
                Reference = NewReference(),
                ReceivedAt = time.GetUtcNow().UtcDateTime,
                Where = Blank(input.Where),
                Description = Normalise(input.Description!),
                Name = Blank(input.Name),
                Email = Blank(input.Email),
            };
            db.AccessibilityReports.Add(report);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new ReportResult(report.Reference, []);
            }
            catch (DbUpdateException ex) when (attempt < 3 && !StoreFailures.IsUnavailable(ex))
            {
                // The reference was taken (32^8 of them: all but never); draw another.
                db.Entry(report).State = EntityState.Detached;
            }
        }
    }

    /// <summary>Whether a report with that reference exists (the receipt page shows nothing else of it).</summary>
    public Task<bool> ReportExistsAsync(string reference, CancellationToken cancellationToken) =>
        db.AccessibilityReports.AnyAsync(r => r.Reference == reference, cancellationToken);

    /// <summary>Reports for administrators, newest first; <paramref name="handled"/> picks the handled or the open ones.</summary>
    public async Task<IReadOnlyList<AccessibilityReport>?> ListReportsAsync(EditorAccess access, bool handled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsAdministrator)
        {
            return null;
        }

        var reports = await db.AccessibilityReports.AsNoTracking()
            .Where(r => (r.HandledAt != null) == handled)
            .ToListAsync(cancellationToken);
        return [.. reports.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id)];
    }

    /// <summary>How many reports wait for an administrator.</summary>
    public Task<int> CountOpenReportsAsync(CancellationToken cancellationToken) =>
        db.AccessibilityReports.CountAsync(r => r.HandledAt == null, cancellationToken);

    /// <summary>Marks a report handled (once; again is a no-op that still answers done).</summary>
    public async Task<EditResult> MarkHandledAsync(EditorAccess access, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsAdministrator)
        {
            return EditResult.Forbidden;
        }

        var report = await db.AccessibilityReports.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return EditResult.NotFound;
        }

        if (report.HandledAt is null)
        {
            var now = time.GetUtcNow().UtcDateTime;
            report.HandledAt = now;
            report.HandledBy = access.DisplayName;
            db.AuditEntries.Add(AuditEntry.Create(now, access.UserId, access.DisplayName, "accessibility.report.handled", "accessibility-report", report.Reference));
            await db.SaveChangesAsync(cancellationToken);
        }

        return new EditResult(EditStatus.Done, report.Id);
    }

    /// <summary>The problems with a gap, each naming its field.</summary>
    public static IReadOnlyList<FieldError> Validate(GapInput input, out DateOnly? plannedFix, out DateOnly? fixedOn)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors.Add(new FieldError("Title", "Skriv vad som inte fungerar."));
        }
        else if (input.Title.Trim().Length > MaxTitleLength)
        {
            errors.Add(new FieldError("Title", $"Rubriken får vara högst {MaxTitleLength} tecken."));
        }

        if (string.IsNullOrWhiteSpace(input.Description))
        {
            errors.Add(new FieldError("Description", "Beskriv bristen och varför den finns."));
        }
        else if (input.Description.Trim().Length > MaxDescriptionLength)
        {
            errors.Add(new FieldError("Description", $"Beskrivningen får vara högst {MaxDescriptionLength} tecken."));
        }

        if (!string.IsNullOrWhiteSpace(input.WcagCriterion) && WcagCriteria.Find(input.WcagCriterion) is null)
        {
            errors.Add(new FieldError("WcagCriterion", "Välj ett framgångskriterium i WCAG 2.2 på nivå A eller AA, eller inget."));
        }

        plannedFix = ParseDate(input.PlannedFix, "PlannedFix", "Planerat åtgärdsdatum", errors);
        fixedOn = ParseDate(input.FixedOn, "FixedOn", "Datum då bristen åtgärdades", errors);
        return errors;
    }

    /// <summary>The problems with a report, each naming its field.</summary>
    public static IReadOnlyList<FieldError> Validate(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (input.Where?.Trim().Length > MaxWhereLength)
        {
            errors.Add(new FieldError("Where", $"Var på webbplatsen får vara högst {MaxWhereLength} tecken."));
        }

        if (string.IsNullOrWhiteSpace(input.Description))
        {
            errors.Add(new FieldError("Description", "Beskriv vad som inte fungerade."));
        }
        else if (input.Description.Trim().Length > MaxReportLength)
        {
            errors.Add(new FieldError("Description", $"Beskrivningen får vara högst {MaxReportLength} tecken. Du har skrivit {input.Description.Trim().Length}."));
        }

        if (input.Name?.Trim().Length > MaxNameLength)
        {
            errors.Add(new FieldError("Name", $"Namnet får vara högst {MaxNameLength} tecken."));
        }

        if (!string.IsNullOrWhiteSpace(input.Email) && !IsEmail(input.Email.Trim()))
        {
            errors.Add(new FieldError("Email", "Skriv e-postadressen som namn@exempel.se, eller lämna fältet tomt."));
        }

        return errors;
    }

    private async Task<AccessibilityAssessment> GetOrCreateAssessmentAsync(CancellationToken cancellationToken, bool track = false)
    {
        var query = track ? db.AccessibilityAssessments : db.AccessibilityAssessments.AsNoTracking();
        var row = await query.FirstOrDefaultAsync(a => a.Id == AccessibilityAssessment.SingleId, cancellationToken);
        if (row is not null)
        {
            return row;
        }

        // The start-up initializer makes the row; a store without it (a test's) gets one dated today.
        var today = SwedishText.DateOf(time.GetUtcNow());
        row = new AccessibilityAssessment { FirstPublished = today, Updated = today };
        if (track)
        {
            db.AccessibilityAssessments.Add(row);
        }

        return row;
    }

    private static DateOnly? ParseDate(string? text, string field, string label, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new FieldError(field, $"{label} måste vara ett datum som 2027-05-31."));
        return null;
    }

    private static bool IsEmail(string text) =>
        text.Length <= MaxEmailLength && text.Contains('@', StringComparison.Ordinal) && !text.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string NewReference()
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = ReferenceAlphabet[RandomNumberGenerator.GetInt32(ReferenceAlphabet.Length)];
        }

        return new string(chars);
    }
}
