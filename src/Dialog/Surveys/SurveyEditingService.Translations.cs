using System.Text.RegularExpressions;
using Halsoportal.Dialog.Answering;
using Microsoft.EntityFrameworkCore;

namespace Halsoportal.Dialog.Surveys;

/// <summary>Translations of a survey: saved per language, complete or not; only complete ones reach residents.</summary>
public sealed partial class SurveyEditingService
{
    /// <summary>
    /// Saves the survey's texts in <paramref name="language"/> (keys from <see cref="SurveyTranslations.Texts"/>; blank
    /// texts are left out, unknown keys ignored). An incomplete translation is saved too, so a translator can work in
    /// rounds, but it is not shown to residents until every text is there. Allowed with answers: wording only.
    /// </summary>
    public async Task<SurveyEditResult> SaveTranslationAsync(int surveyId, int baseVersion, string language, IReadOnlyDictionary<string, string?> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var (survey, failure) = await LoadForChangeAsync(surveyId, baseVersion, cancellationToken);
        if (survey is null)
        {
            return failure!;
        }

        var errors = new List<FieldError>();
        if (!LanguagePattern().IsMatch(language ?? "") || language == "sv")
        {
            errors.Add(new FieldError("language", "Välj ett språk att översätta till."));
        }

        var wanted = new List<SurveyTranslationText>();
        foreach (var text in SurveyTranslations.Texts(survey))
        {
            var value = texts.GetValueOrDefault(text.Key)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (value.Length > text.MaxLength)
            {
                errors.Add(new FieldError(text.Key, $"Översättningen får vara högst {text.MaxLength} tecken. Nu är den {value.Length} tecken."));
            }

            wanted.Add(new SurveyTranslationText { SurveyId = surveyId, Language = language!, Key = text.Key, Text = value });
        }

        if (errors.Count == 0 && wanted.Count == 0)
        {
            errors.Add(new FieldError(SurveyTranslations.TitleKey, "Skriv minst en översatt text, till exempel rubriken. Vill du ta bort översättningen använder du knappen Ta bort översättningen."));
        }

        if (errors.Count > 0)
        {
            return SurveyEditResult.Invalid(surveyId, survey.Version, errors);
        }

        var stored = await db.TranslationTexts.Where(t => t.SurveyId == surveyId && t.Language == language).ToListAsync(cancellationToken);
        foreach (var old in stored)
        {
            if (wanted.FirstOrDefault(w => w.Key == old.Key) is { } replacement)
            {
                old.Text = replacement.Text;
                wanted.Remove(replacement);
            }
            else
            {
                db.TranslationTexts.Remove(old);
            }
        }

        db.TranslationTexts.AddRange(wanted);
        return await SaveAsync(survey, null, cancellationToken);
    }

    /// <summary>Removes every text of the survey in <paramref name="language"/>; residents can no longer choose it.</summary>
    public async Task<SurveyEditResult> DeleteTranslationAsync(int surveyId, int baseVersion, string language, CancellationToken cancellationToken)
    {
        var (survey, failure) = await LoadForChangeAsync(surveyId, baseVersion, cancellationToken);
        if (survey is null)
        {
            return failure!;
        }

        var stored = await db.TranslationTexts.Where(t => t.SurveyId == surveyId && t.Language == language).ToListAsync(cancellationToken);
        if (stored.Count == 0)
        {
            return SurveyEditResult.NotFound(surveyId);
        }

        db.TranslationTexts.RemoveRange(stored);
        return await SaveAsync(survey, null, cancellationToken);
    }

    [GeneratedRegex("^[a-z]{2,8}$")]
    private static partial Regex LanguagePattern();
}
