using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Dialog.Surveys;

/// <summary>What a survey command did.</summary>
public enum SurveyCommandStatus
{
    Done = 0,
    Invalid = 1,
    NotFound = 2,

    /// <summary>Someone else changed the survey since the editor read it; nothing was saved.</summary>
    Conflict = 3,
}

/// <summary>The outcome of a survey command: the survey's id, or Swedish errors per field.</summary>
public sealed record SurveyCommandResult(SurveyCommandStatus Status, int? SurveyId, IReadOnlyList<FieldError> Errors)
{
    public static SurveyCommandResult Done(int surveyId) => new(SurveyCommandStatus.Done, surveyId, []);

    public static SurveyCommandResult Invalid(IReadOnlyList<FieldError> errors) => new(SurveyCommandStatus.Invalid, null, errors);

    public static SurveyCommandResult NotFound { get; } = new(SurveyCommandStatus.NotFound, null, []);
}

/// <summary>Creates and reads surveys and their återkoppling timeline. Scoping to an editor's kommuner is the caller's job.</summary>
public sealed class SurveyService(DialogDbContext db, SurveyCatalog catalog)
{
    /// <summary>Saves a new survey with its questions, options and conditions (set through the navigations).</summary>
    public async Task<SurveyCommandResult> CreateAsync(Survey survey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var errors = SurveyDefinitionValidator.Validate(survey).ToList();
        if (await db.Surveys.AnyAsync(s => s.Slug == survey.Slug, cancellationToken))
        {
            errors.Add(new FieldError("slug", $"Adressen ”{survey.Slug}” används redan av en annan enkät."));
        }

        if (errors.Count > 0)
        {
            return SurveyCommandResult.Invalid(errors);
        }

        db.Surveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        return SurveyCommandResult.Done(survey.Id);
    }

    /// <summary>The survey with kommuner, questions (in order, with options) and timeline; null when missing.</summary>
    public Task<Survey?> GetAsync(int surveyId, CancellationToken cancellationToken) =>
        Load().FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken);

    /// <summary>The survey at <c>/{kommun}/dialog/{slug}</c>; null when missing.</summary>
    public Task<Survey?> GetBySlugAsync(string slug, CancellationToken cancellationToken) =>
        Load().FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);

    /// <summary>A kommun's surveys, newest first.</summary>
    public async Task<IReadOnlyList<Survey>> ListForKommunAsync(string kommunCode, CancellationToken cancellationToken) =>
        await db.Surveys.AsNoTracking().Include(s => s.Kommuner).Include(s => s.Timeline)
            .Where(s => s.Kommuner.Any(k => k.KommunCode == kommunCode))
            .OrderByDescending(s => s.OpensAt)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    /// <summary>Every survey, or one kommun's, with kommuner, questions and timeline, newest first. Whether it is public is the caller's call.</summary>
    public async Task<IReadOnlyList<Survey>> ListAsync(string? kommunCode, CancellationToken cancellationToken)
    {
        var query = Load();
        if (kommunCode is not null)
        {
            query = query.Where(s => s.Kommuner.Any(k => k.KommunCode == kommunCode));
        }

        return await query.OrderByDescending(s => s.OpensAt).ThenByDescending(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Adds a dated entry to the public timeline (öppen → analyseras → beslut → genomfört).</summary>
    public async Task<SurveyCommandResult> AddStatusEntryAsync(int surveyId, SurveyStatusEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!await db.Surveys.AnyAsync(s => s.Id == surveyId, cancellationToken))
        {
            return SurveyCommandResult.NotFound;
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(entry.Title))
        {
            errors.Add(new FieldError("title", "Skriv en rubrik för händelsen."));
        }

        if (string.IsNullOrWhiteSpace(entry.Text))
        {
            errors.Add(new FieldError("text", "Skriv en kort sammanfattning på enkel svenska."));
        }

        if (entry.DecisionUrl is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            errors.Add(new FieldError("decisionUrl", "Länken till beslutet ska vara en hel webbadress som börjar med https://."));
        }

        if (errors.Count > 0)
        {
            return SurveyCommandResult.Invalid(errors);
        }

        entry.SurveyId = surveyId;
        db.StatusEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return SurveyCommandResult.Done(surveyId);
    }

    /// <summary>The survey a receipt code belongs to (återkoppling: "follow your dialog"); null when the code is unknown.</summary>
    public async Task<int?> FindSurveyByReceiptAsync(string receiptCode, CancellationToken cancellationToken)
    {
        if (Codes.Normalize(receiptCode) is not { } code)
        {
            return null;
        }

        var hash = Codes.ReceiptHash(code);
        return await db.Receipts.Where(r => r.CodeHash == hash).Select(r => (int?)r.SurveyId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>True once any answer is stored: from then on questions must not change in ways that break answers.</summary>
    public Task<bool> HasResponsesAsync(int surveyId, CancellationToken cancellationToken) =>
        db.Responses.AnyAsync(r => r.SurveyId == surveyId, cancellationToken);

    /// <summary>Forget the engine's cached copy after a change to the survey.</summary>
    public void Changed(int surveyId) => catalog.Invalidate(surveyId);

    private IQueryable<Survey> Load() =>
        db.Surveys.AsNoTracking()
            .Include(s => s.Kommuner)
            .Include(s => s.Questions.OrderBy(q => q.Order)).ThenInclude(q => q.Options.OrderBy(o => o.Order))
            .Include(s => s.Timeline.OrderBy(t => t.Date))
            .Include(s => s.Translations)
            .AsSplitQuery();
}
