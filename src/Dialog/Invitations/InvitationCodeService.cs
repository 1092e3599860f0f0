using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Storage;
using Halsoportal.Dialog.Submissions;
using Halsoportal.Dialog.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Dialog.Invitations;

/// <summary>A new batch: its id and the codes in plain text, shown this once for printing (only hashes are stored).</summary>
public sealed record InvitationBatchResult(SurveyCommandStatus Status, int? BatchId, IReadOnlyList<string> Codes, IReadOnlyList<FieldError> Errors);

/// <summary>How many codes of a survey exist and how many are burned.</summary>
public sealed record InvitationCodeCounts(int Total, int Burned);

/// <summary>Makes printable one-time invitation codes for a survey.</summary>
public sealed class InvitationCodeService(DialogDbContext db, TimeProvider time)
{
    /// <summary>The most codes in one batch.</summary>
    public const int MaxBatch = 5000;

    /// <summary>
    /// Makes <paramref name="count"/> new codes for a survey with invitation codes, stores their
    /// hashes, and returns the codes formatted for print (<c>K7MQ2-XR9TD</c>). They cannot be shown again.
    /// </summary>
    public async Task<InvitationBatchResult> CreateBatchAsync(int surveyId, int count, string label, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is null)
        {
            return new InvitationBatchResult(SurveyCommandStatus.NotFound, null, [], []);
        }

        var errors = new List<FieldError>();
        if (survey.Mode != ParticipationMode.Invitation)
        {
            errors.Add(new FieldError("mode", "Enkäten är öppen för alla och använder inga inbjudningskoder."));
        }

        if (count is < 1 or > MaxBatch)
        {
            errors.Add(new FieldError("count", $"Ange hur många koder du vill skapa, 1–{MaxBatch}."));
        }

        if (string.IsNullOrWhiteSpace(label) || label.Length > 200)
        {
            errors.Add(new FieldError("label", "Ge omgången ett namn på högst 200 tecken, till exempel ”Stormöte 12 mars”."));
        }

        if (errors.Count > 0)
        {
            return new InvitationBatchResult(SurveyCommandStatus.Invalid, null, [], errors);
        }

        var existing = await db.InvitationCodes.Where(c => c.SurveyId == surveyId).Select(c => c.CodeHash).ToListAsync(cancellationToken);
        var taken = existing.Select(Convert.ToHexString).ToHashSet(StringComparer.Ordinal);
        var codes = new List<string>(count);
        var batch = new InvitationBatch { SurveyId = surveyId, Label = label.Trim(), Count = count, CreatedOn = SwedishTime.Today(time) };
        db.InvitationBatches.Add(batch);
        // Inside a caller's transaction (the demo seeder writes a whole store in one) the batch joins it.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        while (codes.Count < count)
        {
            var code = Submissions.Codes.NewCode();
            var hash = Submissions.Codes.InvitationHash(surveyId, code);
            if (taken.Add(Convert.ToHexString(hash)))
            {
                codes.Add(Submissions.Codes.Format(code));
                db.InvitationCodes.Add(new InvitationCode { SurveyId = surveyId, BatchId = batch.Id, CodeHash = hash });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new InvitationBatchResult(SurveyCommandStatus.Done, batch.Id, codes, []);
    }

    /// <summary>Codes made and codes used, for the editor (which code was used is not shown, and who used it is not known).</summary>
    public async Task<InvitationCodeCounts> CountAsync(int surveyId, CancellationToken cancellationToken)
    {
        var total = await db.InvitationCodes.CountAsync(c => c.SurveyId == surveyId, cancellationToken);
        var burned = await db.InvitationCodes.CountAsync(c => c.SurveyId == surveyId && c.Burned, cancellationToken);
        return new InvitationCodeCounts(total, burned);
    }

    /// <summary>
    /// What the store knows about a code a participant typed, so the form can tell them before they
    /// answer. Burning happens only with the answer (<see cref="Submissions.SubmissionService"/>).
    /// </summary>
    public async Task<InvitationCodeState> CheckAsync(int surveyId, string? input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return InvitationCodeState.Missing;
        }

        if (Codes.Normalize(input) is not { } code)
        {
            return InvitationCodeState.Malformed;
        }

        var hash = Codes.InvitationHash(surveyId, code);
        var burned = await db.InvitationCodes.Where(c => c.SurveyId == surveyId && c.CodeHash == hash)
            .Select(c => (bool?)c.Burned).FirstOrDefaultAsync(cancellationToken);
        return burned switch
        {
            null => InvitationCodeState.Unknown,
            true => InvitationCodeState.Used,
            false => InvitationCodeState.Valid,
        };
    }
}
