using System.Text.RegularExpressions;
using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Storage;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Dialog.Surveys;

/// <summary>A survey's settings as an editor enters them (times in UTC; the web layer converts from Swedish time).</summary>
public sealed record SurveySettings(
    string Title,
    string Slug,
    string Purpose,
    string PrivacyNotice,
    DateTime OpensAt,
    DateTime ClosesAt,
    ParticipationMode Mode,
    int RetentionDays,
    bool LiveResults,
    int SuppressionThreshold,
    DateTime? ResultsPublishedFrom,
    IReadOnlyList<string> KommunCodes)
{
    /// <summary>The settings of a stored survey, for filling the form.</summary>
    public static SurveySettings From(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return new(survey.Title, survey.Slug, survey.Purpose, survey.PrivacyNotice, survey.OpensAt, survey.ClosesAt, survey.Mode,
            survey.RetentionDays, survey.LiveResults, survey.SuppressionThreshold, survey.ResultsPublishedFrom,
            [.. survey.Kommuner.Select(k => k.KommunCode).Order(StringComparer.Ordinal)]);
    }
}

/// <summary>
/// One question as an editor enters it. <see cref="Options"/> are the choices, matrix rows or items to rank, in order;
/// an existing question's options are matched by position, so their ids (and conditions pointing to them) survive
/// rewording. <see cref="ShowWhenOptionId"/> is the condition: show the question only when that option of an earlier
/// single or multiple choice question was chosen.
/// </summary>
public sealed record QuestionDraft(
    QuestionType Type,
    string Text,
    string? Hint,
    bool Required,
    bool IsBackground,
    bool PublishedInResults,
    IReadOnlyList<string> Options,
    int? MaxChoices,
    int? ScaleMin,
    int? ScaleMax,
    string? ScaleMinLabel,
    string? ScaleMaxLabel,
    int? MaxLength,
    int? ShowWhenOptionId);

/// <summary>The outcome of an editor's change: the survey's new version (and the question's id), or why nothing was saved.</summary>
public sealed record SurveyEditResult(SurveyCommandStatus Status, int SurveyId, int? QuestionId, int Version, IReadOnlyList<FieldError> Errors)
{
    public static SurveyEditResult NotFound(int surveyId) => new(SurveyCommandStatus.NotFound, surveyId, null, 0, []);

    public static SurveyEditResult Conflict(int surveyId, int version) => new(SurveyCommandStatus.Conflict, surveyId, null, version, []);

    public static SurveyEditResult Invalid(int surveyId, int version, IReadOnlyList<FieldError> errors) => new(SurveyCommandStatus.Invalid, surveyId, null, version, errors);
}

/// <summary>A row of the editor's survey list.</summary>
public sealed record SurveyListRow(int Id, string Title, string Slug, DateTime OpensAt, DateTime ClosesAt, ParticipationMode Mode, IReadOnlyList<string> KommunCodes, int ResponseCount);

/// <summary>
/// The survey builder: settings and questions, with the rules that keep stored answers meaningful. Once a survey has
/// answers its questions may be reworded but not restructured (no added, removed or reordered questions or options, no
/// new type, condition or scale, no optional→required, no lower limits), and its mode, opening time, address and
/// kommuner stay. Every save names the <see cref="Survey.Version"/> it was built on; an older one is a conflict and
/// saves nothing. Scoping to an editor's kommuner is the caller's job.
/// </summary>
public sealed partial class SurveyEditingService(DialogDbContext db, SurveyCatalog catalog, TimeProvider time)
{
    /// <summary>The lowest small-group threshold an editor may choose (security.md item 15).</summary>
    public const int MinSuppressionThreshold = 5;

    private const string LockedByAnswers = "Enkäten har redan svar";

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Surveys of any of <paramref name="kommunCodes"/>, newest opening first, with their answer counts.</summary>
    public async Task<IReadOnlyList<SurveyListRow>> ListAsync(IReadOnlyCollection<string> kommunCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kommunCodes);
        var codes = kommunCodes.ToList();
        var surveys = await db.Surveys.AsNoTracking().Include(s => s.Kommuner)
            .Where(s => s.Kommuner.Any(k => codes.Contains(k.KommunCode)))
            .OrderByDescending(s => s.OpensAt).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var ids = surveys.Select(s => s.Id).ToList();
        var counts = await db.Responses.Where(r => ids.Contains(r.SurveyId)).GroupBy(r => r.SurveyId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. surveys.Select(s => new SurveyListRow(s.Id, s.Title, s.Slug, s.OpensAt, s.ClosesAt, s.Mode,
            [.. s.Kommuner.Select(k => k.KommunCode).Order(StringComparer.Ordinal)], counts.GetValueOrDefault(s.Id)))];
    }

    /// <summary>How many answers a survey has.</summary>
    public Task<int> CountResponsesAsync(int surveyId, CancellationToken cancellationToken) =>
        db.Responses.CountAsync(r => r.SurveyId == surveyId, cancellationToken);

    /// <summary>A new survey without questions yet (they are added one by one).</summary>
    public async Task<SurveyEditResult> CreateAsync(SurveySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var survey = new Survey();
        var errors = ValidateSettings(settings).ToList();
        if (errors.All(e => e.Field != "slug") && await db.Surveys.AnyAsync(s => s.Slug == settings.Slug, cancellationToken))
        {
            errors.Add(SlugTaken(settings.Slug));
        }

        if (errors.Count > 0)
        {
            return SurveyEditResult.Invalid(0, 0, errors);
        }

        Apply(survey, settings);
        survey.Version = 1;
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        return new SurveyEditResult(SurveyCommandStatus.Done, survey.Id, null, survey.Version, []);
    }

    /// <summary>Saves the settings when the survey is still at <paramref name="baseVersion"/>.</summary>
    public async Task<SurveyEditResult> UpdateSettingsAsync(int surveyId, int baseVersion, SurveySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var survey = await db.Surveys.Include(s => s.Kommuner).FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is null)
        {
            return SurveyEditResult.NotFound(surveyId);
        }

        if (survey.Version != baseVersion)
        {
            return SurveyEditResult.Conflict(surveyId, survey.Version);
        }

        var errors = ValidateSettings(settings).ToList();
        if (settings.Slug != survey.Slug && errors.All(e => e.Field != "slug")
            && await db.Surveys.AnyAsync(s => s.Slug == settings.Slug && s.Id != surveyId, cancellationToken))
        {
            errors.Add(SlugTaken(settings.Slug));
        }

        if (await HasResponsesAsync(surveyId, cancellationToken))
        {
            errors.AddRange(AnsweredSettingsErrors(survey, settings));
        }

        // Answers due for deletion stay due: a shorter retention may not end before today (the retention job would have run).
        var retentionEnds = settings.ClosesAt.AddDays(settings.RetentionDays);
        if (settings.RetentionDays != survey.RetentionDays && retentionEnds < Now && retentionEnds < survey.RetentionEndsAt && errors.All(e => e.Field != "retentionDays"))
        {
            var passed = (int)Math.Ceiling((Now - settings.ClosesAt).TotalDays);
            errors.Add(new FieldError("retentionDays", $"Enkäten stängde för {passed} dagar sedan, så lagringstiden kan inte vara kortare än {passed} dagar."));
        }

        if (errors.Count > 0)
        {
            return SurveyEditResult.Invalid(surveyId, survey.Version, errors);
        }

        Apply(survey, settings);
        return await SaveAsync(survey, null, cancellationToken);
    }

    /// <summary>Adds a question at the end (refused once the survey has answers).</summary>
    public async Task<SurveyEditResult> AddQuestionAsync(int surveyId, int baseVersion, QuestionDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (survey, failure) = await LoadForChangeAsync(surveyId, baseVersion, cancellationToken);
        if (survey is null)
        {
            return failure!;
        }

        var earlier = survey.Questions.OrderBy(q => q.Order).ToList();
        var errors = ValidateQuestion(draft, earlier).ToList();
        if (await HasResponsesAsync(surveyId, cancellationToken))
        {
            errors.Insert(0, new FieldError("", $"{LockedByAnswers}, så det går inte att lägga till frågor. Skapa en ny enkät om du behöver fråga mer."));
        }

        if (errors.Count > 0)
        {
            return SurveyEditResult.Invalid(surveyId, survey.Version, errors);
        }

        var question = new Question { Order = earlier.Count + 1 };
        ApplyQuestion(question, draft, earlier);
        survey.Questions.Add(question);
        return await SaveAsync(survey, question, cancellationToken);
    }

    /// <summary>Changes a question; once the survey has answers only its wording and publication may change.</summary>
    public async Task<SurveyEditResult> UpdateQuestionAsync(int surveyId, int questionId, int baseVersion, QuestionDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (survey, question, failure) = await LoadQuestionForChangeAsync(surveyId, questionId, baseVersion, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var ordered = survey.Questions.OrderBy(q => q.Order).ToList();
        var earlier = ordered.Where(q => q.Order < question.Order).ToList();
        var errors = ValidateQuestion(draft, earlier).ToList();
        if (await HasResponsesAsync(surveyId, cancellationToken))
        {
            errors.AddRange(AnsweredQuestionErrors(question, draft));
        }

        // Options beyond the new count go away; no later question may depend on them, nor on a question that stops being a choice.
        var kept = question.Options.OrderBy(o => o.Order).Take(draft.Options.Count).Select(o => o.Id).ToHashSet();
        var stillChoice = draft.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice;
        foreach (var dependent in ordered.Where(q => q.ShowWhenQuestionId == question.Id))
        {
            if (!stillChoice || dependent.ShowWhenOptionId is not { } optionId || !kept.Contains(optionId))
            {
                errors.Add(new FieldError("options", $"Fråga {dependent.Order} visas bara vid ett svar på den här frågan som då skulle försvinna. Ändra villkoret i fråga {dependent.Order} först."));
            }
        }

        if (errors.Count > 0)
        {
            return SurveyEditResult.Invalid(surveyId, survey.Version, errors);
        }

        ApplyQuestion(question, draft, earlier);
        return await SaveAsync(survey, question, cancellationToken);
    }

    /// <summary>Deletes a question (refused once the survey has answers, or while a later question's condition points to it).</summary>
    public async Task<SurveyEditResult> DeleteQuestionAsync(int surveyId, int questionId, int baseVersion, CancellationToken cancellationToken)
    {
        var (survey, question, failure) = await LoadQuestionForChangeAsync(surveyId, questionId, baseVersion, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var errors = new List<FieldError>();
        if (await HasResponsesAsync(surveyId, cancellationToken))
        {
            errors.Add(new FieldError("", $"{LockedByAnswers}, så frågor kan inte tas bort. Du kan i stället låta bli att publicera frågans resultat."));
        }

        errors.AddRange(survey.Questions.Where(q => q.ShowWhenQuestionId == questionId).OrderBy(q => q.Order)
            .Select(q => new FieldError("", $"Fråga {q.Order} visas bara vid ett visst svar på fråga {question.Order}. Ta bort eller ändra det villkoret först.")));
        if (errors.Count > 0)
        {
            return SurveyEditResult.Invalid(surveyId, survey.Version, errors);
        }

        survey.Questions.Remove(question);
        db.Questions.Remove(question);
        var order = 1;
        foreach (var rest in survey.Questions.OrderBy(q => q.Order))
        {
            rest.Order = order++;
        }

        return await SaveAsync(survey, null, cancellationToken);
    }

    /// <summary>Moves a question one place up (<paramref name="down"/> false) or down; conditions must still point backwards.</summary>
    public async Task<SurveyEditResult> MoveQuestionAsync(int surveyId, int questionId, bool down, int baseVersion, CancellationToken cancellationToken)
    {
        var (survey, question, failure) = await LoadQuestionForChangeAsync(surveyId, questionId, baseVersion, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var other = survey.Questions.FirstOrDefault(q => q.Order == question.Order + (down ? 1 : -1));
        var errors = new List<FieldError>();
        if (await HasResponsesAsync(surveyId, cancellationToken))
        {
            errors.Add(new FieldError("", $"{LockedByAnswers}, så frågornas ordning kan inte ändras."));
        }
        else if (other is null)
        {
            errors.Add(new FieldError("", down ? $"Fråga {question.Order} är redan sist." : "Frågan är redan först."));
        }
        else
        {
            var (first, second) = down ? (question, other) : (other, question);
            if (second.ShowWhenQuestionId == first.Id)
            {
                errors.Add(new FieldError("", $"Fråga {second.Order} visas bara vid ett visst svar på fråga {first.Order} och måste komma efter den."));
            }
        }

        if (errors.Count > 0)
        {
            return SurveyEditResult.Invalid(surveyId, survey.Version, errors);
        }

        (question.Order, other!.Order) = (other.Order, question.Order);
        return await SaveAsync(survey, question, cancellationToken);
    }

    /// <summary>The settings rules that need no store; Swedish messages per field.</summary>
    public static IReadOnlyList<FieldError> ValidateSettings(SurveySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<FieldError>();
        void Add(string field, string message) => errors.Add(new FieldError(field, message));

        if (string.IsNullOrWhiteSpace(settings.Title) || settings.Title.Length > 200)
        {
            Add("title", "Skriv en rubrik för enkäten, högst 200 tecken.");
        }

        if (!SlugPattern().IsMatch(settings.Slug ?? "") || settings.Slug!.Length > 200)
        {
            Add("slug", "Adressen får bara innehålla a–z, siffror och bindestreck, till exempel ”trygghet-i-centrum”.");
        }

        if (string.IsNullOrWhiteSpace(settings.Purpose) || settings.Purpose.Length > 4000)
        {
            Add("purpose", "Beskriv syftet med enkäten, högst 4 000 tecken.");
        }

        if (string.IsNullOrWhiteSpace(settings.PrivacyNotice) || settings.PrivacyNotice.Length > 8000)
        {
            Add("privacyNotice", "Skriv en integritetstext: vad som sparas, hur länge och varför (högst 8 000 tecken).");
        }

        if (settings.ClosesAt <= settings.OpensAt)
        {
            Add("closesAt", "Enkäten måste stänga efter att den öppnar.");
        }

        if (settings.RetentionDays is < 1 or > 3650)
        {
            Add("retentionDays", "Lagringstiden ska vara 1–3 650 dagar efter att enkäten stängt.");
        }

        if (settings.SuppressionThreshold is < MinSuppressionThreshold or > 100)
        {
            Add("suppressionThreshold", $"Gränsen för små grupper ska vara {MinSuppressionThreshold}–100 svarande, så att ingen kan pekas ut.");
        }

        if (settings.ResultsPublishedFrom is { } from && from < settings.OpensAt)
        {
            Add("resultsPublishedFrom", "Resultaten kan inte publiceras innan enkäten öppnar.");
        }

        if (settings.KommunCodes.Count == 0 || settings.KommunCodes.Any(k => !KommunCodePattern().IsMatch(k)))
        {
            Add("kommuner", "Välj minst en kommun.");
        }

        return errors;
    }

    /// <summary>The question rules that need no store: a condition must point to an option of an <paramref name="earlier"/> choice question.</summary>
    public static IReadOnlyList<FieldError> ValidateQuestion(QuestionDraft draft, IReadOnlyList<Question> earlier)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(earlier);
        var errors = new List<FieldError>();
        void Add(string field, string message) => errors.Add(new FieldError(field, message));
        var options = draft.Options;

        if (!Enum.IsDefined(draft.Type))
        {
            Add("type", "Välj en frågetyp.");
            return errors;
        }

        if (string.IsNullOrWhiteSpace(draft.Text) || draft.Text.Length > 1000)
        {
            Add("text", "Skriv frågan, högst 1 000 tecken.");
        }

        if (draft.Hint is { Length: > 1000 })
        {
            Add("hint", "Hjälptexten får vara högst 1 000 tecken.");
        }

        var usesOptions = draft.Type is not (QuestionType.Scale or QuestionType.FreeText);
        if (usesOptions)
        {
            var least = draft.Type == QuestionType.Matrix ? 1 : 2;
            if (options.Count < least || options.Count > 50)
            {
                Add("options", draft.Type switch
                {
                    QuestionType.Matrix => "Ge matrisen minst en rad (högst 50), en per rad.",
                    QuestionType.Ranking => "Ge minst två alternativ att rangordna (högst 50), ett per rad.",
                    _ => "Ge minst två svarsalternativ (högst 50), ett per rad.",
                });
            }
            else if (options.Any(o => string.IsNullOrWhiteSpace(o) || o.Length > 500))
            {
                Add("options", "Varje alternativ behöver en text på högst 500 tecken.");
            }
            else if (options.Select(o => o.Trim()).Distinct(StringComparer.CurrentCultureIgnoreCase).Count() != options.Count)
            {
                Add("options", "Två alternativ har samma text. Ge varje alternativ en egen text.");
            }
        }

        if (draft.Type == QuestionType.MultipleChoice && draft.MaxChoices is { } max && (max < 1 || max > Math.Max(1, options.Count)))
        {
            Add("maxChoices", $"Högsta antal val ska vara 1–{Math.Max(1, options.Count)}, eller tomt för alla.");
        }

        if (draft.Type is QuestionType.Scale or QuestionType.Matrix)
        {
            if (draft.ScaleMin is not { } min || draft.ScaleMax is not { } top || min >= top || top - min > 10 || min < -10 || top > 100)
            {
                Add("scaleMin", "Skalan behöver ett lägsta och ett högre högsta värde, högst 11 steg (till exempel 1–5).");
            }

            if (string.IsNullOrWhiteSpace(draft.ScaleMinLabel) || draft.ScaleMinLabel.Length > 100)
            {
                Add("scaleMinLabel", "Skriv vad skalans lägsta värde betyder, till exempel ”Inte alls viktigt”.");
            }

            if (string.IsNullOrWhiteSpace(draft.ScaleMaxLabel) || draft.ScaleMaxLabel.Length > 100)
            {
                Add("scaleMaxLabel", "Skriv vad skalans högsta värde betyder, till exempel ”Mycket viktigt”.");
            }
        }

        if (draft.Type == QuestionType.FreeText && draft.MaxLength is not (>= 1 and <= 10_000))
        {
            Add("maxLength", "Ange en längsta svarslängd, 1–10 000 tecken.");
        }

        if (draft.IsBackground && draft.Type != QuestionType.SingleChoice)
        {
            Add("isBackground", "Bara en fråga med ett svarsalternativ kan vara bakgrundsfråga (till exempel åldersgrupp eller område).");
        }

        if (draft.ShowWhenOptionId is { } optionId
            && !earlier.Any(q => q.IsChoice && q.Options.Any(o => o.Id == optionId)))
        {
            Add("showWhenOptionId", "Villkoret måste peka på ett svarsalternativ i en tidigare fråga med ett eller flera svarsalternativ.");
        }

        return errors;
    }

    private static IEnumerable<FieldError> AnsweredSettingsErrors(Survey survey, SurveySettings settings)
    {
        if (settings.Mode != survey.Mode)
        {
            yield return new("mode", $"{LockedByAnswers}, så sättet att delta kan inte ändras.");
        }

        if (settings.OpensAt != survey.OpensAt)
        {
            yield return new("opensAt", $"{LockedByAnswers}, så tiden när den öppnar kan inte ändras.");
        }

        if (settings.Slug != survey.Slug)
        {
            yield return new("slug", $"{LockedByAnswers}, så adressen kan inte ändras: länkar och inbjudningskoder pekar på den.");
        }

        var before = survey.Kommuner.Select(k => k.KommunCode).Order(StringComparer.Ordinal);
        if (!before.SequenceEqual(settings.KommunCodes.Distinct().Order(StringComparer.Ordinal)))
        {
            yield return new("kommuner", $"{LockedByAnswers}, så kommunerna kan inte ändras.");
        }

        if (settings.SuppressionThreshold < survey.SuppressionThreshold)
        {
            yield return new("suppressionThreshold", $"{LockedByAnswers}, så gränsen för små grupper kan inte sänkas (den är {survey.SuppressionThreshold}).");
        }
    }

    private static List<FieldError> AnsweredQuestionErrors(Question question, QuestionDraft draft)
    {
        if (draft.Type != question.Type)
        {
            return [new("type", $"{LockedByAnswers}, så frågetypen kan inte ändras.")];
        }

        var errors = new List<FieldError>();
        if (draft.Options.Count != question.Options.Count)
        {
            errors.Add(new("options", $"{LockedByAnswers}: behåll {question.Options.Count} alternativ, ett per rad i samma ordning. Du kan ändra formuleringen men inte lägga till, ta bort eller flytta alternativ."));
        }

        if (draft.Required && !question.Required)
        {
            errors.Add(new("required", $"{LockedByAnswers}, så en frivillig fråga kan inte bli obligatorisk."));
        }

        if (draft.IsBackground != question.IsBackground)
        {
            errors.Add(new("isBackground", $"{LockedByAnswers}, så frågan kan inte bli eller sluta vara bakgrundsfråga."));
        }

        if (question.UsesScale && (draft.ScaleMin != question.ScaleMin || draft.ScaleMax != question.ScaleMax))
        {
            errors.Add(new("scaleMin", $"{LockedByAnswers}, så skalans värden kan inte ändras (bara texterna vid ändarna)."));
        }

        if (draft.ShowWhenOptionId != question.ShowWhenOptionId)
        {
            errors.Add(new("showWhenOptionId", $"{LockedByAnswers}, så villkoret kan inte ändras."));
        }

        if (question.Type == QuestionType.MultipleChoice
            && (draft.MaxChoices ?? draft.Options.Count) < (question.MaxChoices ?? question.Options.Count))
        {
            errors.Add(new("maxChoices", $"{LockedByAnswers}, så högsta antal val kan inte sänkas (det är {question.MaxChoices ?? question.Options.Count})."));
        }

        if (question.Type == QuestionType.FreeText && question.MaxLength is { } oldLength && draft.MaxLength < oldLength)
        {
            errors.Add(new("maxLength", $"{LockedByAnswers}, så den längsta svarslängden kan inte sänkas (den är {oldLength} tecken)."));
        }

        return errors;
    }

    private static void Apply(Survey survey, SurveySettings settings)
    {
        survey.Title = settings.Title.Trim();
        survey.Slug = settings.Slug;
        survey.Purpose = settings.Purpose.Trim();
        survey.PrivacyNotice = settings.PrivacyNotice.Trim();
        survey.OpensAt = DateTime.SpecifyKind(settings.OpensAt, DateTimeKind.Utc);
        survey.ClosesAt = DateTime.SpecifyKind(settings.ClosesAt, DateTimeKind.Utc);
        survey.Mode = settings.Mode;
        survey.RetentionDays = settings.RetentionDays;
        survey.LiveResults = settings.LiveResults;
        survey.SuppressionThreshold = settings.SuppressionThreshold;
        survey.ResultsPublishedFrom = settings.ResultsPublishedFrom is { } from ? DateTime.SpecifyKind(from, DateTimeKind.Utc) : null;
        var wanted = settings.KommunCodes.Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        survey.Kommuner.RemoveAll(k => !wanted.Contains(k.KommunCode));
        foreach (var code in wanted.Where(c => survey.Kommuner.All(k => k.KommunCode != c)).Order(StringComparer.Ordinal))
        {
            survey.Kommuner.Add(new SurveyKommun { SurveyId = survey.Id, KommunCode = code });
        }
    }

    private void ApplyQuestion(Question question, QuestionDraft draft, IReadOnlyList<Question> earlier)
    {
        question.Type = draft.Type;
        question.Text = draft.Text.Trim();
        question.Hint = string.IsNullOrWhiteSpace(draft.Hint) ? null : draft.Hint.Trim();
        question.Required = draft.Required;
        question.IsBackground = draft.IsBackground;
        question.PublishedInResults = draft.PublishedInResults;
        question.MaxChoices = draft.Type == QuestionType.MultipleChoice ? draft.MaxChoices : null;
        var scale = draft.Type is QuestionType.Scale or QuestionType.Matrix;
        question.ScaleMin = scale ? draft.ScaleMin : null;
        question.ScaleMax = scale ? draft.ScaleMax : null;
        question.ScaleMinLabel = scale ? draft.ScaleMinLabel?.Trim() : null;
        question.ScaleMaxLabel = scale ? draft.ScaleMaxLabel?.Trim() : null;
        question.MaxLength = draft.Type == QuestionType.FreeText ? draft.MaxLength : null;
        question.ShowWhenOptionId = draft.ShowWhenOptionId;
        question.ShowWhenQuestionId = draft.ShowWhenOptionId is { } optionId
            ? earlier.First(q => q.Options.Any(o => o.Id == optionId)).Id
            : null;

        // Options keep their ids by position: rewording keeps answers and conditions pointing at the same option.
        var texts = draft.Type is QuestionType.Scale or QuestionType.FreeText ? [] : draft.Options.Select(o => o.Trim()).ToList();
        var existing = question.Options.OrderBy(o => o.Order).ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            if (i < existing.Count)
            {
                existing[i].Text = texts[i];
                existing[i].Order = i + 1;
            }
            else
            {
                question.Options.Add(new QuestionOption { Order = i + 1, Text = texts[i] });
            }
        }

        foreach (var gone in existing.Skip(texts.Count))
        {
            question.Options.Remove(gone);
            db.QuestionOptions.Remove(gone);
        }
    }

    /// <summary>The survey and one of its questions for a change, or why not (missing, or changed by someone else since <paramref name="baseVersion"/>).</summary>
    private async Task<(Survey Survey, Question Question, SurveyEditResult? Failure)> LoadQuestionForChangeAsync(
        int surveyId, int questionId, int baseVersion, CancellationToken cancellationToken)
    {
        var (survey, failure) = await LoadForChangeAsync(surveyId, baseVersion, cancellationToken);
        var question = survey?.Questions.FirstOrDefault(q => q.Id == questionId);
        return question is null ? (null!, null!, failure ?? SurveyEditResult.NotFound(surveyId)) : (survey!, question, null);
    }

    private async Task<(Survey? Survey, SurveyEditResult? Failure)> LoadForChangeAsync(int surveyId, int baseVersion, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys
            .Include(s => s.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is null)
        {
            return (null, SurveyEditResult.NotFound(surveyId));
        }

        return survey.Version != baseVersion ? (null, SurveyEditResult.Conflict(surveyId, survey.Version)) : (survey, null);
    }

    /// <summary>Raises the version and saves; the concurrency token catches an editor who saved between our read and write.</summary>
    private async Task<SurveyEditResult> SaveAsync(Survey survey, Question? question, CancellationToken cancellationToken)
    {
        survey.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Surveys.AsNoTracking().Where(s => s.Id == survey.Id).Select(s => (int?)s.Version).FirstOrDefaultAsync(cancellationToken);
            return current is null ? SurveyEditResult.NotFound(survey.Id) : SurveyEditResult.Conflict(survey.Id, current.Value);
        }
        finally
        {
            catalog.Invalidate(survey.Id);
        }

        return new SurveyEditResult(SurveyCommandStatus.Done, survey.Id, question?.Id, survey.Version, []);
    }

    private Task<bool> HasResponsesAsync(int surveyId, CancellationToken cancellationToken) =>
        db.Responses.AnyAsync(r => r.SurveyId == surveyId, cancellationToken);

    private static FieldError SlugTaken(string slug) => new("slug", $"Adressen ”{slug}” används redan av en annan enkät. Välj en annan.");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex KommunCodePattern();
}
